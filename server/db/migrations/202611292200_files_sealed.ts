// Files that hold personal data in bulk (import workbooks) are stored sealed and expire:
// `sealed` says the stored bytes are SM4 + HMAC-SM3 sealed, `expires_at` when the file
// and its blob are removed by the purge task.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('files')
    .addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('files').addColumn('expires_at', 'text').execute();
  await db.schema.createIndex('files_expires_at').on('files').column('expires_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('files_expires_at').execute();
  await db.schema.alterTable('files').dropColumn('expires_at').execute();
  await db.schema.alterTable('files').dropColumn('sealed').execute();
}
