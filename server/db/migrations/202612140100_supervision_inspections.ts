// Inspections of democratic supervision (视察): the trip (kind, topic, dates, leader, state),
// the members taking part, the sites visited with what was found there, and the
// recommendations (建议) each routed to a handling unit with a deadline, answered by the unit
// and followed by the office to an outcome, with the history of each step. The overdue marker
// spares the hourly scan what it has already sent; once is guaranteed by the notices' dedupe keys.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('supervision_inspections'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('leader_member_id', keyType(e), fk('members.id'))
    .addColumn('leader_user_id', keyType(e), fk('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('findings', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_inspections_org_starts')
    .on('supervision_inspections')
    .columns(['org_id', 'starts_on'])
    .execute();

  await withId(e, db.schema.createTable('supervision_inspection_participants'))
    .addColumn('inspection_id', keyType(e), fk('supervision_inspections.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_inspection_participants_pair')
    .on('supervision_inspection_participants')
    .columns(['inspection_id', 'member_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('supervision_inspection_participants_member')
    .on('supervision_inspection_participants')
    .column('member_id')
    .execute();

  await withId(e, db.schema.createTable('supervision_inspection_sites'))
    .addColumn('inspection_id', keyType(e), fk('supervision_inspections.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('unit_id', keyType(e), fk('handling_units.id'))
    .addColumn('findings', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_inspection_sites_inspection')
    .on('supervision_inspection_sites')
    .column('inspection_id')
    .execute();

  await withId(e, db.schema.createTable('supervision_recommendations'))
    .addColumn('inspection_id', keyType(e), fk('supervision_inspections.id', { notNull: true }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('site_id', keyType(e), fk('supervision_inspection_sites.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('unit_id', keyType(e), fk('handling_units.id', { notNull: true }))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('routed'))
    .addColumn('answer_kind', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('settled_at', 'text')
    .addColumn('overdue_flagged_for', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_recommendations_inspection')
    .on('supervision_recommendations')
    .column('inspection_id')
    .execute();
  await db.schema
    .createIndex('supervision_recommendations_org_status_due')
    .on('supervision_recommendations')
    .columns(['org_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('supervision_recommendations_unit_status')
    .on('supervision_recommendations')
    .columns(['unit_id', 'status'])
    .execute();

  await withId(e, db.schema.createTable('supervision_recommendation_events'))
    .addColumn('recommendation_id', keyType(e), fk('supervision_recommendations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by_user_id', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_recommendation_events_recommendation')
    .on('supervision_recommendation_events')
    .column('recommendation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('supervision_recommendation_events').ifExists().execute();
  await db.schema.dropTable('supervision_recommendations').ifExists().execute();
  await db.schema.dropTable('supervision_inspection_sites').ifExists().execute();
  await db.schema.dropTable('supervision_inspection_participants').ifExists().execute();
  await db.schema.dropTable('supervision_inspections').ifExists().execute();
}
