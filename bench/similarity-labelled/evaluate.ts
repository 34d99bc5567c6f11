// What the likely-duplicate model makes of one split of the labelled set: the verdict per
// pair and the figures issue 12 sets targets for (F1 of `duplicate`, same-subject queries
// marked duplicate), with the queries it got wrong.
import {
  probabilityOf,
  verdictOf,
  type DuplicateModel,
  type Verdict,
} from '../../server/platform/search/duplicate-verdict.js';
import type { LabelledPair } from './pairs.js';

export interface VerdictFigures {
  /** Pairs marked duplicate that are a duplicate query with its own original. */
  tp: number;
  /** Pairs marked duplicate that are not. */
  fp: number;
  /** Duplicate queries whose original was not marked duplicate. */
  fn: number;
  f1: number;
  precision: number;
  recall: number;
  relatedQueries: number;
  /** Related queries with at least one pair marked duplicate. */
  relatedMarkedDuplicate: number;
  unrelatedMarkedDuplicate: number;
  /** Pairs on the same subject marked duplicate or related, among all such pairs (and the reverse). */
  sameSubjectMarked: number;
  sameSubjectPairs: number;
  otherSubjectMarked: number;
  otherSubjectPairs: number;
  /** The lowest probability of a duplicate with its own original, the highest of any other pair. */
  lowestDuplicate: number;
  highestOther: number;
  misses: string[];
}

export function verdictOfPair(p: LabelledPair, model: DuplicateModel): Verdict {
  return verdictOf(probabilityOf(p.x, model), p.x[0]!, model);
}

export function evaluate(pairs: readonly LabelledPair[], model: DuplicateModel): VerdictFigures {
  const v = pairs.map((p) => ({ p, verdict: verdictOfPair(p, model), prob: probabilityOf(p.x, model) }));
  const flagged = v.filter((r) => r.verdict === 'duplicate');
  const tp = flagged.filter((r) => r.p.duplicate).length;
  const fp = flagged.length - tp;
  const dupQueries = new Set(pairs.filter((p) => p.query.label === 'duplicate').map((p) => p.query.id));
  const found = new Set(flagged.filter((r) => r.p.duplicate).map((r) => r.p.query.id));
  const fn = [...dupQueries].filter((id) => !found.has(id)).length;
  const queriesFlagged = (label: string) =>
    new Set(flagged.filter((r) => r.p.query.label === label).map((r) => r.p.query.id)).size;
  const misses = [
    ...v
      .filter((r) => r.p.duplicate && r.verdict !== 'duplicate')
      .map((r) => `missed ${r.p.query.id} (p ${r.prob.toFixed(2)}): ${r.p.query.note}`),
    ...flagged
      .filter((r) => !r.p.duplicate)
      .map((r) => `wrongly ${r.p.query.id} (${r.p.query.label}) ~ ${r.p.original.id} (p ${r.prob.toFixed(2)})`),
  ];
  const same = v.filter((r) => r.p.sameSubject),
    other = v.filter((r) => !r.p.sameSubject);
  return {
    tp,
    fp,
    fn,
    f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    relatedQueries: new Set(pairs.filter((p) => p.query.label === 'related').map((p) => p.query.id)).size,
    relatedMarkedDuplicate: queriesFlagged('related'),
    unrelatedMarkedDuplicate: queriesFlagged('unrelated'),
    sameSubjectMarked: same.filter((r) => r.verdict !== null).length,
    sameSubjectPairs: same.length,
    otherSubjectMarked: other.filter((r) => r.verdict !== null).length,
    otherSubjectPairs: other.length,
    lowestDuplicate: Math.min(1, ...v.filter((r) => r.p.duplicate).map((r) => r.prob)),
    highestOther: Math.max(0, ...v.filter((r) => !r.p.duplicate).map((r) => r.prob)),
    misses,
  };
}
