// The labelled pairs the likely-duplicate model is fitted and measured on: each query of a
// split against the originals the app would compare it with in detail (its best few by the
// whole-text cosine, as the similar-proposal search ranks them), plus its own original when
// the ranking missed it. Document frequencies over every labelled text, as if all were on file.
import {
  cosine,
  pairFeatures,
  weigh,
  wholeVector,
  type Idf,
  type Vec,
  type WeighedText,
} from '../../server/platform/search/duplicate-features.js';
import { parseText, type ParsedText } from '../../server/platform/search/duplicate-text.js';
import { idf as smoothedIdf, termVector } from '../../server/platform/search/similarity-scoring.js';
import { DETAILED_CANDIDATES } from '../../server/platform/search/duplicate-verdict.js';
import { ORIGINALS, QUERIES, textOf, type Original, type Query, type Split } from './index.js';

export interface LabelledPair {
  query: Query;
  original: Original;
  /** The query repeats this original (label `duplicate` and `of` is it). */
  duplicate: boolean;
  /** The query is on this original's subject. */
  sameSubject: boolean;
  x: number[];
  asks: number[][];
}

let parsed: Map<string, ParsedText> | null = null;
function parsedTexts(): Map<string, ParsedText> {
  parsed ??= new Map([...ORIGINALS, ...QUERIES].map((t) => [t.id, parseText(t)]));
  return parsed;
}

/** Smoothed idf with document frequencies over the 266 labelled texts, counted as the index counts them. */
export function labelledIdf(): Idf {
  const df = new Map<string, number>();
  const texts = [...ORIGINALS, ...QUERIES];
  for (const p of texts) for (const t of termVector(textOf(p)).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return (t) => smoothedIdf(texts.length, df.get(t) ?? 0);
}

export function labelledPairs(split: Split, idf: Idf = labelledIdf(), k = DETAILED_CANDIDATES): LabelledPair[] {
  const texts = parsedTexts();
  const weighed = new Map<string, { parts: WeighedText; whole: Vec }>();
  const byId = new Map([...ORIGINALS, ...QUERIES].map((t) => [t.id, t]));
  const w = (id: string) => {
    let v = weighed.get(id);
    if (!v) weighed.set(id, (v = { parts: weigh(texts.get(id)!, idf), whole: wholeVector(byId.get(id)!, idf) }));
    return v;
  };
  const out: LabelledPair[] = [];
  for (const query of QUERIES.filter((q) => q.split === split)) {
    const q = w(query.id);
    const features = ORIGINALS.map((original) => {
      const o = w(original.id);
      return { original, ...pairFeatures(q.parts, o.parts, cosine(q.whole, o.whole)) };
    });
    // Ranked by the whole-text cosine (feature 0), best first; ties by id for a stable order.
    const ranked = [...features].sort((a, b) => b.x[0]! - a.x[0]! || (a.original.id < b.original.id ? -1 : 1));
    const chosen = ranked.slice(0, k);
    const own = features.find((f) => f.original.id === query.of);
    if (own && !chosen.includes(own)) chosen.push(own);
    for (const f of chosen)
      out.push({
        query,
        original: f.original,
        duplicate: query.label === 'duplicate' && query.of === f.original.id,
        sameSubject: query.subject === f.original.subject,
        x: f.x,
        asks: f.asks,
      });
  }
  return out;
}
