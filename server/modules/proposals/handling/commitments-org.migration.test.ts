// Migration 202612110000 on a database that already holds commitments: each gets its
// proposal's organisation, and the office's overdue count reads them by it. Kept with the
// proposals module (the data layer's tests may not use a module's helpers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, login, type TestContext } from '../../../test/harness.js';
import { accepted } from '../core/proposals.test-helpers.js';
import { addCommitment, replied } from '../reporting/outcomes.test-helpers.js';
import { migrateToLatest, migratorFor } from '../../../db/migrate.js';

describe(`migration 202612110000: commitments carry their organisation (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('fills org_id from the proposal when applied to existing rows', async () => {
    const db = ctx.platform.db;
    const [member, staff] = await Promise.all([login(ctx, 'zhangjianguo', PASSWORD), login(ctx, 'staff', PASSWORD)]);
    const p = await accepted(member, staff);
    const { replyId } = await replied(db, p.id, { unitId: fx.units['市教育局']!, by: fx.users.unit!.id });
    await addCommitment(db, { reply_id: replyId, due_date: '2026-01-31' });
    await addCommitment(db, { reply_id: replyId, due_date: '2027-01-31' });

    const migrator = migratorFor(db);
    expect((await migrator.migrateTo('202612100200_meeting_guests')).error).toBeUndefined();
    await migrateToLatest(db);

    const rows = await db.selectFrom('proposal_commitments').select(['org_id', 'due_date']).execute();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => Number(r.org_id))).toEqual([fx.city, fx.city]);
    const home = (await staff.get('/api/proposals/home')).json();
    expect(home.office.commitmentsOverdue).toBe(1);
  });
});
