// The read caches (sessions, a proposal's detail) must never answer with what a write has
// changed: every way a session ends or a proposal changes is checked right after it happens,
// on either engine (two instances on one database: read-caches.instances.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, proposalChangesShow, writeElsewhere } from '../test/read-cache-scenarios.js';
import { PASSWORD, seedFixture, type Fixture } from '../test/fixtures.js';
import {
  cachesOn,
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
    await cachesOn(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  /** A second client holding the same session cookie: a copied browser tab. */
  const sameSession = (c: Client): Client => {
    const copy = client(ctx);
    Object.assign(copy.cookies, c.cookies);
    copy.csrf = c.csrf;
    return copy;
  };

  it('runs with the caches on, on either engine', () => {
    expect(ctx.platform.changes).not.toBeNull();
    expect(ctx.platform.changes!.stamp(['auth_sessions', 'users'])).not.toBeNull();
  });

  it('READ_CACHE=false turns them off, and everything still answers', async () => {
    const off = await createTestContext({ READ_CACHE: 'false' });
    try {
      expect(off.platform.changes).toBeNull();
      await seedFixture(off.platform);
      const c = await login(off, 'zhangjianguo', PASSWORD);
      const p = await draft(c, { title: '关于推广社区嵌入式托育服务的建议' });
      expect((await c.get(`/api/proposals/${p.id}`)).json().title).toBe('关于推广社区嵌入式托育服务的建议');
    } finally {
      await off.close();
    }
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

  it('a session ended by another process is refused at the next request', async () => {
    const c = await login(ctx, 'lixiaomei', PASSWORD);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    await writeElsewhere(ctx.config, 'delete from auth_sessions where user_id = $1', [fx.users.member2!.id]);
    expectError(await c.get('/api/auth/me'), 401);
  });

  it('a proposal read twice shows what changed in between: proposer names, files, fields, and writes by another process', async () => {
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    await proposalChangesShow({ writer: ctx, config: ctx.config, fx, author: member, reader: member });
  });
});
