// A proposal's detail read cache must never answer with what a write has changed: every way
// a proposal changes is checked right after it happens. On PostgreSQL the caches are off and
// the same answers come from the database.
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draft } from './proposals.test-helpers.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type TestContext } from '../../../test/harness.js';

describe(`a proposal's detail cache answers as the database does (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  const elsewhere = (statement: string, ...params: unknown[]) => {
    const other = new SQLite(ctx.config.database.kind === 'sqlite' ? ctx.config.database.file : '');
    try {
      other.prepare(statement).run(...params);
    } finally {
      other.close();
    }
  };

  it('READ_CACHE=false turns them off on SQLite too, and everything still answers', async () => {
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

  it('a proposal read twice shows what changed in between: proposer names, files, fields, and writes by another process', async () => {
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    const p = await draft(member, { title: '关于规范城区夜间施工噪声管理的建议' });
    const read = async () => (await member.get(`/api/proposals/${p.id}`)).json();
    expect((await read()).proposers[0].name).toBe('张建国');
    expect((await read()).title).toBe('关于规范城区夜间施工噪声管理的建议');

    await ctx.platform.db
      .updateTable('members')
      .set({ name: '张建国（已更名）' })
      .where('id', '=', fx.members.zhang!)
      .execute();
    expect((await read()).proposers[0].name).toBe('张建国（已更名）');
    await ctx.platform.db.updateTable('members').set({ name: '张建国' }).where('id', '=', fx.members.zhang!).execute();

    const edited = await member.patch(`/api/proposals/${p.id}`, {
      version: (await read()).version,
      title: '关于规范城区夜间施工噪声的建议',
    });
    expect(edited.statusCode).toBe(200);
    expect((await read()).title).toBe('关于规范城区夜间施工噪声的建议');

    if (ENGINE === 'sqlite') {
      elsewhere('update proposals set title = ? where id = ?', '关于夜间施工噪声扰民的建议', p.id);
      expect((await read()).title).toBe('关于夜间施工噪声扰民的建议');
    }

    await ctx.platform.db.deleteFrom('proposal_proposers').where('proposal_id', '=', p.id).execute();
    await ctx.platform.db
      .updateTable('proposals')
      .set({ author_user_id: fx.users.staff!.id })
      .where('id', '=', p.id)
      .execute();
    // No longer his: the cached copy must not let him in.
    expectError(await member.get(`/api/proposals/${p.id}`), 404);
  });
});
