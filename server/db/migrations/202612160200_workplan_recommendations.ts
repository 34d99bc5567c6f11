// Research reports (调研报告) and their SMART recommendations: metric, target, actions, the owner
// department (a handling unit) with an accountable person, a deadline; each sent to its
// department, answered, followed with progress reports until done or dropped with a reason,
// with the history of each step. reminded_for spares the overdue scan what it already sent.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('workplan_reports'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('topic_id', keyType(e), fk('workplan_topics.id'))
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workplan_reports_org_year').on('workplan_reports').columns(['org_id', 'year']).execute();

  await withId(e, db.schema.createTable('workplan_recommendations'))
    .addColumn('report_id', keyType(e), fk('workplan_reports.id', { notNull: true }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('metric', 'text')
    .addColumn('target', 'text')
    .addColumn('actions', 'text')
    .addColumn('unit_id', keyType(e), fk('handling_units.id'))
    .addColumn('accountable_person', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('answer_kind', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('settle_note', 'text')
    .addColumn('settled_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('reminded_for', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_recommendations_report')
    .on('workplan_recommendations')
    .column('report_id')
    .execute();
  await db.schema
    .createIndex('workplan_recommendations_org_status_due')
    .on('workplan_recommendations')
    .columns(['org_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('workplan_recommendations_unit_status')
    .on('workplan_recommendations')
    .columns(['unit_id', 'status'])
    .execute();

  await withId(e, db.schema.createTable('workplan_recommendation_events'))
    .addColumn('recommendation_id', keyType(e), fk('workplan_recommendations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by_user_id', keyType(e), fk('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workplan_recommendation_events_recommendation')
    .on('workplan_recommendation_events')
    .column('recommendation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workplan_recommendation_events').ifExists().execute();
  await db.schema.dropTable('workplan_recommendations').ifExists().execute();
  await db.schema.dropTable('workplan_reports').ifExists().execute();
}
