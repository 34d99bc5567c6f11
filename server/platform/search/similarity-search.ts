// The query side of a segment: top-k by cosine with MaxScore pruning, term at a time.
import { TF_WEIGHTS, TopK } from './similarity-scoring.js';
import { binarySearch, seek, type Segment } from './similarity-segment.js';

export interface QueryTerm {
  termId: number;
  /** Normalised query weight times the term's idf: a posting adds weight * tfWeight * invNorm. */
  weight: number;
}

export interface SearchLimits {
  /**
   * Collecting ends once the unread terms could add less than this share of the k-th score
   * to a document not yet seen (1: as soon as no such document can reach the top k; lower
   * values read a few more terms, so the partial scores rank the candidates better).
   */
  collect: number;
  /** At most this many candidates, the best partial scores, are completed; all of them are when fewer can still reach the top k. */
  depth: number;
  /** Postings read while collecting, at most: a safety bound for pathological queries. */
  budget: number;
}

/** Reusable accumulators, sized to the largest segment. */
export interface Scratch {
  acc: Float64Array;
  touched: Int32Array;
  mark: Uint8Array;
}

interface Term {
  ti: number;
  w: number;
  ub: number;
  /** w * tfWeight(maxTf): times a document's invNorm, the most this term can add to it. */
  tfb: number;
  start: number;
  end: number;
}

/**
 * Top-k by cosine over one segment, into `top` (which may already hold the tail's hits).
 * MaxScore, term at a time. Terms are read in falling order of their score bound; a few of
 * the best partial candidates are completed early so the k-th score (theta) is known well.
 * Collecting stops once the terms not yet read could add less than `collect` x theta to a
 * document not seen yet; the remaining terms then only complete the candidates: those that
 * can still reach theta (a per-document bound: its norm times the terms' largest weights),
 * at most the `depth` best by partial score, by galloping search in the postings once they
 * are few. Exact when no more than `depth` documents can still reach theta.
 */
export function searchSegment(
  seg: Segment,
  query: QueryTerm[],
  top: TopK,
  skip: ReadonlySet<number> | null,
  limits: SearchLimits,
  scratch: Scratch,
): void {
  // A local alias: under a module loader that turns imports into getters, the hot loops stay plain.
  const tfw = TF_WEIGHTS;
  const terms: Term[] = [];
  for (const q of query) {
    const ti = binarySearch(seg.termIds, q.termId);
    if (ti >= 0) {
      terms.push({
        ti,
        w: q.weight,
        ub: q.weight * seg.maxW[ti]!,
        tfb: q.weight * tfw[seg.maxTf[ti]!]!,
        start: seg.offsets[ti]!,
        end: seg.offsets[ti + 1]!,
      });
    }
  }
  if (!terms.length) return;
  terms.sort((x, y) => y.ub - x.ub);
  const rest = new Float64Array(terms.length + 1);
  const restTf = new Float64Array(terms.length + 1);
  for (let i = terms.length - 1; i >= 0; i--) {
    rest[i] = rest[i + 1]! + terms[i]!.ub;
    restTf[i] = restTf[i + 1]! + terms[i]!.tfb;
  }
  const { acc, touched, mark } = scratch;
  const { postings, invNorm, dead } = seg;
  const eligible = (d: number) => !dead[d] && !(skip && skip.has(d));
  let nTouched = 0,
    processed = 0,
    theta = top.min,
    stop = terms.length,
    exact = true;
  let nextEstimate = Math.max(2048, seg.postings.length >>> 9),
    estimates = 0;

  for (let k = 0; k < terms.length; k++) {
    if (k > 0 && rest[k]! < theta * limits.collect) {
      stop = k;
      break;
    }
    if (processed >= limits.budget) {
      stop = k;
      exact = false;
      break;
    }
    const { w, start, end } = terms[k]!;
    for (let i = start; i < end; i++) {
      const p = postings[i]!;
      const d = p >>> 8;
      if (acc[d] === 0) touched[nTouched++] = d;
      acc[d] += w * tfw[p & 0xff]! * invNorm[d]!;
    }
    processed += end - start;
    if (processed >= nextEstimate && k + 1 < terms.length && estimates < 4) {
      theta = Math.max(theta, estimateKth(seg, terms, k + 1, top, acc, touched, nTouched, eligible));
      nextEstimate = processed * 4;
      estimates++;
    }
  }

  // Candidates: the best partial scores among the documents that can still reach theta
  // (or among all seen, when the budget ended collecting).
  const canReach = (d: number, k: number) => acc[d]! + Math.min(rest[k]!, invNorm[d]! * restTf[k]!) >= theta;
  const cands = exact
    ? reachable(acc, touched, nTouched, limits.depth, dead, skip, invNorm, rest[stop]!, restTf[stop]!, theta)
    : bestLocals(acc, touched, nTouched, limits.depth, eligible);
  let sorted = false;
  for (let k = stop; k < terms.length && cands.length; k++) {
    const t = terms[k]!;
    const len = t.end - t.start;
    const seekCost = (n: number) => n * Math.max(1, Math.log2(len / n + 1)) * 3;
    if (exact && seekCost(cands.length) >= len) {
      // Pruning costs one pass over the candidates: worth it when it may spare a scan.
      let n = 0;
      for (const d of cands) if (canReach(d, k)) cands[n++] = d;
      cands.length = n;
    }
    if (seekCost(cands.length) < len) {
      if (!sorted) {
        cands.sort((a, b) => a - b);
        sorted = true;
      }
      let at = t.start;
      for (let c = 0; c < cands.length && at < t.end; c++) {
        const d = cands[c]!;
        at = seek(postings, at, t.end, d);
        if (at < t.end && postings[at]! >>> 8 === d) acc[d] += t.w * tfw[postings[at]! & 0xff]! * invNorm[d]!;
      }
    } else {
      for (const d of cands) mark[d] = 1;
      for (let i = t.start; i < t.end; i++) {
        const p = postings[i]!;
        const d = p >>> 8;
        if (mark[d]) acc[d] += t.w * tfw[p & 0xff]! * invNorm[d]!;
      }
      for (const d of cands) mark[d] = 0;
    }
  }
  for (const d of cands) top.push(seg.ids[d]!, acc[d]!);
  for (let i = 0; i < nTouched; i++) acc[touched[i]!] = 0;
}

/**
 * A lower bound of the final k-th score: the best partial candidates completed over the
 * terms not yet read (their true scores), together with the hits already held.
 */
function estimateKth(
  seg: Segment,
  terms: Term[],
  from: number,
  top: TopK,
  acc: Float64Array,
  touched: Int32Array,
  n: number,
  eligible: (d: number) => boolean,
): number {
  const tfw = TF_WEIGHTS;
  const best = bestLocals(acc, touched, n, Math.max(2 * top.k, 16), eligible).sort((a, b) => a - b);
  const full = Float64Array.from(best, (d) => acc[d]!);
  const { postings, invNorm } = seg;
  for (let k = from; k < terms.length; k++) {
    const t = terms[k]!;
    let at = t.start;
    for (let c = 0; c < best.length && at < t.end; c++) {
      at = seek(postings, at, t.end, best[c]!);
      if (at < t.end && postings[at]! >>> 8 === best[c])
        full[c] += t.w * tfw[postings[at]! & 0xff]! * invNorm[best[c]!]!;
    }
  }
  const kth = new TopK(top.k);
  for (let i = 0; i < top.size; i++) kth.push(top.ids[i]!, top.scores[i]!);
  // Negative ids keep these apart from the held hits' external ids; only scores matter here.
  best.forEach((d, c) => kth.push(-1 - d, full[c]!));
  return kth.min;
}

function bestLocals(
  acc: Float64Array,
  touched: Int32Array,
  n: number,
  depth: number,
  eligible: (d: number) => boolean,
): number[] {
  const best = new TopK(depth);
  let floor = -1;
  for (let i = 0; i < n; i++) {
    const d = touched[i]!;
    const a = acc[d]!;
    if (a > floor && eligible(d)) {
      best.push(d, a);
      if (best.size >= depth) floor = best.scores[0]!;
    }
  }
  return Array.from(best.ids.subarray(0, best.size));
}

/**
 * bestLocals with `eligible(d) && canReach(d, stop)` written out: the candidates' pass runs over
 * every document touched (tens of thousands per query at 100 000 opinions), and the two
 * closures per document cost as much as the rest of it. Same tests (pure, so in any order), same result.
 */
function reachable(
  acc: Float64Array,
  touched: Int32Array,
  n: number,
  depth: number,
  dead: Uint8Array,
  skip: ReadonlySet<number> | null,
  invNorm: Float32Array,
  rest: number,
  restTf: number,
  theta: number,
): number[] {
  const best = new TopK(depth);
  let floor = -1;
  for (let i = 0; i < n; i++) {
    const d = touched[i]!;
    const a = acc[d]!;
    // The bound first: it turns most documents away, before a look-up in `skip`.
    if (a > floor && a + Math.min(rest, invNorm[d]! * restTf) >= theta && !dead[d] && !(skip && skip.has(d))) {
      best.push(d, a);
      if (best.size >= depth) floor = best.scores[0]!;
    }
  }
  return Array.from(best.ids.subarray(0, best.size));
}
