// Test harness: a real app on a real database of the engine under test, a movable clock,
// and an HTTP client that signs in and carries the session cookie and CSRF token.
// LVZHI_TEST_ENGINE picks the engine (sqlite by default; postgres needs TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp, type App } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Engine } from '../db/dialect.js';
import { ManualClock } from '../platform/clock.js';

export const ENGINE: Engine = process.env.LVZHI_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestContext extends App {
  clock: ManualClock;
  config: Config;
  engine: Engine;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh, empty PostgreSQL database on the test server; `drop()` removes it. */
export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'LVZHI_TEST_ENGINE=postgres needs TEST_DATABASE_URL (a server where the tests may create databases)',
    );
  const name = `lvzhi_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function createTestContext(
  env: Record<string, string> = {},
  opts: { migrate?: boolean; engine?: Engine } = {},
): Promise<TestContext> {
  const engine = opts.engine ?? ENGINE;
  const dataDir = mkdtempSync(join(tmpdir(), 'lvzhi-test-'));
  const pgDb = engine === 'postgres' ? await createPgDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LVZHI_DATA_KEY: randomBytes(32).toString('hex'),
    PASSWORD_HASH_COST: '10',
    // LVZHI_TEST_LOG=error prints the server's own log while a test runs (a 500's cause).
    LOG_LEVEL: process.env.LVZHI_TEST_LOG ?? 'silent',
    LOGIN_RATE_PER_MINUTE: '1000',
    LOGIN_RATE_PER_IP_PER_MINUTE: '100000',
    ...(pgDb ? { DATABASE_URL: pgDb.url, DATABASE_POOL_SIZE: '4' } : {}),
    ...env,
  });
  const clock = new ManualClock();
  const built = await buildApp(config, { clock, logger: !!process.env.LVZHI_TEST_LOG, webDir: null });
  if (opts.migrate !== false) await migrateToLatest(built.platform.db);
  await built.app.ready();
  return {
    ...built,
    clock,
    config,
    engine,
    dataDir,
    async close() {
      await built.app.close();
      await pgDb?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A second app instance on the same database and data directory, as behind a load balancer:
 * its own connections (on PostgreSQL its own pool and change listener, or the `database`
 * given), the same clock. Closing it leaves the first instance and the database alone.
 */
export async function createSecondInstance(
  ctx: TestContext,
  opts: { database?: Database } = {},
): Promise<App & { close(): Promise<void> }> {
  const built = await buildApp(ctx.config, { clock: ctx.clock, logger: false, webDir: null, database: opts.database });
  await built.app.ready();
  return { ...built, close: () => built.app.close() };
}

/**
 * Resolves once the app's read caches can serve: at once on SQLite; on PostgreSQL when its
 * change listener (started by the first cached read) hears. Freshness tests start from there,
 * or they would test reads that go to the database anyway.
 */
export async function cachesOn(p: Pick<App['platform'], 'changes'>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (p.changes && !(await p.changes.sync())) {
    if (Date.now() > deadline) throw new Error(`the read caches did not come on within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Client {
  csrf: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
}

/** A browser-like client: keeps cookies, sends the CSRF header on writes. */
export function client(ctx: Pick<App, 'app'>, ip = '127.0.0.1'): Client {
  const cookies: Record<string, string> = {};
  const c: Client = {
    csrf: '',
    cookies,
    async request(opts) {
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
      const jar = Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      if (jar && !headers.cookie) headers.cookie = jar;
      if (c.csrf && !('x-csrf-token' in headers)) headers['x-csrf-token'] = c.csrf;
      const res = await ctx.app.inject({ remoteAddress: ip, ...opts, headers });
      for (const ck of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
        const cleared = ck.value === '' || (ck.expires && ck.expires.getTime() < Date.now()) || ck.maxAge === 0;
        if (cleared) delete cookies[ck.name];
        else cookies[ck.name] = ck.value;
      }
      return res;
    },
    get: (url) => c.request({ method: 'GET', url }),
    post: (url, body) => c.request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    patch: (url, body) => c.request({ method: 'PATCH', url, payload: body as object }),
    put: (url, body) => c.request({ method: 'PUT', url, payload: body as object }),
    delete: (url) => c.request({ method: 'DELETE', url }),
  };
  return c;
}

/** Signs in through the real login route; fails the test if sign-in does not complete. */
export async function login(ctx: Pick<App, 'app'>, username: string, password: string, ip?: string): Promise<Client> {
  const c = client(ctx, ip);
  const pre = await c.get('/api/auth/csrf');
  c.csrf = pre.json().csrfToken;
  const res = await c.post('/api/auth/login', { login: username, password });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  c.csrf = res.json().csrfToken;
  return c;
}

export function expectError(res: LightMyRequestResponse, status: number, code?: string): void {
  if (res.statusCode !== status)
    throw new Error(`expected ${status}${code ? ' ' + code : ''}, got ${res.statusCode}: ${res.body}`);
  const body = res.json();
  if (!body?.error?.code || typeof body.error.message !== 'string' || typeof body.requestId !== 'string') {
    throw new Error(`error body not in the documented shape: ${res.body}`);
  }
  if (code && body.error.code !== code) throw new Error(`expected code ${code}, got ${body.error.code}: ${res.body}`);
}
