// Queries of similar-proposal detection: the stored term vectors (proposal_vectors) that
// every app instance loads and follows, and the look-ups that turn index hits into answers.
import type { Db } from '../../../db/tx.js';
import type { ProposalVectorsTable } from '../../../db/tables/proposals.js';

export type VectorRow = ProposalVectorsTable;

export function createSimilarityRepo() {
  return {
    upsertVector: (db: Db, row: VectorRow) =>
      db
        .insertInto('proposal_vectors')
        .values(row)
        .onConflict((oc) =>
          oc.column('proposal_id').doUpdateSet({ org_id: row.org_id, terms: row.terms, updated_at: row.updated_at }),
        )
        .execute(),

    /**
     * Writes the vector unless the stored one is the same (its stamp then stays, and no instance
     * reloads it); true when written. One statement where a read and a write were two.
     */
    writeVectorIfChanged: async (db: Db, row: VectorRow): Promise<boolean> => {
      const written = await db
        .insertInto('proposal_vectors')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('proposal_id')
            .doUpdateSet({ org_id: row.org_id, terms: row.terms, updated_at: row.updated_at })
            .where((eb) =>
              eb.or([
                eb('proposal_vectors.terms', '!=', eb.ref('excluded.terms')),
                eb('proposal_vectors.org_id', '!=', eb.ref('excluded.org_id')),
              ]),
            ),
        )
        .returning('proposal_id')
        .executeTakeFirst();
      return written !== undefined;
    },

    /** One page of every stored vector, in id order (the start-up load). */
    vectorPage: (db: Db, afterId: number, limit: number): Promise<VectorRow[]> =>
      db
        .selectFrom('proposal_vectors')
        .selectAll()
        .where('proposal_id', '>', afterId)
        .orderBy('proposal_id')
        .limit(limit)
        .execute(),

    /** Which vectors changed at or after `since`, oldest first (narrow rows: the index on updated_at answers it). */
    changedSince: (db: Db, since: string, limit: number) =>
      db
        .selectFrom('proposal_vectors')
        .select(['proposal_id', 'updated_at'])
        .where('updated_at', '>=', since)
        .orderBy('updated_at')
        .orderBy('proposal_id')
        .limit(limit)
        .execute(),

    vectors: (db: Db, ids: readonly number[]): Promise<VectorRow[]> =>
      ids.length
        ? db
            .selectFrom('proposal_vectors')
            .selectAll()
            .where('proposal_id', 'in', [...ids])
            .execute()
        : Promise.resolve([]),

    /** Proposals past drafting that have no stored vector yet (data loaded by other means). */
    withoutVector: (db: Db, afterId: number, limit: number) =>
      db
        .selectFrom('proposals as p')
        .select(['p.id', 'p.org_id', 'p.title', 'p.reasons', 'p.suggestions'])
        .where('p.id', '>', afterId)
        .where('p.state', '!=', 'draft')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb.selectFrom('proposal_vectors as v').select('v.proposal_id').whereRef('v.proposal_id', '=', 'p.id'),
            ),
          ),
        )
        .orderBy('p.id')
        .limit(limit)
        .execute(),

    /** The texts of these proposals (to recompute their vectors). */
    texts: (db: Db, ids: readonly number[]) =>
      ids.length
        ? db
            .selectFrom('proposals')
            .select(['id', 'org_id', 'state', 'title', 'reasons', 'suggestions'])
            .where('id', 'in', [...ids])
            .execute()
        : Promise.resolve([]),

    maxProposalId: async (db: Db) =>
      Number(
        (
          await db
            .selectFrom('proposals')
            .select((eb) => eb.fn.max('id').as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      ),

    insertVectors: (db: Db, rows: VectorRow[]) =>
      rows.length
        ? db
            .insertInto('proposal_vectors')
            .values(rows)
            .onConflict((oc) => oc.column('proposal_id').doNothing())
            .execute()
        : Promise.resolve([]),

    /**
     * The hits that count, with what an answer shows and what deciding whether the viewer
     * may open one needs (never the texts): the organisation's proposals past drafting, not
     * withdrawn, of the term `upToTermId` or an earlier one (any term when null).
     */
    hits: async (db: Db, ids: readonly number[], orgId: number, upToTermId: number | null) => {
      if (!ids.length) return [];
      let q = db
        .selectFrom('proposals as p')
        .innerJoin('terms as t', 't.id', 'p.term_id')
        .select([
          'p.id',
          'p.org_id',
          'p.state',
          'p.term_id',
          'p.title',
          'p.number_label',
          'p.content_hash',
          'p.author_user_id',
          'p.key_leader_user_id',
          't.name as term_name',
          't.number as term_number',
        ])
        .where('p.id', 'in', [...ids]);
      if (upToTermId !== null)
        q = q.where('t.number', '<=', (eb) => eb.selectFrom('terms').select('number').where('id', '=', upToTermId));
      // Organisation and state are checked here, not in the query: given them, SQLite walks the
      // organisation's index (55 000 rows for a provincial committee) instead of looking up the ids.
      return (await q.execute()).filter((r) => r.org_id === orgId && r.state !== 'draft' && r.state !== 'withdrawn');
    },

    /** Proposals of the organisation with exactly this normalised text. */
    sameText: async (db: Db, orgId: number, hash: string) =>
      (
        await db
          .selectFrom('proposals')
          .select('id')
          .where('content_hash', '=', hash)
          .where('org_id', '=', orgId)
          .where('state', '!=', 'draft')
          .orderBy('id')
          .limit(20)
          .execute()
      ).map((r) => r.id),

    /** Proposals of the review queue among these: the organisation's, submitted, with their text and term. */
    queueRows: (db: Db, ids: readonly number[], orgId: number) =>
      ids.length
        ? db
            .selectFrom('proposals as p')
            .innerJoin('terms as t', 't.id', 'p.term_id')
            .select(['p.id', 'p.content_hash', 'p.title', 'p.reasons', 'p.suggestions', 't.number as term_number'])
            .where('p.id', 'in', [...ids])
            .where('p.org_id', '=', orgId)
            .where('p.state', '=', 'submitted')
            .execute()
        : Promise.resolve([]),
    /** Which proposals were merged into which of these (main id -> merged ids). */
    mergedIntoAny: async (db: Db, ids: readonly number[]) => {
      const out = new Map<number, number[]>();
      if (!ids.length) return out;
      const rows = await db
        .selectFrom('proposals')
        .select(['id', 'merged_into_id'])
        .where('merged_into_id', 'in', [...ids])
        .execute();
      for (const r of rows) out.set(r.merged_into_id!, [...(out.get(r.merged_into_id!) ?? []), r.id]);
      return out;
    },
    mergedInto: async (db: Db, id: number) =>
      (await db.selectFrom('proposals').select('id').where('merged_into_id', '=', id).execute()).map((r) => r.id),

    /** The viewer's proposer rows among these proposals. */
    proposerRows: (db: Db, ids: readonly number[], memberId: number) =>
      db
        .selectFrom('proposal_proposers')
        .select(['proposal_id', 'role', 'status'])
        .where('proposal_id', 'in', [...ids])
        .where('member_id', '=', memberId)
        .execute(),

    /** Which of these proposals the viewer's handling unit holds an assignment of. */
    assignedToUnit: async (db: Db, ids: readonly number[], unitId: number) =>
      new Set(
        (
          await db
            .selectFrom('proposal_assignments')
            .select('proposal_id')
            .where('proposal_id', 'in', [...ids])
            .where('unit_id', '=', unitId)
            .where('status', '!=', 'cancelled')
            .execute()
        ).map((r) => r.proposal_id),
      ),
  };
}

export type SimilarityRepo = ReturnType<typeof createSimilarityRepo>;
