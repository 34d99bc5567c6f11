// Every query of the consultations' statements: seeded by the office, added by participants
// (pending until moderated), imported from Polis.
import type { Insertable } from 'kysely';
import type { ConsultationStatementsTable, StatementStatus } from '../../../db/tables/consultations.js';
import type { Db } from '../../../db/tx.js';

export function createStatementRepo() {
  return {
    get: (db: Db, id: number) =>
      db.selectFrom('consultation_statements').selectAll().where('id', '=', id).executeTakeFirst(),
    /** A consultation's statements with their vote tallies, oldest first. */
    list: (db: Db, consultationId: number, status?: StatementStatus) => {
      let q = db
        .selectFrom('consultation_statements as s')
        .leftJoin('consultation_participants as p', 'p.id', 's.author_id')
        .select((eb) => [
          's.id',
          's.body',
          's.status',
          's.seed',
          's.reject_reason',
          's.created_at',
          's.moderated_at',
          'p.kind as author_kind',
          'p.display_name as author_name',
          eb
            .selectFrom('consultation_votes as v')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('v.statement_id', '=', 's.id')
            .as('votes'),
        ])
        .where('s.consultation_id', '=', consultationId);
      if (status) q = q.where('s.status', '=', status);
      return q.orderBy('s.id').execute();
    },
    insertMany: async (db: Db, rows: Insertable<ConsultationStatementsTable>[]) => {
      if (!rows.length) return [] as number[];
      return (await db.insertInto('consultation_statements').values(rows).returning('id').execute()).map((r) => r.id);
    },
    moderate: (
      db: Db,
      id: number,
      patch: { status: StatementStatus; reject_reason: string | null; moderated_by: number; moderated_at: string },
    ) => db.updateTable('consultation_statements').set(patch).where('id', '=', id).execute(),
    /** Rejected statements' ids: the analysis moderates them out. */
    rejectedIds: async (db: Db, consultationId: number) =>
      (
        await db
          .selectFrom('consultation_statements')
          .select('id')
          .where('consultation_id', '=', consultationId)
          .where('status', '=', 'rejected')
          .execute()
      ).map((r) => r.id),
  };
}

export type StatementRepo = ReturnType<typeof createStatementRepo>;
