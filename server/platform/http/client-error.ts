// Requests that Node's HTTP parser refuses (a raw non-ASCII byte in the address, a broken
// request line, headers over the size limit, a request that never finished arriving) never
// become Fastify requests, so the error handler does not see them. They are answered here,
// straight on the socket, in the one error shape, and the connection is closed: after a
// parse error nothing more can be read from it reliably.
import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyBaseLogger } from 'fastify';
import type { ErrorBody } from './error-handler.js';
import { localeFrom, messageFor } from '../messages.js';

// Fastify types rawPacket as a JSON-ified Buffer; at run time it is the Buffer itself.
type ParserError = Pick<ConnectionError, 'code'> & { rawPacket?: unknown };

/** Node's error codes and what they mean to a client; anything else is a malformed request. */
const BY_CODE: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'PAYLOAD_TOO_LARGE'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT'],
};

/** The client's language, if the part of the request that did arrive names one. */
function localeOf(err: ParserError) {
  const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString('latin1') : '';
  return localeFrom(/\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(raw)?.[1]);
}

/** The complete HTTP/1.1 answer for a refused request, ready to write to the socket. */
export function clientErrorResponse(
  err: ParserError,
  requestId: string,
): { status: number; code: string; raw: string } {
  const [status, code] = (err.code && BY_CODE[err.code]) || [400, 'MALFORMED_REQUEST'];
  const body: ErrorBody = { error: { code, message: messageFor(code, localeOf(err)) }, requestId };
  const json = JSON.stringify(body);
  const raw =
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(json)}\r\n` +
    'Cache-Control: no-store\r\n' +
    'X-Content-Type-Options: nosniff\r\n' +
    `X-Request-Id: ${requestId}\r\n` +
    'Connection: close\r\n' +
    `\r\n${json}`;
  return { status, code, raw };
}

function answer(log: FastifyBaseLogger, err: ParserError, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const requestId = randomUUID();
  const { status, code, raw } = clientErrorResponse(err, requestId);
  log.info(
    { requestId, status, code, parserError: err.code, remote: socket.remoteAddress },
    'request refused by the parser',
  );
  const send = () => {
    if (!socket.writable) return socket.destroy();
    socket.end(raw);
    // end() sends what is buffered, then closes our side; destroy frees the socket then, or
    // after a few seconds if the client never reads.
    socket.once('finish', () => socket.destroy());
    setTimeout(() => socket.destroy(), 5_000).unref();
  };
  // A pipelining client may have an earlier request on this connection still being answered:
  // let that answer finish first, so each answer arrives in the order of its request.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight && !inFlight.writableFinished) {
    inFlight.once('finish', send);
    inFlight.once('close', () => socket.destroyed || send());
  } else {
    send();
  }
}

/** For Fastify's `clientErrorHandler` option (called with the Fastify instance as `this`). */
export function clientErrorHandler(this: { log: FastifyBaseLogger }, err: ConnectionError, socket: Socket): void {
  answer(this.log, err, socket);
}
