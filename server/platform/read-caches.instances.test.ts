// Two app instances on one database, as behind a load balancer: every change made through
// instance A (or by another client) is seen on the very next request to instance B, whose
// caches hold what B read before. On PostgreSQL B hears A's commits through its change
// listener (docs/adr/0015); on SQLite through `PRAGMA data_version`.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft, proposalChangesShow, writeElsewhere } from '../test/read-cache-scenarios.js';
import { PASSWORD, seedFixture, type Fixture } from '../test/fixtures.js';
import {
  cachesOn,
  client,
  createSecondInstance,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type Client,
  type TestContext,
} from '../test/harness.js';
import type { App } from '../app.js';
import { openDatabase } from '../db/database.js';
import { MINUTE } from './clock.js';

describe(`read caches across two instances (${ENGINE})`, () => {
  let a: TestContext;
  let b: App & { close(): Promise<void> };
  let fx: Fixture;
  beforeAll(async () => {
    a = await createTestContext();
    fx = await seedFixture(a.platform);
    // B waits 1.5 s before listening again after losing its connection: long enough to write in the gap.
    b = await createSecondInstance(a, {
      database: ENGINE === 'postgres' ? openDatabase(a.config, { listener: { retryMs: 1500 } }) : undefined,
    });
    // On PostgreSQL the listener starts with the first cached read; every case begins with B hearing.
    await cachesOn(b.platform);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  /** The same signed-in session, used through instance B (a balancer sends the next request there). */
  const onB = (c: Client): Client => {
    const copy = client(b);
    Object.assign(copy.cookies, c.cookies);
    copy.csrf = c.csrf;
    return copy;
  };
  /** A member's new draft, and a read of its title through B. */
  async function draftReadOnB(title: string) {
    const member = await login(a, 'zhangjianguo', PASSWORD);
    const viaB = onB(member);
    const p = await draft(member, { title });
    const readB = async () => (await viaB.get(`/api/proposals/${p.id}`)).json().title;
    return { p, readB };
  }

  it('both instances run with their caches on', () => {
    expect(a.platform.changes).not.toBeNull();
    expect(b.platform.changes).not.toBeNull();
    expect(b.platform.changes!.stamp(['auth_sessions', 'users'])).not.toBeNull();
    expect(b.platform.changes!.stamp(['proposals', 'proposal_proposers', 'members'])).not.toBeNull();
  });

  it('signing out through A ends the session on B at its next request', async () => {
    const c = await login(a, 'zhangjianguo', PASSWORD);
    const viaB = onB(c);
    expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
    expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
    expect((await c.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expectError(await viaB.get('/api/auth/me'), 401);
  });

  it('a role change and a deactivation through A apply on B at once', async () => {
    const staff = await login(a, 'staff', PASSWORD);
    const c = await login(a, 'lixiaomei', PASSWORD);
    const viaB = onB(c);
    const id = fx.users.member2!.id;
    expect((await viaB.get('/api/auth/me')).json().user.roles).toEqual(['member']);
    expect((await staff.put(`/api/users/${id}/roles`, { roles: ['member', 'auditor'] })).statusCode).toBe(200);
    expect((await viaB.get('/api/auth/me')).json().user.roles).toEqual(['member', 'auditor']);
    expect((await staff.put(`/api/users/${id}/roles`, { roles: ['member'] })).statusCode).toBe(200);
    expect((await viaB.get('/api/auth/me')).json().user.roles).toEqual(['member']);
    expect((await staff.post(`/api/users/${id}/deactivate`)).statusCode).toBe(200);
    expectError(await viaB.get('/api/auth/me'), 401);
    expect((await staff.post(`/api/users/${id}/activate`)).statusCode).toBe(200);
  });

  it('a session used through A all along is not ended as idle by the copy B cached', async () => {
    const c = await login(a, 'zhangjianguo', PASSWORD);
    const viaB = onB(c);
    expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
    const idle = a.config.session.idleMinutes * MINUTE;
    for (let i = 0; i < 3; i++) {
      a.clock.advance(idle - 5 * MINUTE);
      expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    }
    // B last saw it far longer ago than the idle timeout; A saw it minutes ago.
    expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
    a.clock.advance(idle + MINUTE);
    expectError(await viaB.get('/api/auth/me'), 401, 'SESSION_EXPIRED');
    expectError(await c.get('/api/auth/me'), 401);
  });

  it('a proposal changed through A, or by another client, shows on B at the next request', async () => {
    const member = await login(a, 'zhangjianguo', PASSWORD);
    await proposalChangesShow({ writer: a, config: a.config, fx, author: member, reader: onB(member) });
  });

  it.skipIf(ENGINE !== 'postgres')(
    'a value B read while a write was still uncommitted is not served after the commit',
    async () => {
      const { p, readB } = await draftReadOnB('关于完善社区养老助餐服务的建议');
      expect(await readB()).toBe('关于完善社区养老助餐服务的建议');
      const writer = new pg.Client({
        connectionString: a.config.database.kind === 'postgres' ? a.config.database.url : '',
      });
      await writer.connect();
      try {
        await writer.query('begin');
        await writer.query('update proposals set title = $1 where id = $2', ['关于扩大老年助餐点覆盖的建议', p.id]);
        // B reads (and may keep) the committed row while the change is still open on another connection.
        expect(await readB()).toBe('关于完善社区养老助餐服务的建议');
        expect(await readB()).toBe('关于完善社区养老助餐服务的建议');
        await writer.query('commit');
      } finally {
        await writer.end();
      }
      expect(await readB()).toBe('关于扩大老年助餐点覆盖的建议');
    },
  );

  it.skipIf(ENGINE !== 'postgres')(
    'B serves from memory: a write that bypasses the triggers is not seen until an instance is told',
    async () => {
      const { p, readB } = await draftReadOnB('关于推进老旧小区加装电梯的建议');
      const member = await login(a, 'lixiaomei', PASSWORD);
      const viaB = onB(member);
      expect(await readB()).toBe('关于推进老旧小区加装电梯的建议');
      expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
      // session_replication_role = replica skips triggers (pg_restore --disable-triggers, the bench's loader do):
      // nothing is announced, so B answers from memory — which shows both its caches are on.
      const title = '关于加装电梯财政补贴的建议';
      await writeElsewhere(a.config, 'update proposals set title = $1 where id = $2', [title, p.id], { quiet: true });
      await writeElsewhere(a.config, 'delete from auth_sessions where user_id = $1', [fx.users.member2!.id], {
        quiet: true,
      });
      expect(await readB()).toBe('关于推进老旧小区加装电梯的建议');
      expect((await viaB.get('/api/auth/me')).statusCode).toBe(200);
      // What docs/adr/0015 tells an operator to do after such a write: every instance forgets.
      await writeElsewhere(a.config, `select pg_notify('lvzhi_changes', '*')`);
      expect(await readB()).toBe(title);
      expectError(await viaB.get('/api/auth/me'), 401);
    },
  );

  it.skipIf(ENGINE !== 'postgres')(
    'while B cannot hear, its caches are off; once it hears again nothing read before the gap is served',
    async () => {
      const listener = b.platform.database.listener!;
      const { p, readB } = await draftReadOnB('关于优化城区公交线网的建议');
      const setTitle = (title: string) =>
        a.platform.db.updateTable('proposals').set({ title }).where('id', '=', p.id).execute();
      expect(await readB()).toBe('关于优化城区公交线网的建议');
      expect(await readB()).toBe('关于优化城区公交线网的建议');
      expect(listener.isHearing).toBe(true);

      const pid = listener.backendPid;
      await sql`select pg_terminate_backend(${pid})`.execute(a.platform.db);
      await expect.poll(() => listener.isHearing).toBe(false);
      expect(b.platform.changes!.stamp(['proposals', 'proposal_proposers', 'members'])).toBeNull();
      // Changes B cannot hear: B reads the database at every request.
      await setTitle('关于优化公交线网和站点的建议');
      expect(await readB()).toBe('关于优化公交线网和站点的建议');
      await setTitle('关于增开社区微循环公交的建议');
      expect(await readB()).toBe('关于增开社区微循环公交的建议');
      // A last change in the gap, not read through B before it hears again.
      await setTitle('关于公交与地铁接驳的建议');
      expect(listener.isHearing).toBe(false);

      await expect.poll(() => listener.isHearing, { timeout: 10_000 }).toBe(true);
      expect(listener.backendPid).not.toBe(pid);
      expect(await readB()).toBe('关于公交与地铁接驳的建议');
      // Hearing again: A's next change shows at once, and B serves from memory again.
      await setTitle('关于完善公交接驳换乘的建议');
      expect(await readB()).toBe('关于完善公交接驳换乘的建议');
      await writeElsewhere(a.config, 'update proposals set title = $1 where id = $2', ['未通知的修改', p.id], {
        quiet: true,
      });
      expect(await readB()).toBe('关于完善公交接驳换乘的建议');
      await setTitle('关于完善公交接驳换乘的建议');
    },
  );
});
