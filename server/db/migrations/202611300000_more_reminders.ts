// Two more reminders of the hourly scan: an assignment still unsigned after its sign-for
// deadline, and a commitment (承诺事项) of a reply past its due date and not done. As with the
// reply deadline, each marker holds the deadline last reminded of, so a moved one is reminded again.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('proposal_assignments').addColumn('sign_overdue_reminded_for', 'text').execute();
  await db.schema.alterTable('proposal_commitments').addColumn('overdue_reminded_for', 'text').execute();
  await db.schema
    .createIndex('proposal_assignments_status_sign')
    .on('proposal_assignments')
    .columns(['status', 'sign_deadline'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('proposal_assignments_status_sign').execute();
  await db.schema.alterTable('proposal_commitments').dropColumn('overdue_reminded_for').execute();
  await db.schema.alterTable('proposal_assignments').dropColumn('sign_overdue_reminded_for').execute();
}
