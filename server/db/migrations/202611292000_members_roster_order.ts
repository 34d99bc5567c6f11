// The roster is read in pinyin order a page at a time (lists, and exports that page by
// key so every page costs the same): an index in exactly that order.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('members_org_roster_order')
    .on('members')
    .columns(['org_id', 'pinyin', 'name', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('members_org_roster_order').execute();
}
