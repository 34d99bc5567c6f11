// PostgreSQL: what the change triggers announce, that a sync counts every change committed
// before it, and that the caches are off while the listener cannot hear (docs/adr/0015).
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createUser, PASSWORD } from '../test/fixtures.js';
import { createTestContext, ENGINE, login, type TestContext } from '../test/harness.js';
import { CHANNEL } from './change-listener.js';
import { openDatabase } from './database.js';
import { inTransaction } from './tx.js';

describe.skipIf(ENGINE !== 'postgres')('change listener (postgres)', () => {
  let ctx: TestContext;
  let url: string;
  /** A bare LISTENing connection: sees exactly what the triggers announce. */
  let ear: pg.Client;
  const heard: string[] = [];
  beforeAll(async () => {
    ctx = await createTestContext();
    url = ctx.config.database.kind === 'postgres' ? ctx.config.database.url : '';
    ear = new pg.Client({ connectionString: url });
    await ear.connect();
    await ear.query(`listen ${CHANNEL}`);
    ear.on('notification', (m) => heard.push(m.payload ?? ''));
  });
  afterAll(async () => {
    await ear?.end();
    await ctx?.close();
  });

  /** What `write` announced: a round trip on the listening connection after it brings every notice in. */
  async function announced(write: () => Promise<unknown>): Promise<string[]> {
    await ear.query(';'); // what came before is not this write's
    heard.length = 0;
    await write();
    await ear.query(';');
    return [...heard].sort();
  }
  const orgId = async () =>
    (
      await ctx.platform.db
        .insertInto('organisations')
        .values({
          name: '试点市政协',
          short_name: '试点市',
          level: 'city',
          parent_id: null,
          created_at: 'x',
          updated_at: 'x',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  it('announces committed changes by table: inserts as rows added, volatile columns alone not at all', async () => {
    const org = await orgId();
    const user = await createUser(ctx.platform, {
      orgId: org,
      username: 'shidian',
      displayName: '试点',
      roles: ['staff'],
    });
    const db = ctx.platform.db;
    expect(
      await announced(() => db.updateTable('users').set({ last_login_at: 'now' }).where('id', '=', user.id).execute()),
    ).toEqual([]);
    expect(
      await announced(() =>
        db
          .updateTable('users')
          .set({ last_login_at: 'later', display_name: '试点二' })
          .where('id', '=', user.id)
          .execute(),
      ),
    ).toEqual(['users']);
    // Setting a column to the value it has changes nothing.
    expect(
      await announced(() =>
        db.updateTable('users').set({ display_name: '试点二' }).where('id', '=', user.id).execute(),
      ),
    ).toEqual([]);
    const c = await login(ctx, 'shidian', PASSWORD);
    expect(await announced(() => c.get('/api/auth/me'))).toEqual([]);
    expect(
      await announced(() =>
        db.updateTable('auth_sessions').set({ last_seen_at: 'x' }).where('user_id', '=', user.id).execute(),
      ),
    ).toEqual([]);
    // A table no cache reads is not watched: writing it costs nothing.
    expect(
      await announced(() => sql`update notifications set read_at = read_at where user_id = ${user.id}`.execute(db)),
    ).toEqual([]);
    // Deleting a user cascades to its sessions: both are announced, by the database itself.
    const other = await createUser(ctx.platform, {
      orgId: org,
      username: 'shidian2',
      displayName: '试点三',
      roles: ['staff'],
    });
    await db
      .insertInto('auth_sessions')
      .values({
        id: 'cascade-probe',
        user_id: other.id,
        current_org_id: org,
        csrf_token: 'x',
        mfa_state: 'ok',
        created_at: 'x',
        last_seen_at: 'x',
        expires_at: 'x',
        ip: '127.0.0.1',
        user_agent: null,
      })
      .execute();
    expect(await announced(() => db.deleteFrom('users').where('id', '=', other.id).execute())).toEqual(
      expect.arrayContaining(['auth_sessions', 'users']),
    );
  });

  it('announces at commit only, once per table, and never for a transaction rolled back', async () => {
    const org = await orgId();
    const db = ctx.platform.db;
    await ear.query(';');
    heard.length = 0;
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`update members set name = name where org_id = $1`, [org]);
      await writer.query(`update handling_units set name = name where org_id = $1`, [org]);
      await writer.query(`update handling_units set name = name where org_id = $1`, [org]);
      await ear.query(';');
      expect(heard).toEqual([]);
      await writer.query('commit');
      await ear.query(';');
      expect([...heard].sort()).toEqual(['handling_units', 'members']);
      expect(
        await announced(() => writer.query(`begin; update members set name = name where org_id = ${org}; rollback`)),
      ).toEqual([]);
    } finally {
      await writer.end();
    }
    // Through the app's transactions as well (a failing one announces nothing).
    await expect(
      inTransaction(db, async (trx) => {
        await trx.updateTable('members').set({ name: '不会提交' }).where('org_id', '=', org).execute();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await announced(async () => undefined)).toEqual([]);
  });

  it('once a sync answers, every change committed before it has been counted', async () => {
    const changes = ctx.platform.changes!;
    await expect.poll(async () => (await changes.sync()) && changes.stamp(['members']) !== null).toBe(true);
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    try {
      for (let i = 0; i < 200; i++) {
        const before = changes.stamp(['members']);
        // Autocommit, by a client that is not an instance: its commit has returned before the sync starts.
        await writer.query('update members set name = name where id = -1');
        expect(await changes.sync()).toBe(true);
        expect(changes.stamp(['members'])).not.toBe(before);
      }
    } finally {
      await writer.end();
    }
  });

  it('a table without the triggers is never stamped, until it is watched', async () => {
    const changes = ctx.platform.changes!;
    expect(await changes.sync()).toBe(true);
    expect(changes.stamp(['jobs'])).toBeNull();
    expect(changes.stamp(['proposals', 'users'])).not.toBeNull();
    await sql`select lvzhi_watch_table('jobs', '{}'::text[])`.execute(ctx.platform.db);
    await expect.poll(async () => (await changes.sync()) && changes.stamp(['jobs'])).not.toBeNull();
  });

  it('while the listener is cut off nothing is stamped; when it is back everything counts as changed', async () => {
    const changes = ctx.platform.changes!;
    const listener = ctx.platform.database.listener!;
    expect(await changes.sync()).toBe(true);
    const before = changes.stamp(['proposals']);
    const pid = listener.backendPid;
    expect(pid).toBeTypeOf('number');
    await sql`select pg_terminate_backend(${pid})`.execute(ctx.platform.db);
    await expect.poll(() => listener.isHearing).toBe(false);
    expect(changes.stamp(['proposals'])).toBeNull();
    expect(await changes.sync()).toBe(false);
    await expect.poll(() => listener.isHearing, { timeout: 10_000 }).toBe(true);
    expect(listener.backendPid).not.toBe(pid);
    expect(await changes.sync()).toBe(true);
    const after = changes.stamp(['proposals']);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
  });
  it('listens where DATABASE_LISTEN_URL says; while it cannot connect there the caches stay off and queries still run', async () => {
    const env = { NODE_ENV: 'test', DATA_DIR: ctx.dataDir, DATABASE_URL: url };
    expect(() => loadConfig({ ...env, DATABASE_LISTEN_URL: 'http://db.internal/lvzhi' })).toThrow(
      /DATABASE_LISTEN_URL/,
    );
    const config = loadConfig({ ...env, DATABASE_LISTEN_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    const d = openDatabase(config);
    try {
      for (let i = 0; i < 5; i++) {
        expect(await d.changes!.sync()).toBe(false);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(d.changes!.stamp(['proposals'])).toBeNull();
      expect(await d.db.selectFrom('users').select('id').limit(1).execute()).toBeInstanceOf(Array);
    } finally {
      await d.close();
    }
    const good = openDatabase(loadConfig({ ...env, DATABASE_LISTEN_URL: url }));
    try {
      await expect.poll(() => good.changes!.sync()).toBe(true);
    } finally {
      await good.close();
    }
  });
});
