import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { openApiPath, routeTable } from '../../test/route-table.js';

describe(`HTTP edges (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  /** A JSON write as the signed-in staff member, with whatever raw body and content type. */
  const raw = (payload: string | Buffer, contentType = 'application/json', url = '/api/auth/switch-org') =>
    staff.request({ method: 'POST', url, payload, headers: { 'content-type': contentType } });

  it('answers broken request bodies with a 4xx in the error shape, never a 500', async () => {
    expectError(await raw('{"orgId": '), 400, 'MALFORMED_JSON');
    expectError(await raw('{orgId: 1}'), 400, 'MALFORMED_JSON');
    expectError(await raw(''), 400, 'VALIDATION_FAILED');
    expectError(await raw('   '), 400, 'VALIDATION_FAILED');
    expectError(await raw('null'), 400, 'VALIDATION_FAILED');
    expectError(await raw('[]'), 400, 'VALIDATION_FAILED');
    expectError(await raw(`orgId=${fx.countyA}`, 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await raw(JSON.stringify({ orgId: fx.countyA }), 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await raw(JSON.stringify({ orgId: fx.countyA }), 'application/xml'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    // NUL, escaped and raw: PostgreSQL cannot store it and no user means it.
    expectError(await raw('{"orgId": 1, "note": "a\\u0000b"}'), 400, 'VALIDATION_FAILED');
    expectError(await raw(Buffer.from('{"orgId": 1, "note": "a\u0000b"}')), 400, 'VALIDATION_FAILED');
    // Prototype poisoning is refused, not merged.
    expectError(await raw(`{"orgId": ${fx.countyA}, "__proto__": {"isAdmin": true}}`), 400, 'MALFORMED_JSON');
    expectError(
      await raw(`{"orgId": ${fx.countyA}, "constructor": {"prototype": {"isAdmin": true}}}`),
      400,
      'MALFORMED_JSON',
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // Over the 2 MiB body limit.
    const huge = JSON.stringify({ orgId: fx.countyA, note: 'x'.repeat(2 * 1024 * 1024 + 10) });
    expectError(await raw(huge), 413, 'PAYLOAD_TOO_LARGE');
    // Wrong types and unknown numbers.
    expectError(await raw('{"orgId": "东城县"}'), 400, 'VALIDATION_FAILED');
    expectError(await raw('{"orgId": 1e309}'), 400);
    expectError(await raw('{"orgId": -1}'), 400, 'VALIDATION_FAILED');
    // The session is still good after all that.
    expect((await staff.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('answers broken URLs with a 4xx in the error shape', async () => {
    expectError(await staff.get('/api/notifications?kind=%00'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/files/%00'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/files/abc%00def'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/files/%E0%A4%A'), 400);
    expectError(await staff.get('/api/jobs/not-a-number'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/jobs/99999999999999999999999'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/no-such-endpoint'), 404, 'ROUTE_NOT_FOUND');
    expectError(await staff.request({ method: 'DELETE', url: '/api/notifications' }), 404, 'ROUTE_NOT_FOUND');
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/no-such-endpoint' });
    expect([401, 404]).toContain(anonymous.statusCode);
    expectError(anonymous, anonymous.statusCode);
  });

  it('handles repeated query keys without a 500', async () => {
    for (const url of [
      '/api/notifications?page=1&page=2',
      '/api/notifications?unread=true&unread=false',
      '/api/notifications?pageSize=10&pageSize=abc',
      '/api/audit?action=auth&action=file',
    ]) {
      const res = await staff.get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      if (res.statusCode >= 400) expectError(res, res.statusCode);
    }
  });

  it('publishes OpenAPI 3.1 listing every /api route the server has, and nothing it has not', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toMatch(/^3\.1\./);
    const documented = new Set(
      Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)),
    );
    const served = new Set(
      routeTable(ctx.app)
        .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
        .map((r) => `${r.method} ${openApiPath(r.url)}`),
    );
    expect(served.size).toBeGreaterThan(20);
    expect(
      [...served].filter((r) => !documented.has(r)),
      'served but not documented',
    ).toEqual([]);
    expect(
      [...documented].filter((r) => !served.has(r)),
      'documented but not served',
    ).toEqual([]);
    // Every operation documents the one error shape.
    const errorRef = (spec.paths['/api/files/{id}']!.get as { responses: Record<string, unknown> }).responses['404'];
    expect(JSON.stringify(errorRef)).toMatch(/Error|requestId/);
  });

  it('serves Swagger UI at /docs with its assets', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/swagger-ui/i);
    const bundle = await ctx.app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
  });

  it('answers /healthz with ok and the engine', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: ENGINE });
  });

  it("answers /healthz/ping (the benchmark's ceiling) without a session, with the security headers", async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/healthz/ping' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('lets an in-flight request finish when the server shuts down, and refuses new ones', async () => {
    const { app } = await buildApp(ctx.config, { logger: false, webDir: null });
    let started: () => void = () => undefined;
    const inFlight = new Promise<void>((r) => (started = r));
    app.get('/api/test/slow', { config: { access: 'public' } }, async () => {
      started();
      await new Promise((r) => setTimeout(r, 400));
      return { done: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const slow = fetch(`${base}/api/test/slow`);
    await inFlight;
    const t0 = Date.now();
    const closing = app.close();
    const res = await slow;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closing;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});
