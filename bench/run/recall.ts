// recall@10 of POST /api/proposals/similar on the held-out reworded drafts, against the
// exact ranking (bruteForceTopK over the stored vectors, with document frequencies over
// the whole collection as the index counts them), among the proposals the endpoint counts:
// the drafter's organisation, past drafting, not withdrawn.
import { openDatabase } from '../../server/db/database.js';
import { proposalText } from '../../server/modules/proposals/core/search.service.js';
import {
  bruteForceTopK,
  decodeVector,
  recallAtK,
  termVector,
  type CollectionStats,
  type ScoredDoc,
  type TermVector,
} from '../../server/platform/search/similarity-scoring.js';
import type { HeldOutDraft } from '../generate/dataset.js';
import { postJson, type Session } from './http.js';

export interface RecallResult {
  drafts: number;
  recallAt10: number;
  originalInTop10: number;
  originalFirst: number;
  referenceSeconds: number;
}

type Db = ReturnType<typeof openDatabase>;

/** Document frequencies over every stored vector (counted as they stream by) and the counted documents of the drafts' organisations. */
async function loadCollection(
  db: Db,
  orgIds: Set<number>,
): Promise<{ stats: CollectionStats; byOrg: Map<number, ScoredDoc[]> }> {
  const stats: CollectionStats = { n: 0, df: new Map() };
  const byOrg = new Map<number, ScoredDoc[]>();
  let after = 0;
  for (;;) {
    const rows = await db.db
      .selectFrom('proposal_vectors as v')
      .innerJoin('proposals as p', 'p.id', 'v.proposal_id')
      .select(['v.proposal_id', 'v.org_id', 'v.terms', 'p.state'])
      .where('v.proposal_id', '>', after)
      .orderBy('v.proposal_id')
      .limit(20_000)
      .execute();
    for (const r of rows) {
      const vector: TermVector = decodeVector(r.terms);
      stats.n++;
      for (const t of vector.keys()) stats.df.set(t, (stats.df.get(t) ?? 0) + 1);
      if (!orgIds.has(r.org_id) || r.state === 'draft' || r.state === 'withdrawn') continue;
      if (!byOrg.has(r.org_id)) byOrg.set(r.org_id, []);
      byOrg.get(r.org_id)!.push({ id: r.proposal_id, orgId: r.org_id, vector });
    }
    if (rows.length < 20_000) break;
    after = rows[rows.length - 1]!.proposal_id;
  }
  return { stats, byOrg };
}

export async function measureRecall(
  session: Session,
  drafts: HeldOutDraft[],
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize: number },
): Promise<RecallResult> {
  // The endpoint first, one draft at a time; then the reference from what the database holds now.
  const found: { id: number; score: number }[][] = [];
  for (const d of drafts) {
    const res = await postJson<{ items: { id: number; score: number }[] }>(session, '/api/proposals/similar', {
      title: d.title,
      reasons: d.reasons,
      suggestions: d.suggestions,
    });
    found.push(res.items);
  }
  const t0 = performance.now();
  const db = openDatabase({ database });
  try {
    const { stats, byOrg } = await loadCollection(db, new Set(drafts.map((d) => d.orgId)));
    let recall = 0,
      inTop = 0,
      first = 0;
    drafts.forEach((d, i) => {
      const exact = bruteForceTopK(
        byOrg.get(d.orgId) ?? [],
        termVector(proposalText(d)),
        { orgId: d.orgId, k: 50 },
        stats,
      );
      recall += recallAtK(found[i]!, exact, 10);
      if (found[i]!.some((h) => h.id === d.originalId)) inTop++;
      if (found[i]![0]?.id === d.originalId) first++;
    });
    return {
      drafts: drafts.length,
      recallAt10: Math.round((recall / drafts.length) * 10000) / 10000,
      originalInTop10: inTop,
      originalFirst: first,
      referenceSeconds: Math.round((performance.now() - t0) / 100) / 10,
    };
  } finally {
    await db.close();
  }
}
