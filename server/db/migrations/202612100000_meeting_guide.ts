// The plenary guide (会务指南): what the office prepares for a meeting's invitees — the agenda
// by day, discussion groups with their rooms and conveners, each member's group and seat, his
// lodging and transport, and the documents to read (files owned by `meeting_guide`). Any
// meeting may have one; the plenary session is where it is used.
import { sql, type Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await withId(e, db.schema.createTable('meeting_guides'))
    .addColumn('meeting_id', key, (c) => fk('meetings.id', { notNull: true, onDelete: 'cascade' })(c).unique())
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('notes', 'text')
    .addColumn('created_by', key, fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(e, db.schema.createTable('meeting_guide_groups'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('room', 'text')
    .addColumn('convener', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_guide_groups_name')
    .on('meeting_guide_groups')
    .columns(['meeting_id', 'name'])
    .unique()
    .execute();

  // One agenda item: a day (China's calendar), its times of day (HH:MM), and, for a group
  // discussion, `by_group` = 1: each member meets in his own group's room.
  await withId(e, db.schema.createTable('meeting_guide_items'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('session', 'text')
    .addColumn('by_group', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_guide_items_day')
    .on('meeting_guide_items')
    .columns(['meeting_id', 'day', 'start_time'])
    .execute();

  // A member's own part of the guide: group, seat, lodging and transport. Room numbers and
  // pick-up points are not sealed (no identity in them) but only the member and the office read them.
  await withId(e, db.schema.createTable('meeting_guide_assignments'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('group_id', key, fk('meeting_guide_groups.id'))
    .addColumn('seat', 'text')
    .addColumn('hotel', 'text')
    .addColumn('room', 'text')
    .addColumn('check_in_on', 'text')
    .addColumn('check_out_on', 'text')
    .addColumn('vehicle', 'text')
    .addColumn('pickup_point', 'text')
    .addColumn('pickup_at', 'text')
    .addColumn('updated_by', key, fk('users.id', { notNull: true }))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_guide_assignments_member')
    .on('meeting_guide_assignments')
    .columns(['meeting_id', 'member_id'])
    .unique()
    .execute();
  // Two members never hold the same seat of one meeting.
  await db.schema
    .createIndex('meeting_guide_assignments_seat')
    .on('meeting_guide_assignments')
    .columns(['meeting_id', 'seat'])
    .unique()
    .where(sql.ref('seat'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('meeting_guide_assignments_group')
    .on('meeting_guide_assignments')
    .columns(['group_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['meeting_guide_assignments', 'meeting_guide_items', 'meeting_guide_groups', 'meeting_guides'])
    await db.schema.dropTable(t).ifExists().execute();
}
