// GET /metrics: off unless configured, guarded by token and address list, and reporting what the
// dashboard and alerts read: requests by route pattern, statements, jobs, caches, the pool, the loop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type TestContext } from '../../test/harness.js';

const TOKEN = 'prometheus-scrape-token-0123456789';

/** The value of one sample line (`name{labels} value`), or undefined when there is none. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.split(' ').pop());
  }
  return undefined;
}

describe(`metrics are off unless configured (${ENGINE})`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('answers 404 and keeps no metrics', async () => {
    expectError(await ctx.app.inject({ method: 'GET', url: '/metrics' }), 404, 'ROUTE_NOT_FOUND');
    expect(ctx.platform.metrics).toBeNull();
  });
});

describe(`metrics behind a token (${ENGINE})`, () => {
  let ctx: TestContext;
  const scrape = async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    ctx = await createTestContext({ METRICS_TOKEN: TOKEN });
    await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('refuses a missing or wrong token with 401', async () => {
    const none = await ctx.app.inject({ method: 'GET', url: '/metrics' });
    expectError(none, 401, 'UNAUTHENTICATED');
    expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    const wrong = await ctx.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer x${TOKEN}` },
    });
    expectError(wrong, 401);
  });

  it('reports requests by route pattern, never by raw URL', async () => {
    const staff = await login(ctx, 'staff', PASSWORD);
    const ids = ['0b8f3a52-7c1e-4d6a-9f00-3e2b1c4d5a6f', '5d2c9e71-0a4b-4c3d-8e1f-6a7b8c9d0e1f'];
    for (const id of ids) expectError(await staff.get(`/api/files/${id}`), 404);
    expectError(await staff.get('/api/no/such/route'), 404);
    await ctx.app.inject({ method: 'GET', url: '/healthz' });
    const text = await scrape();
    expect(text).toContain('# TYPE lvzhi_http_request_duration_seconds histogram');
    expect(sample(text, 'lvzhi_http_request_duration_seconds_count', { route: '/api/files/:id', status: '404' })).toBe(
      2,
    );
    expect(sample(text, 'lvzhi_http_request_duration_seconds_count', { route: '/healthz', status: '200' })).toBe(1);
    expect(sample(text, 'lvzhi_http_request_duration_seconds_count', { route: 'unmatched' })).toBe(1);
    expect(
      sample(text, 'lvzhi_http_request_duration_seconds_count', { route: '/api/auth/login', method: 'POST' }),
    ).toBe(1);
    for (const id of ids) expect(text).not.toContain(id);
    expect(text).not.toContain('/api/no/such/route');
  });

  it('times SQL statements, counts job runs and the queue, and reports the event loop and the engine', async () => {
    const { jobs, db } = ctx.platform;
    jobs.handle('test.metrics-fails', async () => {
      throw Object.assign(new Error('对方系统无响应'), { permanent: true });
    });
    jobs.handle('test.metrics-works', async () => ({ ok: true }));
    await jobs.enqueue(db, 'test.metrics-fails', {});
    await jobs.enqueue(db, 'test.metrics-works', {});
    let text = await scrape();
    expect(sample(text, 'lvzhi_job_queue', { state: 'due' })).toBe(2);
    expect(sample(text, 'lvzhi_job_queue_oldest_due_seconds')).toBeGreaterThanOrEqual(0);
    await jobs.drain();
    text = await scrape();
    expect(sample(text, 'lvzhi_job_queue', { state: 'due' })).toBe(0);
    expect(sample(text, 'lvzhi_jobs_finished_total', { kind: 'test.metrics-fails', outcome: 'failed' })).toBe(1);
    expect(sample(text, 'lvzhi_jobs_finished_total', { kind: 'test.metrics-works', outcome: 'done' })).toBe(1);
    expect(sample(text, 'lvzhi_job_duration_seconds_count', { kind: 'test.metrics-works' })).toBe(1);
    expect(sample(text, 'lvzhi_db_statement_duration_seconds_count', { kind: 'select' })).toBeGreaterThan(5);
    expect(sample(text, 'lvzhi_db_statement_duration_seconds_count', { kind: 'update' })).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'lvzhi_info', { engine: ENGINE, file_store: 'local' })).toBe(1);
  });

  it.runIf(ENGINE === 'sqlite')('counts read-cache hits and misses (SQLite)', async () => {
    const staff = await login(ctx, 'staff', PASSWORD);
    const before = sample(await scrape(), 'lvzhi_read_cache_requests_total', { cache: 'auth_sessions', result: 'hit' });
    for (let i = 0; i < 3; i++) expect((await staff.get('/api/auth/me')).statusCode).toBe(200);
    const after = sample(await scrape(), 'lvzhi_read_cache_requests_total', { cache: 'auth_sessions', result: 'hit' });
    expect(after! - (before ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it.runIf(ENGINE === 'postgres')('reports the connection pool (PostgreSQL)', async () => {
    const text = await scrape();
    expect(sample(text, 'lvzhi_db_pool_max')).toBe(4);
    expect(sample(text, 'lvzhi_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'lvzhi_db_pool_connections', { state: 'waiting' })).toBe(0);
  });
});

describe(`metrics for listed addresses (${ENGINE})`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ METRICS_ALLOW: '10.20.0.0/16, 192.0.2.7' });
  });
  afterAll(async () => ctx?.close());

  it('serves listed addresses and answers 404 to everyone else', async () => {
    const from = (remoteAddress: string) => ctx.app.inject({ method: 'GET', url: '/metrics', remoteAddress });
    expect((await from('10.20.3.4')).statusCode).toBe(200);
    expect((await from('192.0.2.7')).statusCode).toBe(200);
    expect((await from('::ffff:10.20.9.9')).statusCode).toBe(200);
    expectError(await from('127.0.0.1'), 404, 'ROUTE_NOT_FOUND');
    expectError(await from('10.21.0.1'), 404);
  });
});

describe(`metrics with both an address list and a token (${ENGINE})`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ METRICS_ALLOW: '10.20.0.0/16', METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => ctx?.close());

  it('needs both', async () => {
    const get = (remoteAddress: string, token?: string) =>
      ctx.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await get('10.20.3.4', TOKEN)).statusCode).toBe(200);
    expectError(await get('10.20.3.4'), 401);
    expectError(await get('127.0.0.1', TOKEN), 404);
  });
});
