// The likely-duplicate verdict (疑似重复) of two texts: is the new one the same proposal
// again (the same concrete asks, in other words) or only on the same subject? One calibrated
// probability from the pair's features (logistic regression, weights fitted offline on the
// hand-labelled set and committed in duplicate-model.ts), a threshold fixed on the fit part,
// and the reasons a reviewer can check: which asks, figures, places and titles coincide.
// Used for similar proposals; written for any text in the paper form (opinions later).
import {
  ASK_MATCH,
  cosine,
  pairFeatures,
  weigh,
  wholeCosine,
  type Idf,
  type WeighedText,
} from './duplicate-features.js';
import { namesIn, parseText, sameFigure, type StructuredText } from './duplicate-text.js';
import { DUPLICATE_MODEL } from './duplicate-model.js';

export type { Idf } from './duplicate-features.js';
export type { ParsedText, StructuredText } from './duplicate-text.js';
export { parseText } from './duplicate-text.js';

/** `duplicate`: 疑似重复 (the same asks); `related`: 同一主题 (the same subject, other asks). */
export type Verdict = 'duplicate' | 'related' | null;

export type DuplicateReason =
  /** An ask of the new text and the ask of the other that says the same. */
  | { kind: 'ask'; ask: string; matched: string; similarity: number }
  /** A figure of the new text, and the other's (rounded or updated by up to 6 %). */
  | { kind: 'figure'; figure: string; matched: string }
  /** A place or named body both name. */
  | { kind: 'name'; name: string }
  /** The titles ask for the same thing. */
  | { kind: 'title'; similarity: number };

export interface DuplicateModel {
  features: readonly string[];
  /** Standardisation of each feature: (x - mean) / scale, from the fit part. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** `duplicate` at this probability or above (fixed on the fit part). */
  threshold: number;
  /** `related` (when not a duplicate) at this whole-text cosine or above (fixed on the fit part). */
  relatedCut: number;
}

export interface Comparison {
  probability: number;
  /** The whole-text cosine (the similarity index's score). */
  similarity: number;
  verdict: Verdict;
  /** What coincides; empty when the verdict is null. */
  reasons: DuplicateReason[];
}

/**
 * How many of the best-ranked candidates a search compares in detail: the original of a
 * reworded duplicate ranks first by the whole-text cosine (all 70 of the labelled set), and
 * parsing a text seen for the first time is the costly step.
 */
export const DETAILED_CANDIDATES = 3;

const MAX_REASONS = 5;
/** The titles "coincide" from this cosine of their character pairs (generic words left out). */
const TITLE_MATCH = 0.5;

export function probabilityOf(x: readonly number[], model: DuplicateModel = DUPLICATE_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

export function verdictOf(probability: number, similarity: number, model: DuplicateModel = DUPLICATE_MODEL): Verdict {
  if (probability >= model.threshold) return 'duplicate';
  return similarity >= model.relatedCut ? 'related' : null;
}

function reasonsOf(a: WeighedText, b: WeighedText, asks: number[][]): DuplicateReason[] {
  const out: DuplicateReason[] = [];
  const titles = cosine(a.titleChars, b.titleChars);
  if (titles >= TITLE_MATCH) out.push({ kind: 'title', similarity: round(titles) });
  const askPairs = asks
    .map((row, i) => {
      const j = row.indexOf(Math.max(...row));
      return { i, j, s: row[j] ?? 0 };
    })
    .filter((m) => m.s >= ASK_MATCH)
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .slice(0, MAX_REASONS);
  for (const m of askPairs)
    out.push({ kind: 'ask', ask: a.parsed.asks[m.i]!.text, matched: b.parsed.asks[m.j]!.text, similarity: round(m.s) });
  const seen = new Set<string>();
  for (const f of a.parsed.figures) {
    const g = b.parsed.figures.find((y) => sameFigure(f.value, y.value));
    if (!g || seen.has(f.text) || seen.size >= MAX_REASONS) continue;
    seen.add(f.text);
    out.push({ kind: 'figure', figure: f.text, matched: g.text });
  }
  const theirs = namesIn(b.parsed);
  const shared = [...namesIn(a.parsed)].filter((n) => theirs.has(n));
  // "清源区东湖小学" says all that "东湖小学" says.
  const longest = shared.filter((n) => !shared.some((m) => m !== n && m.includes(n))).sort();
  for (const name of longest.slice(0, MAX_REASONS)) out.push({ kind: 'name', name });
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Compares a new text `a` with one on file `b`, both parsed and weighed under the same
 * statistics; `similarity` is their whole-text cosine (the similarity index's score).
 */
export function compareWeighed(
  a: WeighedText,
  b: WeighedText,
  similarity: number,
  model: DuplicateModel = DUPLICATE_MODEL,
): Comparison {
  const { x, asks } = pairFeatures(a, b, similarity);
  const probability = probabilityOf(x, model);
  const verdict = verdictOf(probability, similarity, model);
  return {
    probability: round(probability),
    similarity: round(similarity),
    verdict,
    reasons: verdict ? reasonsOf(a, b, asks) : [],
  };
}

/** The narrow interface: is `a` (new) the same proposal as `b` (on file)? */
export function compareTexts(a: StructuredText, b: StructuredText, idf: Idf): Comparison {
  return compareWeighed(weigh(parseText(a), idf), weigh(parseText(b), idf), wholeCosine(a, b, idf));
}
