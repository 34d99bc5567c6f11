// Minutes and follow-ups of meetings (纪要, 督办事项): one minutes record per meeting (a draft,
// then published to the invitees; edits after publishing counted), the follow-up items its
// decisions gave (each with one owner: a person's account or a handling unit, a deadline and
// a state), and the progress notes reported on each. The reminder markers spare the hourly
// scan what it has already sent; once is guaranteed by the notices' dedupe keys.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('meeting_minutes'))
    .addColumn('meeting_id', keyType(e), fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('updated_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_minutes_meeting').on('meeting_minutes').column('meeting_id').unique().execute();

  await withId(e, db.schema.createTable('meeting_followups'))
    .addColumn('meeting_id', keyType(e), fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('owner_unit_id', keyType(e), fk('handling_units.id'))
    .addColumn('owner_user_id', keyType(e), fk('users.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('cancel_reason', 'text')
    .addColumn('done_at', 'text')
    .addColumn('last_progress_at', 'text')
    .addColumn('due_reminded_for', 'text')
    .addColumn('overdue_flagged_for', 'text')
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_followups_meeting').on('meeting_followups').column('meeting_id').execute();
  await db.schema
    .createIndex('meeting_followups_org_status_due')
    .on('meeting_followups')
    .columns(['org_id', 'status', 'due_on'])
    .execute();
  await db.schema
    .createIndex('meeting_followups_unit')
    .on('meeting_followups')
    .columns(['owner_unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('meeting_followups_user')
    .on('meeting_followups')
    .columns(['owner_user_id', 'status'])
    .execute();

  await withId(e, db.schema.createTable('meeting_followup_progress'))
    .addColumn('followup_id', keyType(e), fk('meeting_followups.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('by_user_id', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('by_office', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_followup_progress_followup')
    .on('meeting_followup_progress')
    .column('followup_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_followup_progress').ifExists().execute();
  await db.schema.dropTable('meeting_followups').ifExists().execute();
  await db.schema.dropTable('meeting_minutes').ifExists().execute();
}
