// Two rules of an organisation's handling that were fixed in code: whether a unit must have
// recorded a contact with the proposer before its formal reply (on by default, as CPPCC
// handling rules usually require), and whether the lead unit's reply waits for the co
// units' opinions (off by default: the lead works and replies once it has signed).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('proposal_settings')
    .addColumn('contact_before_reply', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('proposal_settings')
    .addColumn('co_opinions_before_reply', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('proposal_settings').dropColumn('co_opinions_before_reply').execute();
  await db.schema.alterTable('proposal_settings').dropColumn('contact_before_reply').execute();
}
