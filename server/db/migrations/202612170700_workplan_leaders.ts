// Leader engagement: the party secretary's, the mayor's and other leaders' visits to the CPPCC
// with a yearly target per role; leaders' instructions (批示) on research reports; requests for
// opinions before decisions (征求意见) with the CPPCC's answer and what of it was adopted.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('workplan_leader_visits'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('visited_on', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('discussed', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_leader_visits_org_date')
    .on('workplan_leader_visits')
    .columns(['org_id', 'visited_on'])
    .execute();

  await db.schema
    .createTable('workplan_visit_targets')
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('workplan_visit_targets_pk', ['org_id', 'year', 'role'])
    .execute();

  await withId(e, db.schema.createTable('workplan_instructions'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('report_id', keyType(e), fk('workplan_reports.id', { notNull: true }))
    .addColumn('leader_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_instructions_org_date')
    .on('workplan_instructions')
    .columns(['org_id', 'given_on'])
    .execute();
  await db.schema.createIndex('workplan_instructions_report').on('workplan_instructions').column('report_id').execute();

  await withId(e, db.schema.createTable('workplan_opinion_requests'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.notNull())
    .addColumn('asked_on', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('adoption', 'text')
    .addColumn('adoption_note', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_opinion_requests_org_date')
    .on('workplan_opinion_requests')
    .columns(['org_id', 'asked_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_opinion_requests').ifExists().execute();
  await db.schema.dropTable('workplan_instructions').ifExists().execute();
  await db.schema.dropTable('workplan_visit_targets').ifExists().execute();
  await db.schema.dropTable('workplan_leader_visits').ifExists().execute();
}
