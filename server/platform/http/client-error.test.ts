// Requests Node's HTTP parser refuses, sent over a raw TCP socket (no HTTP client would send
// them): the answer is a well-formed HTTP response in the one error shape, and the server
// closes the connection.
import { connect, type AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';
import { clientErrorHandler } from './client-error.js';

interface RawAnswer {
  statusLine: string;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent. */
  raw: string;
}

/** Writes `bytes` to the server and reads until the server closes the connection (or fails after 10 s). */
function rawRequest(port: number, bytes: Buffer | string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the server did not close the connection'));
    }, 10_000);
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('end', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ statusLine, headers, body, raw: text });
      socket.destroy();
    });
    socket.write(bytes);
  });
}

function expectErrorAnswer(a: RawAnswer, status: string, code: string): { message: string } {
  expect(a.statusLine).toBe(`HTTP/1.1 ${status}`);
  expect(a.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(a.headers.connection).toBe('close');
  expect(Number(a.headers['content-length'])).toBe(Buffer.byteLength(a.body));
  const body = JSON.parse(a.body) as { error: { code: string; message: string }; requestId: string };
  expect(Object.keys(body).sort()).toEqual(['error', 'requestId']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(a.headers['x-request-id']).toBe(body.requestId);
  return body.error;
}

describe(`requests the HTTP parser refuses (${ENGINE})`, () => {
  let ctx: TestContext;
  let port: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    port = (ctx.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => ctx?.close());

  it('a raw non-ASCII byte in the address: 400 MALFORMED_REQUEST in Chinese by default', async () => {
    const request = Buffer.concat([
      Buffer.from('GET /api/members?name='),
      Buffer.from('张三', 'utf8'),
      Buffer.from(' HTTP/1.1\r\nHost: localhost\r\n\r\n'),
    ]);
    const error = expectErrorAnswer(await rawRequest(port, request), '400 Bad Request', 'MALFORMED_REQUEST');
    expect(error.message).toContain('请求格式不正确');
  });

  it('answers in English when the request asked for it', async () => {
    const request = Buffer.concat([
      Buffer.from('GET /members/'),
      Buffer.from([0xe9]),
      Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en-US,en;q=0.9\r\n\r\n'),
    ]);
    const error = expectErrorAnswer(await rawRequest(port, request), '400 Bad Request', 'MALFORMED_REQUEST');
    expect(error.message).toMatch(/^The request is malformed/);
  });

  it('a malformed request line: 400', async () => {
    expectErrorAnswer(await rawRequest(port, 'HELLO THERE\r\n\r\n'), '400 Bad Request', 'MALFORMED_REQUEST');
    expectErrorAnswer(await rawRequest(port, 'GET / HTTP/9.x\r\n\r\n'), '400 Bad Request', 'MALFORMED_REQUEST');
  });

  it('headers over the size limit: 431 HEADERS_TOO_LARGE', async () => {
    const request = `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(40_000)}\r\n\r\n`;
    const error = expectErrorAnswer(
      await rawRequest(port, request),
      '431 Request Header Fields Too Large',
      'HEADERS_TOO_LARGE',
    );
    expect(error.message).toBe('请求头过大');
  });

  it('after an earlier request on the same connection, answers both, in order', async () => {
    const pipelined = Buffer.concat([
      Buffer.from('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n'),
      Buffer.from('GET /api/orgs/'),
      Buffer.from('东城', 'utf8'),
      Buffer.from(' HTTP/1.1\r\nHost: localhost\r\n\r\n'),
    ]);
    const a = await rawRequest(port, pipelined);
    expect(a.statusLine).toBe('HTTP/1.1 200 OK');
    const second = a.raw.slice(a.raw.indexOf('HTTP/1.1 400'));
    expect(second).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(second).toContain('"code":"MALFORMED_REQUEST"');
    expect(a.raw.indexOf('"status":"ok"')).toBeLessThan(a.raw.indexOf('HTTP/1.1 400'));
  });

  it('a well-formed request on the same server is still answered normally', async () => {
    const a = await rawRequest(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(a.statusLine).toBe('HTTP/1.1 200 OK');
    expect(JSON.parse(a.body)).toEqual({ status: 'ok', database: ENGINE });
  });
});

describe('a request that never finishes arriving', () => {
  it('is answered 408 REQUEST_TIMEOUT once the request timeout passes', async () => {
    // The app keeps Node's timeouts (headers within a minute); a short one here, same handler.
    const app = Fastify({ requestTimeout: 300, http: { connectionsCheckingInterval: 50 }, clientErrorHandler });
    app.get('/', async () => ({ ok: true }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const port = (app.server.address() as AddressInfo).port;
      const a = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      const error = expectErrorAnswer(a, '408 Request Timeout', 'REQUEST_TIMEOUT');
      expect(error.message).toBe('请求发送超时');
    } finally {
      await app.close();
    }
  });
});
