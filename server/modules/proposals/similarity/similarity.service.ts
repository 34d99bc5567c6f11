// Similar-proposal detection (相似提案检测): while a proposal is drafted, the proposals of
// the drafter's organisation, this term and earlier ones, that say the same thing; at
// review, those similar to a submitted proposal. Exact duplicates come from the
// normalised-text hash, near duplicates from the similarity index; the best few are then
// compared in detail for the likely-duplicate verdict (verdict.service.ts).
import type { Actor } from '../../../platform/access/actor.js';
import { DUPLICATE_MODEL } from '../../../platform/search/duplicate-model.js';
import { parseText, type StructuredText } from '../../../platform/search/duplicate-verdict.js';
import { termVector } from '../../../platform/search/similarity-scoring.js';
import { contentHash } from '../../../platform/search/tokenizer.js';
import { loadForStep, type ProposalDeps } from '../core/proposals.service.js';
import { proposalText } from '../core/search.service.js';
import { canView, coreAccess, type Relation } from '../core/proposals.policy.js';
import type { SimilarityRepo } from './similarity.repo.js';
import type { SimilarDraftInput, SimilarItem } from './similarity.schema.js';
import { reasonsFor, type VerdictService, type Verdicts } from './verdict.service.js';
import type { SimilarityStore } from './vector-store.service.js';

const TOP = 10;

interface Search {
  orgId: number;
  text: Required<StructuredText>;
  hash: string;
  /** This term and earlier ones count; null: every term. */
  termId: number | null;
  exclude: ReadonlySet<number>;
}

type Row = Awaited<ReturnType<SimilarityRepo['hits']>>[number];

export function createSimilarityService(
  deps: ProposalDeps & { simRepo: SimilarityRepo; store: SimilarityStore; verdicts: VerdictService },
) {
  const { db, repo, simRepo, store, verdicts } = deps;

  /** Whether the viewer may open each proposal: the same rule as opening it, from two batched look-ups. */
  async function openable(actor: Actor, rows: Row[]): Promise<Set<number>> {
    const ids = rows.map((r) => r.id);
    const [proposers, units] = await Promise.all([
      actor.memberId && ids.length ? simRepo.proposerRows(db, ids, actor.memberId) : Promise.resolve([]),
      actor.unitId && ids.length ? simRepo.assignedToUnit(db, ids, actor.unitId) : Promise.resolve(new Set<number>()),
    ]);
    const out = new Set<number>();
    for (const r of rows) {
      const own = proposers.find((x) => x.proposal_id === r.id);
      const rel: Relation = {
        proposer: own ? { role: own.role, status: own.status } : null,
        isAuthor: r.author_user_id === actor.userId,
        unitAssigned: units.has(r.id),
        // Only workflow steps need the assignment itself; seeing needs to know there is one.
        unitAssignment: null,
        replyWaits: null,
        isKeyLeader: r.key_leader_user_id === actor.userId,
      };
      if (canView(actor, r, rel)) out.add(r.id);
    }
    return out;
  }

  async function find(actor: Actor, s: Search): Promise<SimilarItem[]> {
    const vector = termVector(proposalText(s.text));
    if (!vector.size) return [];
    const [sameText, index] = await Promise.all([simRepo.sameText(db, s.orgId, s.hash), store.ready()]);
    const scores = new Map<number, number>();
    for (const id of sameText) if (!s.exclude.has(id)) scores.set(id, 1);
    let rows: Row[] = [];
    // Hits that do not count (a draft is nobody's proposal yet, a withdrawn one no longer is;
    // a later term) are left out by the look-up; ask for more until ten remain.
    for (let k = 3 * TOP; ; k *= 4) {
      const hits = index.query(vector, { orgId: s.orgId, k, exclude: s.exclude });
      for (const h of hits) if (!scores.has(h.id)) scores.set(h.id, h.score);
      rows = (await simRepo.hits(db, [...scores.keys()], s.orgId, s.termId)).filter((r) => !s.exclude.has(r.id));
      if (rows.length >= TOP || hits.length < k || k > 1000) break;
    }
    const exact = (r: Row) => r.content_hash === s.hash;
    const best = rows
      .map((r) => ({ r, exact: exact(r), score: exact(r) ? 1 : Math.min(1, Math.max(0, scores.get(r.id) ?? 0)) }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.r.id - b.r.id)
      .slice(0, TOP);
    // Only hits on the same subject (score at the related cut or above) can be duplicates.
    const worth = best.filter((x) => x.score >= DUPLICATE_MODEL.relatedCut);
    const [open, judged] = await Promise.all([
      openable(
        actor,
        best.map((x) => x.r),
      ),
      worth.length
        ? verdicts.judge(
            index,
            parseText(s.text),
            worth.map((x) => ({ id: x.r.id, content_hash: x.r.content_hash, score: x.score })),
          )
        : Promise.resolve<Verdicts>(new Map()),
    ]);
    return best.map(({ r, exact, score }) => ({
      id: r.id,
      title: r.title,
      numberLabel: r.number_label,
      state: r.state,
      termId: r.term_id,
      termName: r.term_name,
      score: Math.round(score * 10000) / 10000,
      exact,
      canOpen: open.has(r.id),
      verdict: judged.get(r.id)?.verdict ?? null,
      reasons: reasonsFor(judged.get(r.id)?.reasons ?? [], open.has(r.id)),
    }));
  }

  return {
    /** While drafting (member or office): the draft's text against the organisation's proposals. */
    async similarToDraft(actor: Actor, input: SimilarDraftInput) {
      coreAccess.require(actor, 'draft');
      const text = { title: input.title, reasons: input.reasons, suggestions: input.suggestions };
      const term = await repo.currentTerm(db, actor.orgId);
      const items = await find(actor, {
        orgId: actor.orgId,
        text,
        hash: contentHash(proposalText(text)),
        termId: term?.id ?? null,
        exclude: new Set(input.excludeId ? [input.excludeId] : []),
      });
      return { items };
    },

    /** At review (the office): proposals similar to this one, not itself nor those merged into it. */
    async similarToProposal(actor: Actor, id: number) {
      const { p } = await loadForStep(deps, actor, id, 'reviewSimilar');
      const text = { title: p.title, reasons: p.reasons, suggestions: p.suggestions };
      const merged = await simRepo.mergedInto(db, p.id);
      const items = await find(actor, {
        orgId: p.org_id,
        text,
        hash: p.content_hash ?? contentHash(proposalText(text)),
        termId: p.term_id,
        exclude: new Set([p.id, ...merged]),
      });
      return { items };
    },
  };
}

export type SimilarityService = ReturnType<typeof createSimilarityService>;
