// The likely-duplicate verdict of the similar-proposal search: the best-ranked few hits are
// compared with the text looked for in detail (platform/search/duplicate-verdict.ts), with
// document frequencies from the whole collection the similarity index holds; the others
// get `related` or nothing by their score alone. Parsed texts of proposals on file are kept
// (ParsedTextCache), so a popular original is not parsed again for every draft.
import type { Db } from '../../../db/tx.js';
import { ParsedTextCache } from '../../../platform/search/duplicate-cache.js';
import { DUPLICATE_MODEL } from '../../../platform/search/duplicate-model.js';
import { weigh } from '../../../platform/search/duplicate-features.js';
import {
  compareWeighed,
  DETAILED_CANDIDATES,
  type Comparison,
  type DuplicateReason,
  type ParsedText,
  type StructuredText,
} from '../../../platform/search/duplicate-verdict.js';
import type { SimilarityIndex } from '../../../platform/search/similarity-index.js';
import type { SimilarityRepo } from './similarity.repo.js';
import type { SimilarReason } from './similarity.schema.js';

export interface Candidate {
  id: number;
  content_hash: string | null;
  /** The index's score (whole-text cosine). */
  score: number;
}

/**
 * Weighed texts on file are reused until the collection has grown or shrunk by about 2 %
 * (as the index's own norms): the idf of a word moves by less than 0.02 in that time.
 */
function statsEpoch(n: number): number {
  return Math.round(Math.log(n + 1) / Math.log(1.02));
}

export type Verdicts = Map<number, Pick<Comparison, 'verdict' | 'reasons' | 'probability'>>;

export function createVerdicts(deps: { db: Db; simRepo: SimilarityRepo }) {
  const { db, simRepo } = deps;
  const cache = new ParsedTextCache();

  /** The parsed texts of these proposals: from the cache or the rows' own text, the others read in one query. */
  async function parsedOf(
    rows: readonly (Pick<Candidate, 'id' | 'content_hash'> & Partial<StructuredText>)[],
  ): Promise<Map<number, ParsedText>> {
    const out = new Map<number, ParsedText>();
    const missing: number[] = [];
    for (const r of rows) {
      const held = cache.get(r.id, r.content_hash);
      if (held) out.set(r.id, held);
      else if (r.title !== undefined && r.suggestions !== undefined)
        out.set(
          r.id,
          cache.parse(r.id, r.content_hash, { title: r.title, reasons: r.reasons, suggestions: r.suggestions }),
        );
      else missing.push(r.id);
    }
    for (const t of await simRepo.texts(db, missing)) {
      const hash = rows.find((r) => r.id === t.id)?.content_hash ?? null;
      out.set(t.id, cache.parse(t.id, hash, t));
    }
    return out;
  }

  return {
    parsedOf,

    /**
     * Verdicts of `text` against `candidates` (best first): the first DETAILED_CANDIDATES in
     * detail, the rest by score (`related` from the committed cut, never `duplicate`).
     */
    async judge(index: SimilarityIndex, text: ParsedText, candidates: readonly Candidate[]): Promise<Verdicts> {
      const detailed = candidates.slice(0, DETAILED_CANDIDATES);
      const parsed = await parsedOf(detailed);
      const known = detailed.filter((c) => parsed.has(c.id));
      const epoch = statsEpoch(index.size);
      const mine = weigh(text, index.termIdf);
      const out: Verdicts = new Map(
        known.map((c) => [
          c.id,
          compareWeighed(mine, cache.weigh(c.id, parsed.get(c.id)!, index.termIdf, epoch), c.score),
        ]),
      );
      for (const c of candidates)
        if (!out.has(c.id))
          out.set(c.id, {
            verdict: c.score >= DUPLICATE_MODEL.relatedCut ? 'related' : null,
            reasons: [],
            probability: 0,
          });
      return out;
    },
  };
}

export type VerdictService = ReturnType<typeof createVerdicts>;

/** The reasons as a viewer may see them: the match's own words only if he may open it. */
export function reasonsFor(reasons: readonly DuplicateReason[], canOpen: boolean): SimilarReason[] {
  return reasons.map((r) =>
    canOpen || (r.kind !== 'ask' && r.kind !== 'figure') ? r : { ...r, matched: null },
  ) as SimilarReason[];
}
