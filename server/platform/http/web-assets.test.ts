// The built web app as the server sends it: the precompressed copy the client accepts, the
// right cache lifetime per file, and the compressed copies never reachable by their own name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';
import { IMMUTABLE, REVALIDATE, webCacheControl } from './web-assets.js';

const SCRIPT = `export const greeting = ${JSON.stringify('您好，'.repeat(400))};\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<!-- padding -->'.repeat(80)}</body></html>`;

describe(`serving the web app (${ENGINE})`, () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    webDir = mkdtempSync(join(tmpdir(), 'lvzhi-web-'));
    mkdirSync(join(webDir, 'assets'));
    const files: Record<string, string> = { 'index.html': INDEX, 'assets/index-Ab12Cd34.js': SCRIPT };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(webDir, name), text);
      writeFileSync(join(webDir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(webDir, `${name}.gz`), gzipSync(text));
    }
    // Small files get no compressed copy (web/vite-precompress.ts): sent as they are.
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webDir, 'sw.js'), "self.addEventListener('fetch', () => undefined);\n");
    writeFileSync(join(webDir, 'manifest.webmanifest'), '{"name":"履职","start_url":"/"}');
    app = (await buildApp(ctx.config, { logger: false, webDir })).app;
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a hashed asset as brotli, else gzip, else as is; cached for a year, varying by encoding', async () => {
    const br = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br, zstd');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5);

    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    for (const res of [br, gz, plain]) {
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
    // Refusing brotli explicitly is honoured.
    expect((await get('/assets/index-Ab12Cd34.js', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('sends the index page compressed and to be revalidated, also for client-side routes', async () => {
    for (const url of ['/', '/index.html', '/proposals/12', '/members/3/edit']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe(REVALIDATE);
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(INDEX);
    }
  });

  it('sends small files as they are, cached for an hour', async () => {
    const res = await get('/favicon.svg', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('sends the service worker and the manifest to be revalidated, under a policy that lets them work', async () => {
    const sw = await get('/sw.js', 'br');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(sw.headers['cache-control']).toBe(REVALIDATE);
    // The worker runs under its own response's policy: it may fetch and cache the app's own files.
    const csp = String(sw.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/worker-src|manifest-src/); // both fall back to 'self'

    const manifest = await get('/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe(REVALIDATE);
    expect(manifest.json()).toMatchObject({ name: '履职' });
  });

  it('does not serve the compressed copies by their own name, nor unknown assets', async () => {
    for (const url of ['/assets/index-Ab12Cd34.js.br', '/assets/index-Ab12Cd34.js.gz', '/assets/index-Gone0000.js']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
    }
  });

  it('leaves API answers uncompressed', async () => {
    const res = await get('/healthz', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ status: 'ok', database: ENGINE });
  });

  it('chooses the cache lifetime by where the file sits in the build', () => {
    expect(webCacheControl('/srv/web', '/srv/web/assets/x-1a2b.css.gz')).toBe(IMMUTABLE);
    expect(webCacheControl('/srv/web', '/srv/web/index.html.br')).toBe(REVALIDATE);
    expect(webCacheControl('/srv/web', '/srv/web/robots.txt')).toBe('public, max-age=3600');
    expect(webCacheControl('/srv/web', '/srv/web/sw.js.br')).toBe(REVALIDATE);
    expect(webCacheControl('/srv/web', '/srv/web/icons/icon-192.png')).toBe('public, max-age=3600');
  });
});
