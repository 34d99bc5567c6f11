// A commitment carries its proposal's organisation, so the office's figures and its overdue
// commitments list read one organisation's commitments by index. Before, "open and past due"
// was found across every organisation and each candidate's proposal looked up for its
// organisation: 230 ms for the province office's home figures at province scale (bench (i)).
// A proposal never changes organisation, so the copy cannot drift. No foreign key: SQLite adds
// a referencing column only with a NULL default, and the proposal's key already ties it.
import { sql, type Kysely } from 'kysely';
import { keyType, engineOf } from './schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('proposal_commitments')
    .addColumn('org_id', keyType(engineOf(db)), (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update proposal_commitments set org_id = (select p.org_id from proposals p where p.id = proposal_commitments.proposal_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('proposal_commitments_org_status_due')
    .on('proposal_commitments')
    .columns(['org_id', 'status', 'due_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('proposal_commitments_org_status_due').execute();
  await db.schema.alterTable('proposal_commitments').dropColumn('org_id').execute();
}
