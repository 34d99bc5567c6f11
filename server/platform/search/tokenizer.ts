// Chinese text to terms, with jieba. Two cuts: `terms` (words, for similarity: stop words
// and single characters dropped, synonyms folded to one form) and `searchTokens` (the
// finer search-engine cut, for full-text indexes and queries).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { createHash } from 'node:crypto';
import { DOMAIN_WORDS, STOP_WORDS, SYNONYMS } from './lexicon.js';

let jieba: Jieba | null = null;
function cutter(): Jieba {
  // Loading the dictionary takes ~150 ms: do it once, on first use.
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // Teach jieba the domain's compound words so a synonym is cut as one word and folds.
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 200000 n`).join('\n')));
  }
  return jieba;
}

/** NFKC folds full-width letters and digits; case is folded too. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

function clean(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tokens) {
    const t = raw.trim();
    if (!t || !WORD.test(t)) continue;
    out.push(t);
  }
  return out;
}

/** The plain cut of the normalised text: every word, punctuation included, in order. */
export function cutWords(text: string): string[] {
  return cutter().cut(normalizeText(text), true);
}

/** The same cut with each word's part of speech (jieba's tags: ns place, nt body, n noun, v verb…). */
export function cutTagged(text: string): { word: string; tag: string }[] {
  return cutter().tag(normalizeText(text), true);
}

/** Words for similarity: no stop words, no lone characters, synonyms folded. */
export function terms(text: string): string[] {
  return termsOfWords(cutWords(text));
}

/** `terms` of a text already cut by `cutWords`. */
export function termsOfWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of clean(words)) {
    if ([...t].length < 2 && !/^\d+$/.test(t)) continue;
    if (STOP_WORDS.has(t)) continue;
    out.push(SYNONYMS.get(t) ?? t);
  }
  return out;
}

/** Tokens for a full-text index or query: the search-engine cut (words and their parts). */
export function searchTokens(text: string): string[] {
  return clean(cutter().cutForSearch(normalizeText(text), true));
}

/**
 * Fingerprint of a text for exact-duplicate detection: the same words in the same order,
 * whatever the punctuation, spacing, width or case.
 */
export function contentHash(text: string): string {
  const compact = normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, '');
  return createHash('sha256').update(compact).digest('hex');
}
