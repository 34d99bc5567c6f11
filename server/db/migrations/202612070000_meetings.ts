// Meetings and activities (会议活动), the first tables: meeting kinds per organisation, the
// meetings themselves (sub-sessions through parent_id), the invitations with each invitee's
// reply, leave and attendance, and the log of check-in attempts. Speeches, the plenary
// guide, minutes, notices and the forum's questions come with their own migrations.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);

  await withId(e, db.schema.createTable('meeting_kinds'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('attendance_mode', 'text', (c) => c.notNull())
    .addColumn('counts_as', 'text')
    .addColumn('study_kind', 'text')
    .addColumn('checkin_method', 'text', (c) => c.notNull())
    .addColumn('default_audience', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('allows_decline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('questions_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('late_grace_minutes', 'integer', (c) => c.notNull().defaultTo(10))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_kinds_org_code')
    .on('meeting_kinds')
    .columns(['org_id', 'code'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('meetings'))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('kind_id', key, fk('meeting_kinds.id', { notNull: true }))
    .addColumn('parent_id', key, fk('meetings.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('venue_lat', 'double precision')
    .addColumn('venue_lng', 'double precision')
    .addColumn('checkin_radius_m', 'integer')
    .addColumn('online_url', 'text')
    .addColumn('attendance_mode', 'text', (c) => c.notNull())
    .addColumn('reply_deadline', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cancel_reason', 'text')
    .addColumn('questions_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('public_token', 'text')
    .addColumn('checkin_secret', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('published_at', 'text')
    .addColumn('attendance_closed_at', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_org_starts').on('meetings').columns(['org_id', 'starts_at']).execute();
  await db.schema.createIndex('meetings_parent').on('meetings').column('parent_id').execute();
  await db.schema.createIndex('meetings_kind').on('meetings').column('kind_id').execute();

  await withId(e, db.schema.createTable('meeting_invitations'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id'))
    .addColumn('user_id', key, fk('users.id'))
    .addColumn('guest_name', 'text')
    .addColumn('guest_affiliation', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('replied_at', 'text')
    .addColumn('leave_reason', 'text')
    .addColumn('leave_file_id', 'text', fk('files.id'))
    .addColumn('leave_decided_by', key, fk('users.id'))
    .addColumn('leave_decided_at', 'text')
    .addColumn('leave_note', 'text')
    .addColumn('waitlist_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('checkin_method', 'text')
    .addColumn('checked_out_at', 'text')
    .addColumn('attendance', 'text')
    .addColumn('group_id', key)
    .addColumn('seat', 'text')
    .addColumn('lodging', 'text')
    .addColumn('transport', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // NULLs are distinct in a unique index on both engines: one row per member, any number of guests.
  await db.schema
    .createIndex('meeting_invitations_meeting_member')
    .on('meeting_invitations')
    .columns(['meeting_id', 'member_id'])
    .unique()
    .execute();
  const idx = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('meeting_invitations').columns(columns).execute();
  await idx('meeting_invitations_member', ['member_id', 'meeting_id']);
  await idx('meeting_invitations_reply', ['meeting_id', 'reply']);
  await idx('meeting_invitations_attendance', ['meeting_id', 'attendance']);

  await withId(e, db.schema.createTable('meeting_checkin_log'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('invitation_id', key, fk('meeting_invitations.id', { onDelete: 'cascade' }))
    .addColumn('user_id', key, fk('users.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('accuracy_m', 'real')
    .addColumn('distance_m', 'real')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_checkin_log_meeting')
    .on('meeting_checkin_log')
    .columns(['meeting_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['meeting_checkin_log', 'meeting_invitations', 'meetings', 'meeting_kinds']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
