// Meeting reminders (before the reply deadline, before the start): the deadline or start each
// was last reminded for. Once is guaranteed by the notices' dedupe keys; these markers only
// spare the hourly scan what it has already sent (a moved time is reminded again).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('reply_reminded_for', 'text').execute();
  await db.schema.alterTable('meetings').addColumn('start_reminded_for', 'text').execute();
  await db.schema.createIndex('meetings_status_starts').on('meetings').columns(['status', 'starts_at']).execute();
  await db.schema
    .createIndex('meetings_status_reply_deadline')
    .on('meetings')
    .columns(['status', 'reply_deadline'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('meetings_status_reply_deadline').execute();
  await db.schema.dropIndex('meetings_status_starts').execute();
  await db.schema.alterTable('meetings').dropColumn('start_reminded_for').execute();
  await db.schema.alterTable('meetings').dropColumn('reply_reminded_for').execute();
}
