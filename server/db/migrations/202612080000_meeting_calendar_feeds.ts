// Each member's private calendar feed: a secret address his phone's calendar subscribes to.
// Only the token's SHA-256 is kept (the address is shown once, when made); one feed per
// account, replaced when reset, deleted when revoked.
import type { Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  await withId(e, db.schema.createTable('meeting_calendar_feeds'))
    .addColumn('user_id', keyType(e), fk('users.id', { notNull: true, onDelete: 'cascade' }))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_calendar_feeds_user')
    .on('meeting_calendar_feeds')
    .column('user_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_calendar_feeds').ifExists().execute();
}
