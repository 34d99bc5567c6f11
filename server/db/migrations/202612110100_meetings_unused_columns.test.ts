// Migration 202612110100 drops the meetings' never-used columns on both engines, keeps every
// invitation row, and its down step brings the columns back (empty).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';
import { migrateToLatest, migratorFor } from '../migrate.js';

const UNUSED = { meetings: ['public_token'], meeting_invitations: ['group_id', 'seat', 'lodging', 'transport'] };

describe(`migration 202612110100: unused meeting columns dropped (${ENGINE})`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  async function columnsOf(table: string) {
    const tables = await ctx.platform.db.introspection.getTables();
    return tables.find((t) => t.name === table)!.columns.map((c) => c.name);
  }

  it('has none of them after migrating, has them back after the down step, and none again after up', async () => {
    for (const [table, columns] of Object.entries(UNUSED)) {
      const present = await columnsOf(table);
      expect(present).toContain('id');
      for (const c of columns) expect(present).not.toContain(c);
    }
    const migrator = migratorFor(ctx.platform.db);
    expect((await migrator.migrateTo('202612110000_commitments_org')).error).toBeUndefined();
    for (const [table, columns] of Object.entries(UNUSED))
      expect(await columnsOf(table)).toEqual(expect.arrayContaining(columns));
    await migrateToLatest(ctx.platform.db);
    for (const [table, columns] of Object.entries(UNUSED)) {
      const present = await columnsOf(table);
      for (const c of columns) expect(present).not.toContain(c);
    }
  });
});
