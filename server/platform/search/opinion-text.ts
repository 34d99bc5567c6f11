// An opinion as the grouping reads it: its paper form (what is wrong, then what it asks for),
// its whole-text vector for the similarity index, and its characters (a two-line opinion shares
// few whole words with its paraphrase, but many characters).
import type { ParsedText, StructuredText } from './duplicate-text.js';
import { termVector, type TermVector } from './similarity-scoring.js';

export interface OpinionText {
  title: string;
  body: string;
}

/**
 * Where an opinion's ask begins: 建议, 希望, 请, 能不能… An opinion says what is wrong, then
 * what to do; the office groups by what to do.
 */
const ASK_CUE = /建议|希望|请求|恳请|请|能不能|能否|可否|求|呼吁|要求|麻烦|盼|应该|应当|必须|赶紧|尽快/u;

/**
 * An opinion in the paper form the comparison reads: the title, what is wrong as the reasons,
 * and what it asks for as the suggestions (from the first ask word on; the whole body when it
 * has none), so the verdict's ask features weigh the remedy.
 */
export function opinionStructured(t: OpinionText): StructuredText {
  const body = t.body.trim();
  const at = body.search(ASK_CUE);
  if (at <= 0) return { title: t.title, suggestions: body };
  return { title: t.title, reasons: body.slice(0, at), suggestions: body.slice(at) };
}

export function opinionVector(t: OpinionText): TermVector {
  return termVector(`${t.title}\n${t.body}`);
}

/** Per code point: 0 not yet tested, 1 a Han character, letter or digit counted, 2 not. */
let counted: Uint8Array | null = null;

/** The Han characters, letters and digits of a text, each with its count. */
export function charCounts(t: OpinionText): Map<number, number> {
  // The class of each code point is tested once (the regular expression per character was
  // a few per cent of a 100 000-opinion grouping).
  counted ??= new Uint8Array(0x110000);
  const out = new Map<number, number>();
  for (const c of `${t.title}${t.body}`.normalize('NFKC').toLowerCase()) {
    const k = c.codePointAt(0)!;
    if (!counted[k]) counted[k] = /[\p{Script=Han}a-z0-9]/u.test(c) ? 1 : 2;
    if (counted[k] === 1) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

const NOTHING = new Map<never, number>();

/** A parsed text reduced to what pairFeatures reads of it beside the vectors: the asks' figures. */
export function slim(p: ParsedText): ParsedText {
  return {
    title: '',
    titleWords: NOTHING,
    titleChars: NOTHING,
    asks: p.asks.map(() => ({ text: '', words: NOTHING, chars: NOTHING })),
    askFigures: p.askFigures,
    figures: [],
    parts: [],
  };
}
