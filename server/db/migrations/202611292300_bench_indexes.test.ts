// Migration 202611292300 on a database that already holds searchable proposals: after it,
// each organisation's search finds its own proposals (replies included) and no others.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';
import { migrateToLatest, migratorFor } from '../migrate.js';
import { countMatches, documentTokens, type FullTextIndex } from '../../platform/search/fulltext.js';

/** The proposals' full-text tables, as the migration found them (the data layer names no module). */
const PROPOSAL_FTS: FullTextIndex = {
  sqliteTable: 'proposal_fts',
  pgTable: 'proposal_search',
  idColumn: 'proposal_id',
};

describe(`migration 202611292300: scoped full-text index (${ENGINE})`, () => {
  let ctx: TestContext;
  const orgIds: number[] = [];

  beforeAll(async () => {
    ctx = await createTestContext({}, { migrate: false });
    const db = ctx.platform.db;
    const migrator = migratorFor(db);
    expect((await migrator.migrateTo('202611292000_members_roster_order')).error).toBeUndefined();
    const now = '2026-03-01T02:00:00.000Z';
    for (const name of ['甲市政协', '乙县政协']) {
      const org = await db
        .insertInto('organisations')
        .values({ name, short_name: name, level: 'city', created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.push(org.id);
      const term = await db
        .insertInto('terms')
        .values({ org_id: org.id, number: 1, name: '第一届', starts_on: '2026-01-01' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await db
        .insertInto('users')
        .values({
          org_id: org.id,
          username: `u${org.id}`,
          display_name: name,
          password_hash: 'x',
          roles: '["staff"]',
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const p = await db
        .insertInto('proposals')
        .values({
          org_id: org.id,
          term_id: term.id,
          kind: 'individual',
          title: '关于老旧小区加装电梯的建议',
          reasons: '高楼层老人上下楼困难。',
          suggestions: '简化审批。',
          state: 'closed',
          author_user_id: user.id,
          created_at: now,
          updated_at: now,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      const tokens = documentTokens('关于老旧小区加装电梯的建议\n高楼层老人上下楼困难。\n简化审批。\n已增设停车泊位。');
      // As the app indexed before the migration: no scope token.
      if (ENGINE === 'sqlite')
        await sql`insert into proposal_fts (rowid, tokens) values (${p.id}, ${tokens.join(' ')})`.execute(db);
      else
        await sql`insert into proposal_search (proposal_id, tsv) values (${p.id}, array_to_tsvector(${tokens}::text[]))`.execute(
          db,
        );
      const unit = await db
        .insertInto('handling_units')
        .values({ org_id: org.id, name: '住建局', short_name: '住建局', kind: 'government' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const a = await db
        .insertInto('proposal_assignments')
        .values({
          proposal_id: p.id,
          org_id: org.id,
          unit_id: unit.id,
          role: 'lead',
          status: 'replied',
          sign_deadline: '2026-03-08',
          reply_deadline: '2026-06-01',
          created_at: now,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('proposal_replies')
        .values({
          proposal_id: p.id,
          assignment_id: a.id,
          unit_id: unit.id,
          kind: 'reply',
          round: 1,
          result_class: 'A',
          body: '已增设停车泊位。',
          status: 'submitted',
          created_by: user.id,
          created_at: now,
        } as never)
        .execute();
    }
    await migrateToLatest(db);
  });
  afterAll(async () => ctx?.close());

  it("finds each organisation's proposals, by their text and their replies, and only theirs", async () => {
    const db = ctx.platform.db;
    for (const orgId of orgIds) {
      expect(await countMatches(db, PROPOSAL_FTS, '加装电梯', orgId)).toBe(1);
      expect(await countMatches(db, PROPOSAL_FTS, '停车泊位', orgId)).toBe(1);
      expect(await countMatches(db, PROPOSAL_FTS, '垃圾分类', orgId)).toBe(0);
    }
    expect(await countMatches(db, PROPOSAL_FTS, '电梯', 9999)).toBe(0);
  });
});
