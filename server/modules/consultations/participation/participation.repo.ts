// Every query of the participants and their votes: who takes part (a member, a unit's user, a
// public visitor's device), the next statement to show, and the vote itself (an upsert: a later
// vote replaces the earlier).
import type { Insertable } from 'kysely';
import type { ConsultationParticipantsTable } from '../../../db/tables/consultations.js';
import type { Db } from '../../../db/tx.js';

export function createParticipationRepo() {
  return {
    byUser: (db: Db, consultationId: number, userId: number) =>
      db
        .selectFrom('consultation_participants')
        .select(['id', 'kind'])
        .where('consultation_id', '=', consultationId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),
    byDevice: (db: Db, consultationId: number, deviceHash: string) =>
      db
        .selectFrom('consultation_participants')
        .select(['id', 'kind'])
        .where('consultation_id', '=', consultationId)
        .where('device_hash', '=', deviceHash)
        .executeTakeFirst(),
    /** Inserts unless the user already takes part (two first votes at once); null when he does. */
    insert: async (db: Db, row: Insertable<ConsultationParticipantsTable>) =>
      (
        await db
          .insertInto('consultation_participants')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .executeTakeFirst()
      )?.id ?? null,
    /**
     * The next statement for the participant: accepted ones he has not voted on, the least
     * voted first (so every statement gathers votes), then the oldest.
     */
    next: (db: Db, consultationId: number, participantId: number) =>
      db
        .selectFrom('consultation_statements as s')
        .leftJoin('consultation_votes as v', 'v.statement_id', 's.id')
        .select((eb) => ['s.id', 's.body', eb.fn.count<number>('v.id').as('votes')])
        .where('s.consultation_id', '=', consultationId)
        .where('s.status', '=', 'accepted')
        .where((w) =>
          w.not(
            w.exists(
              w
                .selectFrom('consultation_votes as mine')
                .select('mine.id')
                .whereRef('mine.statement_id', '=', 's.id')
                .where('mine.participant_id', '=', participantId),
            ),
          ),
        )
        .groupBy(['s.id', 's.body'])
        .orderBy('votes')
        .orderBy('s.id')
        .limit(1)
        .executeTakeFirst(),
    progress: async (db: Db, consultationId: number, participantId: number) => {
      const total = await db
        .selectFrom('consultation_statements')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('consultation_id', '=', consultationId)
        .where('status', '=', 'accepted')
        .executeTakeFirstOrThrow();
      const voted = await db
        .selectFrom('consultation_votes as v')
        .innerJoin('consultation_statements as s', 's.id', 'v.statement_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('v.participant_id', '=', participantId)
        .where('s.status', '=', 'accepted')
        .executeTakeFirstOrThrow();
      return { total: Number(total.n), voted: Number(voted.n) };
    },
    statement: (db: Db, id: number) =>
      db
        .selectFrom('consultation_statements')
        .select(['id', 'consultation_id', 'status'])
        .where('id', '=', id)
        .executeTakeFirst(),
    vote: (
      db: Db,
      row: { consultationId: number; participantId: number; statementId: number; vote: number; at: string },
    ) =>
      db
        .insertInto('consultation_votes')
        .values({
          consultation_id: row.consultationId,
          participant_id: row.participantId,
          statement_id: row.statementId,
          vote: row.vote,
          voted_at: row.at,
        })
        .onConflict((oc) =>
          oc.columns(['participant_id', 'statement_id']).doUpdateSet({ vote: row.vote, voted_at: row.at }),
        )
        .execute(),
  };
}

export type ParticipationRepo = ReturnType<typeof createParticipationRepo>;
