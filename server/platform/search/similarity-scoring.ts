// How two texts are compared: term vectors over the jieba `terms()` of a text, TF-IDF
// weighted (sublinear tf, smoothed idf over the whole collection) and compared by cosine.
// `bruteForceTopK` scores every document this plain way: it is the reference the
// similarity index is measured against, so the index must use exactly these formulas.
import { createHash } from 'node:crypto';
import { STOP_WORDS, SYNONYMS } from './lexicon.js';
import { terms } from './tokenizer.js';

/** term -> how often it occurs in one text (capped at 255: a packed posting keeps 8 bits). */
export type TermVector = Map<string, number>;

export const MAX_TF = 255;

/** Changes with the lexicon: a vector stored under another version is recomputed from its text. */
export const VECTOR_VERSION = createHash('sha256')
  .update(JSON.stringify([[...STOP_WORDS], [...SYNONYMS]]))
  .digest('hex')
  .slice(0, 8);

export function termVector(text: string): TermVector {
  const v: TermVector = new Map();
  for (const raw of terms(text)) {
    // Whitespace and ':' separate entries in the stored form; a term never contains them.
    const t = raw.replace(/[\s:]/g, '');
    if (t) v.set(t, Math.min(MAX_TF, (v.get(t) ?? 0) + 1));
  }
  return v;
}

/** Text form: "term term:3 …", sorted so equal vectors are equal text. */
export function encodeVector(v: TermVector): string {
  return [...v]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([t, n]) => (n > 1 || t.includes(':') ? `${t}:${n}` : t))
    .join(' ');
}

/** Stored form (proposal_vectors.terms): "@<lexicon version> " then the text form. */
export function storedVector(v: TermVector): string {
  return `@${VECTOR_VERSION} ${encodeVector(v)}`;
}

/** The lexicon version a stored vector was cut with (null: none named). */
export function storedVersion(s: string): string | null {
  return s.startsWith('@') ? s.slice(1, s.indexOf(' ') < 0 ? undefined : s.indexOf(' ')) : null;
}

/** Calls back with each (term, tf) of the text or stored form, without building a map. */
export function forEachTerm(s: string, each: (term: string, tf: number) => void): void {
  let i = 0;
  if (s.startsWith('@')) {
    i = s.indexOf(' ') + 1;
    if (i === 0) return;
  }
  while (i < s.length) {
    let j = s.indexOf(' ', i);
    if (j < 0) j = s.length;
    const colon = s.lastIndexOf(':', j - 1);
    if (colon > i) each(s.slice(i, colon), Math.min(MAX_TF, Number(s.slice(colon + 1, j)) || 1));
    else if (colon < i && j > i) each(s.slice(i, j), 1);
    i = j + 1;
  }
}

/** Reads the text or the stored form. */
export function decodeVector(s: string): TermVector {
  const v: TermVector = new Map();
  forEachTerm(s, (t, n) => v.set(t, n));
  return v;
}

/** Sublinear term frequency: the tenth mention of a word adds little over the third. */
export function tfWeight(tf: number): number {
  return tf > 0 ? 1 + Math.log(tf) : 0;
}

/** Term-frequency weights by count, for the packed postings. */
export const TF_WEIGHTS: Float64Array = Float64Array.from({ length: MAX_TF + 1 }, (_, i) => tfWeight(i));

/** Smoothed inverse document frequency: `n` documents in the collection, `df` of them hold the term. */
export function idf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}

export interface Hit {
  id: number;
  score: number;
}

/** Keeps the k best (id, score) pairs: a min-heap on score; on equal scores the lower id ranks first. */
export class TopK {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  size = 0;
  constructor(readonly k: number) {
    this.ids = new Int32Array(Math.max(1, k));
    this.scores = new Float64Array(Math.max(1, k));
  }

  get full(): boolean {
    return this.size >= this.k;
  }

  /** The k-th best score so far (0 until k are held). */
  get min(): number {
    return this.full ? this.scores[0]! : 0;
  }

  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!,
      sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.ids[a]! > this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const i = this.ids[a]!,
      s = this.scores[a]!;
    this.ids[a] = this.ids[b]!;
    this.scores[a] = this.scores[b]!;
    this.ids[b] = i;
    this.scores[b] = s;
  }

  push(id: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size >= this.k) {
      const s0 = this.scores[0]!;
      if (score < s0 || (score === s0 && id >= this.ids[0]!)) return;
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
      return;
    }
    let i = this.size++;
    this.ids[i] = id;
    this.scores[i] = score;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(start: number): void {
    let i = start;
    for (;;) {
      const l = 2 * i + 1,
        r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** Best first. */
  sorted(): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < this.size; i++) out.push({ id: this.ids[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.id - b.id);
  }
}

export interface ScoredDoc {
  id: number;
  orgId: number;
  vector: TermVector;
}

export interface TopKOptions {
  orgId: number;
  k: number;
  exclude?: ReadonlySet<number>;
}

/** Collection statistics the scores depend on: how many documents, and how many hold each term. */
export interface CollectionStats {
  n: number;
  df: Map<string, number>;
  /** Document norms already computed under these statistics (they do not depend on the query). */
  norms?: WeakMap<TermVector, number>;
}

export function collectionStats(docs: Iterable<{ vector: TermVector }>): CollectionStats {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const t of d.vector.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { n, df, norms: new WeakMap() };
}

/**
 * The exact ranking: cosine of the query against every document of the organisation, with
 * document frequencies counted over the whole collection (every organisation), as the index
 * counts them. Slow on purpose: tests and the benchmark compare the index with it. `docs`
 * may hold only the organisation's documents when `stats` covers the whole collection.
 */
export function bruteForceTopK(
  docs: Iterable<ScoredDoc>,
  query: TermVector,
  opts: TopKOptions,
  stats: CollectionStats = collectionStats(docs),
): Hit[] {
  const idfOf = (t: string) => idf(stats.n, stats.df.get(t) ?? 0);
  const q: [string, number][] = [];
  let qNorm = 0;
  for (const [t, tf] of query) {
    const w = tfWeight(tf) * idfOf(t);
    q.push([t, w * idfOf(t)]);
    qNorm += w * w;
  }
  const top = new TopK(opts.k);
  if (qNorm === 0) return [];
  qNorm = Math.sqrt(qNorm);
  const norms = (stats.norms ??= new WeakMap());
  for (const d of docs) {
    if (d.orgId !== opts.orgId || opts.exclude?.has(d.id)) continue;
    let dot = 0;
    for (const [t, qw] of q) {
      const tf = d.vector.get(t);
      if (tf) dot += qw * tfWeight(tf);
    }
    if (dot <= 0) continue;
    let norm = norms.get(d.vector);
    if (norm === undefined) {
      norm = 0;
      for (const [t, tf] of d.vector) norm += (tfWeight(tf) * idfOf(t)) ** 2;
      norms.set(d.vector, (norm = Math.sqrt(norm)));
    }
    top.push(d.id, dot / (qNorm * norm));
  }
  return top.sorted();
}

/**
 * recall@k of `found` against the exact ranking `exact` (which should hold more than k
 * hits): a found document counts when it is in the exact top k or ties with its k-th score.
 */
export function recallAtK(found: readonly Hit[], exact: readonly Hit[], k: number): number {
  const want = exact.slice(0, k);
  if (!want.length) return 1;
  const kth = want[want.length - 1]!.score;
  const exactScore = new Map(exact.map((h) => [h.id, h.score]));
  let hits = 0;
  for (const h of found.slice(0, k)) {
    const s = exactScore.get(h.id);
    if (s !== undefined && s >= kth - 1e-9) hits++;
  }
  return Math.min(1, hits / want.length);
}
