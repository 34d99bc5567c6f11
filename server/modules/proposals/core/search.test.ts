import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRebuilds } from '../../../platform/backup/rebuild.js';
import { PASSWORD, seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../../../test/harness.js';
import { submitted } from './proposals.test-helpers.js';

describe(`proposals: search index rebuilt after a restore (${ENGINE})`, () => {
  let ctx: TestContext;
  let member: Client;
  let staff: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    [member, staff] = await Promise.all([login(ctx, 'zhangjianguo', PASSWORD), login(ctx, 'staff', PASSWORD)]);
  });
  afterAll(async () => ctx?.close());

  it('finds proposals again once the index, emptied as after a restore, is rebuilt', async () => {
    const p = await submitted(member, { title: '关于推进城乡公交一体化的建议' });
    const search = async () =>
      (await staff.get(`/api/proposals?q=${encodeURIComponent('公交一体化')}`))
        .json()
        .items.map((x: { id: number }) => x.id);
    expect(await search()).toEqual([p.id]);
    await sql`delete from ${sql.table(ENGINE === 'sqlite' ? 'proposal_fts' : 'proposal_search')}`.execute(
      ctx.platform.db,
    );
    expect(await search()).toEqual([]);
    const done = await runRebuilds(ctx.platform.db);
    expect(done['proposals.search']).toBeGreaterThanOrEqual(1);
    expect(await search()).toEqual([p.id]);
  });
});
