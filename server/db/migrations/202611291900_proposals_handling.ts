// Proposal handling: which deadline each assignment was last reminded of (so the hourly scan
// skips what it already sent; the notices' dedupe keys remain the guarantee), and the
// indexes the office's handling board, the commitments list and the handling view read by.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per ALTER TABLE statement.
  await db.schema.alterTable('proposal_assignments').addColumn('soon_reminded_for', 'text').execute();
  await db.schema.alterTable('proposal_assignments').addColumn('overdue_reminded_for', 'text').execute();
  await db.schema
    .createIndex('proposal_assignments_org_board')
    .on('proposal_assignments')
    .columns(['org_id', 'status', 'reply_deadline'])
    .execute();
  await db.schema
    .createIndex('proposal_commitments_status_due')
    .on('proposal_commitments')
    .columns(['status', 'due_date'])
    .execute();
  await db.schema.createIndex('proposal_urgings_proposal').on('proposal_urgings').column('proposal_id').execute();
  await db.schema.createIndex('proposal_extensions_proposal').on('proposal_extensions').column('proposal_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'proposal_extensions_proposal',
    'proposal_urgings_proposal',
    'proposal_commitments_status_due',
    'proposal_assignments_org_board',
  ]) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
  await db.schema.alterTable('proposal_assignments').dropColumn('overdue_reminded_for').execute();
  await db.schema.alterTable('proposal_assignments').dropColumn('soon_reminded_for').execute();
}
