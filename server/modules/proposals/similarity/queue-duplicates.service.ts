// 疑似重复 in the review queue: for a page of proposals awaiting review, which of them are
// likely duplicates of each other or of earlier proposals, ready for 并案. A fixed handful of
// queries whatever the page size (the page's rows, their stored vectors, what was merged
// into them, the hits' rows, the texts not parsed yet); the comparison itself is in memory.
import type { Actor } from '../../../platform/access/actor.js';
import { DUPLICATE_MODEL } from '../../../platform/search/duplicate-model.js';
import { DETAILED_CANDIDATES } from '../../../platform/search/duplicate-verdict.js';
import { decodeVector } from '../../../platform/search/similarity-scoring.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import { coreAccess } from '../core/proposals.policy.js';
import type { SimilarityRepo } from './similarity.repo.js';
import type { ReviewDuplicates } from './similarity.schema.js';
import type { VerdictService } from './verdict.service.js';
import type { SimilarityStore } from './vector-store.service.js';

export function createQueueDuplicates(
  deps: ProposalDeps & { simRepo: SimilarityRepo; store: SimilarityStore; verdicts: VerdictService },
) {
  const { db, simRepo, store, verdicts } = deps;
  return {
    async duplicatesInQueue(actor: Actor, ids: readonly number[]): Promise<ReviewDuplicates> {
      // Only the office reviews; another organisation's or a settled proposal is simply not in its queue.
      coreAccess.require(actor, 'review');
      const rows = await simRepo.queueRows(db, ids, actor.orgId);
      if (!rows.length) return { items: [] };
      const rowIds = rows.map((r) => r.id);
      const [index, stored, merged, parsed] = await Promise.all([
        store.ready(),
        simRepo.vectors(db, rowIds),
        simRepo.mergedIntoAny(db, rowIds),
        verdicts.parsedOf(rows),
      ]);
      const vectorOf = new Map(stored.map((v) => [v.proposal_id, decodeVector(v.terms)]));
      // The index's best few of each row; then one look-up of every hit's row.
      const found = rows.map((r) => {
        const exclude = new Set([r.id, ...(merged.get(r.id) ?? [])]);
        const vector = vectorOf.get(r.id);
        const hits = vector ? index.query(vector, { orgId: actor.orgId, k: DETAILED_CANDIDATES + 5, exclude }) : [];
        return { r, exclude, hits: hits.filter((h) => h.score >= DUPLICATE_MODEL.relatedCut) };
      });
      const hitRows = new Map(
        (await simRepo.hits(db, [...new Set(found.flatMap((f) => f.hits.map((h) => h.id)))], actor.orgId, null)).map(
          (h) => [h.id, h],
        ),
      );
      const items: ReviewDuplicates['items'] = [];
      for (const { r, hits } of found) {
        // Proposals that count: past drafting, not withdrawn, of this term or an earlier one.
        const candidates = hits
          .map((h) => ({ h, row: hitRows.get(h.id) }))
          .filter((x) => x.row && x.row.term_number <= r.term_number)
          .slice(0, DETAILED_CANDIDATES)
          .map((x) => ({ id: x.h.id, content_hash: x.row!.content_hash, score: x.h.score }));
        const text = parsed.get(r.id);
        if (!text || !candidates.length) continue;
        const judged = await verdicts.judge(index, text, candidates);
        const duplicates = candidates
          .filter((c) => judged.get(c.id)?.verdict === 'duplicate')
          .map((c) => {
            const h = hitRows.get(c.id)!;
            return {
              id: c.id,
              title: h.title,
              numberLabel: h.number_label,
              state: h.state,
              probability: judged.get(c.id)!.probability,
            };
          })
          .sort((a, b) => b.probability - a.probability || a.id - b.id);
        if (duplicates.length) items.push({ id: r.id, duplicates });
      }
      return { items };
    },
  };
}

export type QueueDuplicatesService = ReturnType<typeof createQueueDuplicates>;
