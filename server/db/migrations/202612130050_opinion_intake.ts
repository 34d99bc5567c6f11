// The opinions' public form: each campaign's secret that signs the form's proof-of-work
// challenges (made when the office first turns the form on; the link's token is only hashed,
// and anyone holding the link knows its hash, so it cannot sign), and an index for the office's
// list by campaign and status.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('opinion_campaigns').addColumn('challenge_secret', 'text').execute();
  await db.schema.createIndex('opinions_org_status').on('opinions').columns(['org_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('opinions_org_status').ifExists().execute();
  await db.schema.alterTable('opinion_campaigns').dropColumn('challenge_secret').execute();
}
