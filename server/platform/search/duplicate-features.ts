// The evidence that two texts are the same proposal, as numbers: the whole-text cosine the
// similarity index ranks by (given by the caller), and beside it what makes a proposal itself — its asks aligned
// one by one in both directions, the title's ask, the figures. The model (duplicate-model.ts)
// weighs them; the fit script (bench/similarity-labelled/fit.ts) fits the weights.
import { termVector, tfWeight } from './similarity-scoring.js';
import { sameFigure, type Counts, type Figure, type ParsedText, type StructuredText } from './duplicate-text.js';

/** Inverse document frequency of a word in the collection the comparison runs against. */
export type Idf = (term: string) => number;

/**
 * A unit-length weighted vector, its terms as 32-bit hashes in increasing order: cosines are
 * then a merge of two typed arrays (the comparison's hot loop), and no table of every word
 * ever seen grows in memory. Two words sharing a hash would count as one: rare, and harmless
 * to a cosine.
 */
export interface Vec {
  keys: Uint32Array;
  weights: Float64Array;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A parsed text weighed under one collection's statistics (words by TF-IDF, character pairs by TF). */
export interface WeighedText {
  parsed: ParsedText;
  title: Vec;
  suggestions: Vec;
  asks: Vec[];
  askChars: Vec[];
  suggestionChars: Vec;
  titleChars: Vec;
}

export const FEATURES = [
  'whole',
  'title',
  'suggestions',
  'asksCovered',
  'asksCoveredBack',
  'askShare',
  'askShareBack',
  'asksMutual',
  'titleInAsks',
  'titleInSuggestions',
  'figures',
  'askChars',
  'askCharsBack',
  'suggestionChars',
  'titleChars',
] as const;

/** An ask counts as matched when its best counterpart reaches this cosine. */
export const ASK_MATCH = 0.3;

function unit<K>(c: Counts<K>, key: (k: K) => number, weight: (k: K) => number): Vec {
  const entries: [number, number][] = [];
  let n = 0;
  for (const [t, k] of c) {
    const x = tfWeight(k) * weight(t);
    entries.push([key(t), x]);
    n += x * x;
  }
  entries.sort((a, b) => a[0] - b[0]);
  n = Math.sqrt(n) || 1;
  const keys = new Uint32Array(entries.length);
  const weights = new Float64Array(entries.length);
  // Colliding hashes (one in billions of pairs) are added together.
  let m = 0;
  for (const [h, x] of entries) {
    if (m > 0 && keys[m - 1] === h) weights[m - 1] += x / n;
    else {
      keys[m] = h;
      weights[m++] = x / n;
    }
  }
  // Whole arrays when nothing collided (always but once in billions): no second view to allocate.
  if (m === entries.length) return { keys, weights };
  return { keys: keys.subarray(0, m), weights: weights.subarray(0, m) };
}

function sum<K>(cs: Counts<K>[]): Counts<K> {
  const out: Counts<K> = new Map();
  for (const c of cs) for (const [t, k] of c) out.set(t, (out.get(t) ?? 0) + k);
  return out;
}

const one = () => 1;
const same = (k: number) => k;

export function weigh(parsed: ParsedText, idf: Idf): WeighedText {
  const byIdf = (c: Counts) => unit(c, hashOf, idf);
  const byTf = (c: Counts<number>) => unit(c, same, one);
  return {
    parsed,
    title: byIdf(parsed.titleWords),
    suggestions: byIdf(sum(parsed.asks.map((a) => a.words))),
    asks: parsed.asks.map((a) => byIdf(a.words)),
    askChars: parsed.asks.map((a) => byTf(a.chars)),
    suggestionChars: byTf(sum(parsed.asks.map((a) => a.chars))),
    titleChars: byTf(parsed.titleChars),
  };
}

export function cosine(a: Vec, b: Vec): number {
  const ak = a.keys,
    bk = b.keys;
  let s = 0,
    i = 0,
    j = 0;
  while (i < ak.length && j < bk.length) {
    const x = ak[i]!,
      y = bk[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Cosine of every ask of `a` (rows) with every ask of `b` (columns). */
export function askMatrix(a: Vec[], b: Vec[]): number[][] {
  return a.map((x) => b.map((y) => cosine(x, y)));
}

/**
 * The two ask matrices of a pair (words, then character pairs), row after row, reused from
 * pair to pair: a grouping of 100 000 opinions compares millions of pairs, and the nested
 * arrays (and their transposes) were much of its garbage.
 */
let flat = new Float64Array(64);

/** `a` × `b` cosines into `flat` from `at`, rows `a`. */
function fill(a: Vec[], b: Vec[], at: number): void {
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) flat[at + i * b.length + j] = cosine(a[i]!, b[j]!);
}

/**
 * Mean best match of the rows (or of the columns, `byColumns`) of the rows × cols matrix in
 * `flat` from `at`, and the share of them whose best match reaches ASK_MATCH. The best starts
 * at 0, as Math.max(0, …row) did; means are summed in the same order.
 */
function align(at: number, rows: number, cols: number, byColumns: boolean): { mean: number; share: number } {
  const lines = byColumns ? cols : rows,
    across = byColumns ? rows : cols;
  if (!lines) return { mean: 0, share: 0 };
  let s = 0,
    share = 0;
  for (let l = 0; l < lines; l++) {
    let best = 0;
    for (let k = 0; k < across; k++) {
      const x = flat[at + (byColumns ? k * cols + l : l * cols + k)]!;
      if (x > best) best = x;
    }
    s += best;
    if (best >= ASK_MATCH) share++;
  }
  return { mean: s / lines, share: share / lines };
}

/** The share of `a`'s figures that `b` cites too (rounded or updated by up to 6 %). */
export function figureShare(a: Figure[], b: Figure[]): number {
  if (!a.length || !b.length) return 0;
  return a.filter((x) => b.some((y) => sameFigure(x.value, y.value))).length / a.length;
}

/** The feature vector of a pair (pairFeatures' `x`), its word ask matrix left in `flat` from 0. */
export function pairFeatureVector(a: WeighedText, b: WeighedText, whole: number): number[] {
  const rows = a.asks.length,
    cols = b.asks.length,
    size = rows * cols;
  if (flat.length < 2 * size) flat = new Float64Array(4 * size);
  fill(a.asks, b.asks, 0);
  fill(a.askChars, b.askChars, size);
  const fwd = align(0, rows, cols, false),
    back = align(0, rows, cols, true);
  const cfwd = align(size, rows, cols, false),
    cback = align(size, rows, cols, true);
  let titleInAsks = 0;
  for (const ask of b.asks) {
    const x = cosine(a.title, ask);
    if (x > titleInAsks) titleInAsks = x;
  }
  return [
    whole,
    cosine(a.title, b.title),
    cosine(a.suggestions, b.suggestions),
    fwd.mean,
    back.mean,
    fwd.share,
    back.share,
    Math.min(fwd.mean, back.mean),
    titleInAsks,
    cosine(a.title, b.suggestions),
    figureShare(a.parsed.askFigures, b.parsed.askFigures),
    cfwd.mean,
    cback.mean,
    cosine(a.suggestionChars, b.suggestionChars),
    cosine(a.titleChars, b.titleChars),
  ];
}

/**
 * The feature vector of a pair, in the order of FEATURES, and the word cosines of their asks
 * (rows: `a`'s asks) for the reasons shown. `a` is the new text, `b` the one on file, `whole`
 * the cosine of their whole texts (the similarity index's score, or `wholeCosine`).
 */
export function pairFeatures(a: WeighedText, b: WeighedText, whole: number): { x: number[]; asks: number[][] } {
  const x = pairFeatureVector(a, b, whole);
  const cols = b.asks.length;
  const asks = a.asks.map((_, i) => Array.from(flat.subarray(i * cols, (i + 1) * cols)));
  return { x, asks };
}

/** A whole text's TF-IDF vector, as the similarity index weighs it. */
export function wholeVector(t: StructuredText, idf: Idf): Vec {
  return unit(termVector(`${t.title}\n${t.reasons ?? ''}\n${t.suggestions}`), hashOf, idf);
}

/** The whole-text cosine as the similarity index computes it (its score), for two texts alone. */
export function wholeCosine(a: StructuredText, b: StructuredText, idf: Idf): number {
  return cosine(wholeVector(a, idf), wholeVector(b, idf));
}
