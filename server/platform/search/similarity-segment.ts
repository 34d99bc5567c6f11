// One organisation's documents as an immutable inverted index in flat typed arrays (CSR):
// for every term its postings, each a Uint32 packing (local doc << 8 | tf). Four bytes per
// (document, distinct term) and a few per document; no per-document objects. Changes go to
// the shard's tail and are folded in by `mergeSegment`; removals only mark documents dead.
import { TF_WEIGHTS } from './similarity-scoring.js';

export interface Segment {
  /** local doc -> external id, ascending. */
  ids: Int32Array;
  /** Global term ids present, ascending; `offsets[i]..offsets[i+1]` are term i's postings. */
  termIds: Int32Array;
  offsets: Uint32Array;
  postings: Uint32Array;
  /** 1 / |d| under the idf of `normN`. */
  invNorm: Float32Array;
  /** Per term: the largest tfWeight * invNorm of its postings (the score bound of MaxScore). */
  maxW: Float32Array;
  /** Per term: its largest term frequency (a per-document bound is invNorm[d] * tfWeight(maxTf)). */
  maxTf: Uint8Array;
  dead: Uint8Array;
  deadCount: number;
  normN: number;
}

/** Forward documents handed to the builder: doc i's packed (term << 8 | tf) entries are entries[docStart[i]..docStart[i+1]). */
export interface ForwardDocs {
  ids: Int32Array;
  docStart: Uint32Array;
  entry(i: number): number;
}

export type IdfOf = (termId: number) => number;

export function emptySegment(): Segment {
  return {
    ids: new Int32Array(0),
    termIds: new Int32Array(0),
    offsets: new Uint32Array(1),
    postings: new Uint32Array(0),
    invNorm: new Float32Array(0),
    maxW: new Float32Array(0),
    maxTf: new Uint8Array(0),
    dead: new Uint8Array(0),
    deadCount: 0,
    normN: 0,
  };
}

/** Builds a segment from documents already sorted by id; `vocabSize` bounds the term ids. */
export function buildSegment(docs: ForwardDocs, vocabSize: number): Segment {
  const nDocs = docs.ids.length;
  const total = docs.docStart[nDocs]!;
  const counts = new Uint32Array(vocabSize);
  for (let i = 0; i < total; i++) counts[docs.entry(i) >>> 8]!++;
  let nTerms = 0;
  for (let t = 0; t < vocabSize; t++) if (counts[t]) nTerms++;
  const termIds = new Int32Array(nTerms);
  const offsets = new Uint32Array(nTerms + 1);
  // counts becomes the write cursor of each term.
  for (let t = 0, i = 0, at = 0; t < vocabSize; t++) {
    const c = counts[t]!;
    if (!c) continue;
    termIds[i] = t;
    offsets[i] = at;
    counts[t] = at;
    at += c;
    offsets[++i] = at;
  }
  const postings = new Uint32Array(total);
  for (let d = 0; d < nDocs; d++) {
    for (let i = docs.docStart[d]!, end = docs.docStart[d + 1]!; i < end; i++) {
      const e = docs.entry(i);
      postings[counts[e >>> 8]!++] = (d << 8) | (e & 0xff);
    }
  }
  return {
    ids: docs.ids,
    termIds,
    offsets,
    postings,
    invNorm: new Float32Array(nDocs),
    maxW: new Float32Array(nTerms),
    maxTf: new Uint8Array(nTerms),
    dead: new Uint8Array(nDocs),
    deadCount: 0,
    normN: 0,
  };
}

/** Recomputes every document norm and term bound under the current idf. */
export function renormSegment(seg: Segment, idfOf: IdfOf, n: number): void {
  const tfw = TF_WEIGHTS;
  const sumSq = new Float64Array(seg.ids.length);
  const { termIds, offsets, postings } = seg;
  for (let ti = 0; ti < termIds.length; ti++) {
    const w = idfOf(termIds[ti]!);
    for (let i = offsets[ti]!, end = offsets[ti + 1]!; i < end; i++) {
      const p = postings[i]!;
      const x = tfw[p & 0xff]! * w;
      sumSq[p >>> 8] += x * x;
    }
  }
  for (let d = 0; d < sumSq.length; d++) seg.invNorm[d] = sumSq[d]! > 0 ? 1 / Math.sqrt(sumSq[d]!) : 0;
  for (let ti = 0; ti < termIds.length; ti++) {
    let m = 0,
      tf = 0;
    for (let i = offsets[ti]!, end = offsets[ti + 1]!; i < end; i++) {
      const p = postings[i]!;
      const x = tfw[p & 0xff]! * seg.invNorm[p >>> 8]!;
      if (x > m) m = x;
      if ((p & 0xff) > tf) tf = p & 0xff;
    }
    seg.maxW[ti] = m;
    seg.maxTf[ti] = tf;
  }
  seg.normN = n;
}

export function localOf(seg: Segment, id: number): number {
  let lo = 0,
    hi = seg.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = seg.ids[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First posting index in [from, end) whose document is >= local (galloping, then binary search). */
export function seek(postings: Uint32Array, from: number, end: number, local: number): number {
  let step = 1,
    lo = from,
    hi = from;
  while (hi < end && postings[hi]! >>> 8 < local) {
    lo = hi + 1;
    hi += step;
    step <<= 1;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! >>> 8 < local) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Marks a document dead (false if it was already); its terms are released later, many at once (`termCounts`). */
export function markDead(seg: Segment, local: number): boolean {
  if (seg.dead[local]) return false;
  seg.dead[local] = 1;
  seg.deadCount++;
  return true;
}

/**
 * Calls back (term id, how many of `locals` hold it): a galloping search per term through
 * the documents when they are few, else one pass over all postings.
 */
export function termCounts(seg: Segment, locals: number[], each: (termId: number, count: number) => void): void {
  const { termIds, offsets, postings } = seg;
  if (!locals.length) return;
  if (locals.length * termIds.length * Math.log2(postings.length / Math.max(1, termIds.length) + 2) < postings.length) {
    const sorted = [...locals].sort((x, y) => x - y);
    for (let ti = 0; ti < termIds.length; ti++) {
      const end = offsets[ti + 1]!;
      let at = offsets[ti]!,
        c = 0;
      for (const d of sorted) {
        at = seek(postings, at, end, d);
        if (at >= end) break;
        if (postings[at]! >>> 8 === d) c++;
      }
      if (c) each(termIds[ti]!, c);
    }
    return;
  }
  const mark = new Uint8Array(seg.ids.length);
  for (const d of locals) mark[d] = 1;
  for (let ti = 0; ti < termIds.length; ti++) {
    let c = 0;
    for (let i = offsets[ti]!, end = offsets[ti + 1]!; i < end; i++) c += mark[postings[i]! >>> 8]!;
    if (c) each(termIds[ti]!, c);
  }
}

/**
 * Folds sorted new documents into a segment: live documents keep their order, the new ones
 * slot in by id, dead ones are dropped. Works list by list (no forward copy of the whole
 * segment), so the transient memory is the old plus the new arrays.
 */
export function mergeSegment(old: Segment, added: ForwardDocs, vocabSize: number): Segment {
  const fresh = buildSegment(added, vocabSize);
  const nOld = old.ids.length,
    nNew = fresh.ids.length;
  const ids = new Int32Array(nOld - old.deadCount + nNew);
  const oldTo = new Int32Array(nOld).fill(-1);
  const newTo = new Int32Array(nNew);
  for (let a = 0, b = 0, at = 0; a < nOld || b < nNew;) {
    if (a < nOld && old.dead[a]) {
      a++;
      continue;
    }
    if (b >= nNew || (a < nOld && old.ids[a]! < fresh.ids[b]!)) {
      oldTo[a] = at;
      ids[at++] = old.ids[a++]!;
    } else {
      newTo[b] = at;
      ids[at++] = fresh.ids[b++]!;
    }
  }
  let liveOld = 0;
  for (let i = 0; i < old.postings.length; i++) if (oldTo[old.postings[i]! >>> 8]! >= 0) liveOld++;
  const postings = new Uint32Array(liveOld + fresh.postings.length);
  const termList: number[] = [];
  const offsetList: number[] = [0];
  let at = 0,
    a = 0,
    b = 0;
  while (a < old.termIds.length || b < fresh.termIds.length) {
    const ta = a < old.termIds.length ? old.termIds[a]! : Infinity;
    const tb = b < fresh.termIds.length ? fresh.termIds[b]! : Infinity;
    const term = Math.min(ta, tb);
    const start = at;
    let i = ta === term ? old.offsets[a]! : 0;
    let j = tb === term ? fresh.offsets[b]! : 0;
    const iEnd = ta === term ? old.offsets[a + 1]! : 0;
    const jEnd = tb === term ? fresh.offsets[b + 1]! : 0;
    while (i < iEnd || j < jEnd) {
      const pi = i < iEnd ? old.postings[i]! : 0;
      const li = i < iEnd ? oldTo[pi >>> 8]! : -1;
      if (i < iEnd && li < 0) {
        i++;
        continue;
      }
      const pj = j < jEnd ? fresh.postings[j]! : 0;
      const lj = j < jEnd ? newTo[pj >>> 8]! : Infinity;
      if (i < iEnd && li < lj) {
        postings[at++] = (li << 8) | (pi & 0xff);
        i++;
      } else {
        postings[at++] = (lj << 8) | (pj & 0xff);
        j++;
      }
    }
    if (ta === term) a++;
    if (tb === term) b++;
    if (at > start) {
      termList.push(term);
      offsetList.push(at);
    }
  }
  return {
    ids,
    termIds: Int32Array.from(termList),
    offsets: Uint32Array.from(offsetList),
    postings,
    invNorm: new Float32Array(ids.length),
    maxW: new Float32Array(termList.length),
    maxTf: new Uint8Array(termList.length),
    dead: new Uint8Array(ids.length),
    deadCount: 0,
    normN: 0,
  };
}

export function binarySearch(arr: Int32Array, v: number): number {
  let lo = 0,
    hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = arr[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
