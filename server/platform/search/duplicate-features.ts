// The evidence that two texts are the same proposal, as numbers: the whole-text cosine the
// similarity index ranks by, and beside it what makes a proposal itself — its asks aligned
// one by one in both directions, the title's ask, the figures. The model (duplicate-model.ts)
// weighs them; the fit script (bench/similarity-labelled/fit.ts) fits the weights.
import { tfWeight } from './similarity-scoring.js';
import { sameFigure, type Counts, type Figure, type ParsedText } from './duplicate-text.js';

/** Inverse document frequency of a word in the collection the comparison runs against. */
export type Idf = (term: string) => number;

/** A unit-length weighted vector. */
export type Vec = Map<string, number>;

/** A parsed text weighed under one collection's statistics (words by TF-IDF, character pairs by TF). */
export interface WeighedText {
  parsed: ParsedText;
  whole: Vec;
  title: Vec;
  reasons: Vec;
  suggestions: Vec;
  asks: Vec[];
  askChars: Vec[];
  suggestionChars: Vec;
  titleChars: Vec;
}

export const FEATURES = [
  'whole',
  'title',
  'reasons',
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

function unit(c: Counts, weight: (term: string) => number): Vec {
  const v: Vec = new Map();
  let n = 0;
  for (const [t, k] of c) {
    const x = tfWeight(k) * weight(t);
    v.set(t, x);
    n += x * x;
  }
  n = Math.sqrt(n) || 1;
  for (const [t, x] of v) v.set(t, x / n);
  return v;
}

function sum(cs: Counts[]): Counts {
  const out: Counts = new Map();
  for (const c of cs) for (const [t, k] of c) out.set(t, (out.get(t) ?? 0) + k);
  return out;
}

const one = () => 1;

export function weigh(parsed: ParsedText, idf: Idf): WeighedText {
  const byIdf = (c: Counts) => unit(c, idf);
  return {
    parsed,
    whole: byIdf(parsed.wholeWords),
    title: byIdf(parsed.titleWords),
    reasons: byIdf(parsed.reasonWords),
    suggestions: byIdf(sum(parsed.asks.map((a) => a.words))),
    asks: parsed.asks.map((a) => byIdf(a.words)),
    askChars: parsed.asks.map((a) => unit(a.chars, one)),
    suggestionChars: unit(sum(parsed.asks.map((a) => a.chars)), one),
    titleChars: unit(parsed.titleChars, one),
  };
}

export function cosine(a: Vec, b: Vec): number {
  let s = 0;
  const [x, y] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, v] of x) s += v * (y.get(t) ?? 0);
  return s;
}

/** Cosine of every ask of `a` (rows) with every ask of `b` (columns). */
export function askMatrix(a: Vec[], b: Vec[]): number[][] {
  return a.map((x) => b.map((y) => cosine(x, y)));
}

/** Mean best match of the rows, and the share of rows whose best match reaches ASK_MATCH. */
function align(m: number[][]): { mean: number; share: number } {
  if (!m.length) return { mean: 0, share: 0 };
  let s = 0,
    share = 0;
  for (const row of m) {
    const best = Math.max(0, ...row);
    s += best;
    if (best >= ASK_MATCH) share++;
  }
  return { mean: s / m.length, share: share / m.length };
}

const transpose = (m: number[][], cols: number) => Array.from({ length: cols }, (_, j) => m.map((row) => row[j]!));

/** The share of `a`'s figures that `b` cites too (rounded or updated by up to 6 %). */
export function figureShare(a: Figure[], b: Figure[]): number {
  if (!a.length || !b.length) return 0;
  return a.filter((x) => b.some((y) => sameFigure(x.value, y.value))).length / a.length;
}

/**
 * The feature vector of a pair, in the order of FEATURES, and the word cosines of their asks
 * (rows: `a`'s asks) for the reasons shown. `a` is the new text, `b` the one on file.
 */
export function pairFeatures(a: WeighedText, b: WeighedText): { x: number[]; asks: number[][] } {
  const asks = askMatrix(a.asks, b.asks);
  const chars = askMatrix(a.askChars, b.askChars);
  const fwd = align(asks),
    back = align(transpose(asks, b.asks.length));
  const cfwd = align(chars),
    cback = align(transpose(chars, b.askChars.length));
  const x = [
    cosine(a.whole, b.whole),
    cosine(a.title, b.title),
    cosine(a.reasons, b.reasons),
    cosine(a.suggestions, b.suggestions),
    fwd.mean,
    back.mean,
    fwd.share,
    back.share,
    Math.min(fwd.mean, back.mean),
    Math.max(0, ...b.asks.map((ask) => cosine(a.title, ask))),
    cosine(a.title, b.suggestions),
    figureShare(a.parsed.askFigures, b.parsed.askFigures),
    cfwd.mean,
    cback.mean,
    cosine(a.suggestionChars, b.suggestionChars),
    cosine(a.titleChars, b.titleChars),
  ];
  return { x, asks };
}
