// Notices (通知公告) of the meetings office and their read receipts. A notice keeps the audience
// it was addressed to (JSON, as the office chose it); publishing resolves it once into one
// recipient row per account, whose first read time is the receipt. The (user_id, notice_id)
// index serves a member's list; (notice_id, read_at) the office's counts and unread names.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('meeting_notices'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('meeting_id', keyType(e), fk('meetings.id', { onDelete: 'set null' }))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recipient_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema.createIndex('meeting_notices_org').on('meeting_notices').columns(['org_id', 'status']).execute();
  await withId(e, db.schema.createTable('meeting_notice_recipients'))
    .addColumn('notice_id', keyType(e), fk('meeting_notices.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('user_id', keyType(e), fk('users.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('member_id', keyType(e), fk('members.id'))
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_notice_recipients_notice')
    .on('meeting_notice_recipients')
    .columns(['notice_id', 'read_at'])
    .execute();
  await db.schema
    .createIndex('meeting_notice_recipients_user')
    .on('meeting_notice_recipients')
    .columns(['user_id', 'notice_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_notice_recipients').ifExists().execute();
  await db.schema.dropTable('meeting_notices').ifExists().execute();
}
