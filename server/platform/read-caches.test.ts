// The session read cache must never answer with what a write has changed: every way a
// session ends is checked right after it happens. On PostgreSQL the caches are off and the
// same answers come from the database. (A proposal's detail cache is checked in the
// proposals module: core/detail-cache.test.ts.)
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../test/fixtures.js';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type Client,
  type TestContext,
} from '../test/harness.js';
import { MINUTE } from './clock.js';

describe(`read caches answer as the database does (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  /** A second client holding the same session cookie: a copied browser tab. */
  const sameSession = (c: Client): Client => {
    const copy = client(ctx);
    Object.assign(copy.cookies, c.cookies);
    copy.csrf = c.csrf;
    return copy;
  };
  /** A write committed by another connection, as a CLI import running beside the server would. */
  const elsewhere = (statement: string, ...params: unknown[]) => {
    const other = new SQLite(ctx.config.database.kind === 'sqlite' ? ctx.config.database.file : '');
    try {
      other.prepare(statement).run(...params);
    } finally {
      other.close();
    }
  };

  it('runs with the caches on for SQLite and off for PostgreSQL', () => {
    expect(ctx.platform.changes === null).toBe(ENGINE === 'postgres');
  });

  it('a deactivated account is signed out at its next request, and a role change applies at once', async () => {
    const c = await login(ctx, 'lixiaomei', PASSWORD);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    const id = fx.users.member2!.id;
    await ctx.platform.db
      .updateTable('users')
      .set({ roles: JSON.stringify(['member', 'auditor']) })
      .where('id', '=', id)
      .execute();
    expect((await c.get('/api/auth/me')).json().user.roles).toEqual(['member', 'auditor']);
    await ctx.platform.db
      .updateTable('users')
      .set({ roles: JSON.stringify(['member']), active: 0 })
      .where('id', '=', id)
      .execute();
    expectError(await c.get('/api/auth/me'), 401);
    await ctx.platform.db.updateTable('users').set({ active: 1 }).where('id', '=', id).execute();
  });

  it('signing out ends the session for every copy of its cookie at once', async () => {
    const c = await login(ctx, 'zhangjianguo', PASSWORD);
    const copy = sameSession(c);
    expect((await copy.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expectError(await copy.get('/api/auth/me'), 401);
  });

  it('the idle timeout counts from the last request, cached or not', async () => {
    const c = await login(ctx, 'zhangjianguo', PASSWORD);
    const idle = ctx.config.session.idleMinutes * MINUTE;
    for (let i = 0; i < 3; i++) {
      ctx.clock.advance(idle - 5 * MINUTE);
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    }
    const session = await ctx.platform.db
      .selectFrom('auth_sessions')
      .select('last_seen_at')
      .where('user_id', '=', fx.users.member!.id)
      .orderBy('last_seen_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(session.last_seen_at).toBe(ctx.clock.now().toISOString());
    ctx.clock.advance(idle + MINUTE);
    expectError(await c.get('/api/auth/me'), 401, 'SESSION_EXPIRED');
  });

  it.skipIf(ENGINE !== 'sqlite')('a session ended by another process is refused at the next request', async () => {
    const c = await login(ctx, 'lixiaomei', PASSWORD);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    elsewhere('delete from auth_sessions where user_id = ?', fx.users.member2!.id);
    expectError(await c.get('/api/auth/me'), 401);
  });
});
