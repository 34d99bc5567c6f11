// The party group's monthly learning exchange (党组学习交流): the organisation's attendees,
// each attendee's account per month (one per member and month), and the office's reminders of
// the not-yet-written (one per organisation, month and day: the unique key is the claim, so two
// clicks send one reminder).
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('study_exchange_attendees'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('added_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_exchange_attendees_member')
    .on('study_exchange_attendees')
    .columns(['org_id', 'member_id'])
    .unique()
    .execute();

  await withId(e, db.schema.createTable('study_exchange_accounts'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('member_id', keyType(e), fk('members.id', { notNull: true }))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_exchange_accounts_member_month')
    .on('study_exchange_accounts')
    .columns(['member_id', 'month'])
    .unique()
    .execute();
  await db.schema
    .createIndex('study_exchange_accounts_org_month')
    .on('study_exchange_accounts')
    .columns(['org_id', 'month'])
    .execute();

  await withId(e, db.schema.createTable('study_exchange_reminders'))
    .addColumn('org_id', keyType(e), fk('organisations.id', { notNull: true }))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('reminded_on', 'text', (c) => c.notNull())
    .addColumn('reminded_by', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('reminded', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_exchange_reminders_day')
    .on('study_exchange_reminders')
    .columns(['org_id', 'month', 'reminded_on'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('study_exchange_reminders').ifExists().execute();
  await db.schema.dropTable('study_exchange_accounts').ifExists().execute();
  await db.schema.dropTable('study_exchange_attendees').ifExists().execute();
}
