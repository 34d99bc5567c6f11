// Speeches (会议发言): a member invited to a meeting hands in a written speech; the office
// accepts it as an oral speech in the programme (in its order) or as a written exchange,
// returns it for revision with a reason, or rejects it. One speech per member and meeting.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  const key = keyType(e);
  await withId(e, db.schema.createTable('meeting_speeches'))
    .addColumn('meeting_id', key, fk('meetings.id', { notNull: true }))
    .addColumn('org_id', key, fk('organisations.id', { notNull: true }))
    .addColumn('member_id', key, fk('members.id', { notNull: true }))
    .addColumn('user_id', key, fk('users.id', { notNull: true }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The place of an oral speech in the programme (1, 2, ...); null for every other state.
    .addColumn('oral_order', 'integer')
    .addColumn('review_note', 'text')
    .addColumn('reviewed_by', key, fk('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_speeches_meeting_member')
    .on('meeting_speeches')
    .columns(['meeting_id', 'member_id'])
    .unique()
    .execute();
  // The duty record's read model: a member's accepted speeches of a period.
  await db.schema
    .createIndex('meeting_speeches_member_status')
    .on('meeting_speeches')
    .columns(['member_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_speeches').ifExists().execute();
}
