// Problems found in an evaluation campaign (整改问题), followed like an inspection's
// recommendations: the table of 202612140000 was never used, so it takes the recommendations'
// states (routed → answered → done / closed) and what they keep — the visit a problem was
// promoted from, the kind of the unit's answer and the date of its plan, the outcome, the
// overdue marker — and a history of every step in its own table. Added, not edited: the
// earlier migration stays as it ran.
import { sql, type Kysely } from 'kysely';
import { engineOf, fk, keyType, withId } from './schema-helpers.js';

const ADDED = ['answer_kind', 'planned_on', 'outcome_note', 'settled_at', 'overdue_flagged_for'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const e = engineOf(db);
  // SQLite adds one column a statement.
  await db.schema
    .alterTable('supervision_problems')
    .addColumn('visit_id', keyType(e), fk('supervision_visits.id'))
    .execute();
  for (const column of ADDED) await db.schema.alterTable('supervision_problems').addColumn(column, 'text').execute();
  // The outcome note says why it was closed, or how it was settled.
  await db.schema.alterTable('supervision_problems').dropColumn('closed_reason').execute();
  await sql`update supervision_problems set status = 'routed' where status = 'open'`.execute(db);
  await db.schema
    .createIndex('supervision_problems_status_due')
    .on('supervision_problems')
    .columns(['status', 'due_on'])
    .execute();

  await withId(e, db.schema.createTable('supervision_problem_events'))
    .addColumn('problem_id', keyType(e), fk('supervision_problems.id', { notNull: true }))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('by_user_id', keyType(e), fk('users.id', { notNull: true }))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('supervision_problem_events_problem')
    .on('supervision_problem_events')
    .column('problem_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('supervision_problem_events').ifExists().execute();
  await db.schema.dropIndex('supervision_problems_status_due').ifExists().execute();
  await sql`update supervision_problems set status = 'open' where status = 'routed'`.execute(db);
  await db.schema.alterTable('supervision_problems').addColumn('closed_reason', 'text').execute();
  for (const column of [...ADDED].reverse())
    await db.schema.alterTable('supervision_problems').dropColumn(column).execute();
  await db.schema.alterTable('supervision_problems').dropColumn('visit_id').execute();
}
