// Indexes for the home page's figures (issue 11 item 15): a leader's key proposals (also his
// own key board), and an organisation's key-proposal nominations awaiting the chair's meeting.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('proposals_key_leader')
    .on('proposals')
    .columns(['key_leader_user_id', 'key_status', 'state'])
    .execute();
  await db.schema.createIndex('proposals_org_key_status').on('proposals').columns(['org_id', 'key_status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('proposals_org_key_status').execute();
  await db.schema.dropIndex('proposals_key_leader').execute();
}
