// The annual study plan (学习计划): one plan per organisation and year, its items (study kind,
// topic, planned day or month, who attends) and the meetings that carry them out. A meeting
// carries out at most one item (unique), so a session is never counted twice.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('study_plans'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('study_plans_org_year').on('study_plans').columns(['org_id', 'year']).unique().execute();

  await withId(e, db.schema.createTable('study_plan_items'))
    .addColumn('plan_id', keyType(e), fk('study_plans.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('study_kind', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('audience', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_plan_items_plan')
    .on('study_plan_items')
    .columns(['plan_id', 'planned_on'])
    .execute();

  await withId(e, db.schema.createTable('study_plan_sessions'))
    .addColumn('item_id', keyType(e), fk('study_plan_items.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('meeting_id', keyType(e), fk('meetings.id', { notNull: true }))
    .addColumn('linked_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_plan_sessions_meeting')
    .on('study_plan_sessions')
    .column('meeting_id')
    .unique()
    .execute();
  await db.schema.createIndex('study_plan_sessions_item').on('study_plan_sessions').column('item_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('study_plan_sessions').ifExists().execute();
  await db.schema.dropTable('study_plan_items').ifExists().execute();
  await db.schema.dropTable('study_plans').ifExists().execute();
}
