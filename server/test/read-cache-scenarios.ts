// What the read-cache tests share: writes by a client that is not an app instance, and the
// proposal scenario run on one instance (read-caches.test.ts) and across two
// (read-caches.instances.test.ts): each change is made through the writing instance or by
// another client, and must show on the reader's very next request.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { expect } from 'vitest';
import type { App } from '../app.js';
import type { Config } from '../config.js';
import type { Fixture } from './fixtures.js';
import { expectError, type Client } from './harness.js';

/**
 * A write committed by a client that is not an instance — a CLI import beside the server, psql,
 * a script — straight to the database. Parameters are written `$1`, `$2`… on both engines.
 * `quiet` (PostgreSQL): with the triggers skipped, as `pg_restore --disable-triggers` writes.
 */
export async function writeElsewhere(
  config: Config,
  statement: string,
  params: unknown[] = [],
  opts: { quiet?: boolean } = {},
): Promise<void> {
  if (config.database.kind === 'sqlite') {
    const other = new SQLite(config.database.file);
    try {
      other.prepare(statement.replace(/\$\d+/g, '?')).run(...params);
    } finally {
      other.close();
    }
    return;
  }
  const other = new pg.Client({ connectionString: config.database.url });
  await other.connect();
  try {
    if (opts.quiet) await other.query('set session_replication_role = replica');
    await other.query(statement, params);
  } finally {
    await other.end();
  }
}

/**
 * A member's new draft, made through the HTTP API (the platform's tests use the proposals
 * module as any client would, not its code: docs/ARCHITECTURE.md, "Boundaries").
 */
export async function draft(c: Client, body: { title: string }): Promise<{ id: number; version: number }> {
  const res = await c.post('/api/proposals', {
    reasons: '城区部分路段夜间施工频繁，噪声超过标准，附近居民休息受到严重影响，投诉较多。',
    suggestions: '一、严格夜间施工审批；二、在重点工地安装噪声监测设备并公开数据；三、加大违规施工处罚力度。',
    category: '城乡建设',
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/**
 * A member's draft read through `reader` (the author's session, on this instance or another)
 * while its proposer's name, its fields and its owner change through `writer` or elsewhere.
 */
export async function proposalChangesShow(s: {
  writer: App;
  config: Config;
  fx: Fixture;
  author: Client;
  reader: Client;
}): Promise<void> {
  const db = s.writer.platform.db;
  const zhang = s.fx.members.zhang!;
  const p = await draft(s.author, { title: '关于规范城区夜间施工噪声管理的建议' });
  const read = async () => (await s.reader.get(`/api/proposals/${p.id}`)).json();
  expect((await read()).proposers[0].name).toBe('张建国');
  expect((await read()).title).toBe('关于规范城区夜间施工噪声管理的建议');

  await db.updateTable('members').set({ name: '张建国（已更名）' }).where('id', '=', zhang).execute();
  expect((await read()).proposers[0].name).toBe('张建国（已更名）');
  await db.updateTable('members').set({ name: '张建国' }).where('id', '=', zhang).execute();
  expect((await read()).proposers[0].name).toBe('张建国');

  const edited = await s.author.patch(`/api/proposals/${p.id}`, {
    version: (await read()).version,
    title: '关于规范城区夜间施工噪声的建议',
  });
  expect(edited.statusCode).toBe(200);
  expect((await read()).title).toBe('关于规范城区夜间施工噪声的建议');

  await writeElsewhere(s.config, 'update proposals set title = $1 where id = $2', ['关于夜间施工噪声扰民的建议', p.id]);
  expect((await read()).title).toBe('关于夜间施工噪声扰民的建议');

  await db.deleteFrom('proposal_proposers').where('proposal_id', '=', p.id).execute();
  await db.updateTable('proposals').set({ author_user_id: s.fx.users.staff!.id }).where('id', '=', p.id).execute();
  // No longer his: a cached copy must not let him in.
  expectError(await s.reader.get(`/api/proposals/${p.id}`), 404);
}
