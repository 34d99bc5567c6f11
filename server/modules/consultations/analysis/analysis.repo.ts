// Every query of the analysis: the vote stream of a consultation (in the order votes were last
// cast), its rejected statements, and the stored report and engine state.
import type { Db } from '../../../db/tx.js';

export function createAnalysisRepo() {
  return {
    votes: (db: Db, consultationId: number) =>
      db
        .selectFrom('consultation_votes')
        .select(['participant_id', 'statement_id', 'vote'])
        .where('consultation_id', '=', consultationId)
        .orderBy('voted_at')
        .orderBy('id')
        .execute(),
    /** The vote stream with times and every statement, for the Polis-format export. */
    exportVotes: (db: Db, consultationId: number) =>
      db
        .selectFrom('consultation_votes')
        .select(['participant_id', 'statement_id', 'vote', 'voted_at'])
        .where('consultation_id', '=', consultationId)
        .orderBy('voted_at')
        .orderBy('id')
        .execute(),
    exportStatements: (db: Db, consultationId: number) =>
      db
        .selectFrom('consultation_statements')
        .select(['id', 'author_id', 'status', 'body', 'created_at'])
        .where('consultation_id', '=', consultationId)
        .orderBy('id')
        .execute(),
    stored: (db: Db, consultationId: number) =>
      db
        .selectFrom('consultations')
        .select(['id', 'analysis', 'analysis_state', 'analysed_at', 'analysed_votes'])
        .where('id', '=', consultationId)
        .executeTakeFirst(),
    save: (db: Db, consultationId: number, row: { analysis: string; state: string; votes: number; at: string }) =>
      db
        .updateTable('consultations')
        .set({ analysis: row.analysis, analysis_state: row.state, analysed_votes: row.votes, analysed_at: row.at })
        .where('id', '=', consultationId)
        .execute(),
  };
}

export type AnalysisRepo = ReturnType<typeof createAnalysisRepo>;
