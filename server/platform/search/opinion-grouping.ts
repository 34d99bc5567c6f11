// Near-duplicate groups of short opinions (意见建议): opinions that ask for the same concrete
// thing in other words. The similarity index gives each new opinion its few most similar
// opinions of the same shard (a campaign's organisation); each pair is described by the
// likely-duplicate features of duplicate-features.ts (the asks, their words and character
// pairs, the title, the whole-text cosine) plus one feature of short texts, the cosine of their
// characters (a two-line opinion shares few whole words with its paraphrase, but many
// characters); a model fitted on the hand-labelled opinions (opinion-model.ts) turns them into
// a probability. A new opinion joins the candidate group whose members it matches best on
// average (average linkage: one close member does not pull in an opinion the rest of the group
// disagrees with), if that average reaches the threshold. Grouping from scratch is the same
// step in arrival order, so the incremental result and a regroup agree.
import { ParsedTextCache } from './duplicate-cache.js';
import { cosine, FEATURES, pairFeatureVector, weigh, type Vec, type WeighedText } from './duplicate-features.js';
import { probabilityOf, type DuplicateModel } from './duplicate-verdict.js';
import type { ParsedText, StructuredText } from './duplicate-text.js';
import { OPINION_MODEL } from './opinion-model.js';
import { SimilarityIndex, type SimilarityIndexOptions } from './similarity-index.js';
import { idf, termVector, tfWeight, type TermVector } from './similarity-scoring.js';

export interface OpinionText {
  title: string;
  body: string;
}

/** The features of a pair of opinions: the proposals' likely-duplicate features, then `chars`. */
export const OPINION_FEATURES = [...FEATURES, 'chars'] as const;

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
function charCounts(t: OpinionText): Map<number, number> {
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

/**
 * The index reads fewer postings than for proposals: an opinion's few words are each in
 * thousands of opinions of a big campaign, and the near-duplicates share its rarest words.
 */
export const INDEX_OPTIONS: SimilarityIndexOptions = {
  minBudget: 20_000,
  budgetShare: 0.02,
  depth: 100,
  keepForward: true,
};

const NOTHING = new Map<never, number>();

/** A parsed text reduced to what pairFeatures reads of it beside the vectors: the asks' figures. */
function slim(p: ParsedText): ParsedText {
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

/** How many of the most similar opinions are looked at for a new one. */
export const CANDIDATES = 8;
/** How many members of a candidate group are compared with it (the first ones, for a big group). */
export const MEMBERS_COMPARED = 4;

export interface Placement {
  /** The group joined (the caller's key), or null: the opinion stays alone… */
  group: number | null;
  /** …or forms a new group with this opinion, alone until now. */
  pairWith: number | null;
  /** The mean probability over the members compared. */
  probability: number;
}

export interface GroupView {
  /** The group an opinion belongs to (the caller's key), or null when alone. */
  groupOf(id: number): number | null;
  /** A group's members (any order; the first MEMBERS_COMPARED are compared). */
  membersOf(group: number): readonly number[];
  /** Opinions the office keeps out of groups, or out of one group; false when allowed. */
  barred?(id: number, group: number | null): boolean;
}

/**
 * The opinions a grouper holds, their texts and index. Texts are kept (a short opinion is a
 * few dozen characters: 100 000 of them are a few megabytes); parsed texts only for the most
 * recently compared (a parsed text is a few kilobytes; parsing is cheap).
 */
export class OpinionGrouper {
  readonly index: SimilarityIndex;
  private readonly texts = new Map<number, OpinionText>();
  private readonly shardOf = new Map<number, number>();
  private readonly cache: ParsedTextCache;
  /**
   * Weighed texts per statistics epoch; cleared when the collection has grown or shrunk by about
   * 10 % (an idf moves by less than 0.1 meanwhile). A finer epoch (2 %) cleared it every 2 000
   * opinions at 100 000, and the placement after each clearing parsed its candidates again: the
   * adding p99 was 33 ms against 20.
   */
  private weighed = new Map<number, WeighedText & { chars: Vec }>();
  private epoch = -1;
  /** Documents holding each character (the characters' idf for `chars`). */
  private readonly charDf = new Map<number, number>();

  constructor(
    readonly model: DuplicateModel = OPINION_MODEL,
    cacheSize = 4096,
    indexOptions: SimilarityIndexOptions = INDEX_OPTIONS,
  ) {
    this.cache = new ParsedTextCache(cacheSize);
    this.index = new SimilarityIndex(indexOptions);
  }

  get size(): number {
    return this.texts.size;
  }

  has(id: number): boolean {
    return this.texts.has(id);
  }

  textOf(id: number): OpinionText | undefined {
    return this.texts.get(id);
  }

  private count(t: OpinionText, by: number): void {
    for (const c of charCounts(t).keys()) this.charDf.set(c, (this.charDf.get(c) ?? 0) + by);
  }

  /** Adds (or replaces) an opinion of `shard` (the caller's key for a campaign's organisation). */
  add(id: number, shard: number, text: OpinionText): void {
    this.remove(id);
    this.texts.set(id, text);
    this.shardOf.set(id, shard);
    this.count(text, 1);
    this.index.upsert(id, shard, opinionVector(text));
  }

  remove(id: number): void {
    const old = this.texts.get(id);
    if (!old) return;
    this.count(old, -1);
    this.texts.delete(id);
    this.shardOf.delete(id);
    this.weighed.delete(id);
    this.index.remove(id);
  }

  /** Loads many opinions at once (one index build per shard). */
  load(rows: Iterable<{ id: number; shard: number; text: OpinionText }>): void {
    const bulk = this.index.bulk();
    for (const r of rows) {
      if (this.texts.has(r.id)) this.count(this.texts.get(r.id)!, -1);
      this.texts.set(r.id, r.text);
      this.shardOf.set(r.id, r.shard);
      this.count(r.text, 1);
      bulk.add(r.id, r.shard, opinionVector(r.text));
    }
    bulk.finish();
  }

  private parsed(id: number): ParsedText {
    const text = this.texts.get(id)!;
    const key = `${text.title}\u0000${text.body}`;
    return this.cache.get(id, key) ?? this.cache.parse(id, key, opinionStructured(text));
  }

  /** The index size the epoch was last worked out for: two logarithms per comparison otherwise. */
  private epochSize = -1;

  private weighedOf(id: number): WeighedText & { chars: Vec } {
    const size = this.index.size;
    const epoch = size === this.epochSize ? this.epoch : Math.round(Math.log(size + 1) / Math.log(1.1));
    this.epochSize = size;
    if (epoch !== this.epoch) {
      this.weighed = new Map();
      this.epoch = epoch;
    }
    let w = this.weighed.get(id);
    if (!w) {
      const full = weigh(this.parsed(id), this.index.termIdf);
      // Kept without the parsed text's maps (a few kilobytes each, the most of a grouper's
      // memory at 100 000 opinions): the comparison reads only the vectors and the figures.
      w = { ...full, parsed: slim(full.parsed), chars: this.charVector(this.texts.get(id)!) };
      if (this.weighed.size < 200_000) this.weighed.set(id, w);
    }
    return w;
  }

  /** The characters' TF-IDF vector, unit length, keys in increasing order (for `cosine`). */
  private charVector(t: OpinionText): Vec {
    const n = this.texts.size;
    const counts = [...charCounts(t)].sort((a, b) => a[0] - b[0]);
    const keys = new Uint32Array(counts.length);
    const weights = new Float64Array(counts.length);
    let norm = 0;
    counts.forEach(([c, k], i) => {
      keys[i] = c;
      weights[i] = tfWeight(k) * idf(n, this.charDf.get(c) ?? 0);
      norm += weights[i]! * weights[i]!;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { keys, weights };
  }

  /** The features of a pair of held opinions (OPINION_FEATURES), `similarity` their whole-text cosine. */
  features(a: number, b: number, similarity: number): number[] {
    const x = this.weighedOf(a),
      y = this.weighedOf(b);
    const features = pairFeatureVector(x, y, similarity);
    features.push(cosine(x.chars, y.chars));
    return features;
  }

  /** The probability that two held opinions ask for the same thing. */
  probability(a: number, b: number, similarity: number): number {
    return probabilityOf(this.features(a, b, similarity), this.model);
  }

  /** The CANDIDATES most similar opinions of `id`'s shard, with their whole-text cosine. */
  candidates(id: number, among?: (other: number) => boolean): { id: number; similarity: number }[] {
    const shard = this.shardOf.get(id);
    const text = this.texts.get(id);
    if (shard === undefined || !text) return [];
    const opts = { orgId: shard, k: among ? 2 * CANDIDATES : CANDIDATES, exclude: new Set([id]) };
    // The index's copy of its terms when it keeps one: the text is not cut again.
    const hits = this.index.queryHeld(id, opts) ?? this.index.query(opinionVector(text), opts);
    const out: { id: number; similarity: number }[] = [];
    for (const h of hits) {
      if (among && !among(h.id)) continue;
      if (out.length >= CANDIDATES) break;
      out.push({ id: h.id, similarity: h.score });
    }
    return out;
  }

  /**
   * Where a held opinion goes among the groups `view` describes: the candidate group (or lone
   * opinion) it matches best on average over the members compared, if at the threshold.
   * `hits` are its candidates when the caller has asked for them already (to read their groups).
   */
  place(
    id: number,
    view: GroupView,
    among?: (other: number) => boolean,
    hits: readonly { id: number; similarity: number }[] = this.candidates(id, among),
  ): Placement {
    const none: Placement = { group: null, pairWith: null, probability: 0 };
    if (view.barred?.(id, null)) return none;
    const score = new Map(hits.map((h) => [h.id, h.similarity]));
    const seen = new Set<string>();
    let best = none;
    for (const h of hits) {
      const group = view.groupOf(h.id);
      const key = group === null ? `o${h.id}` : `g${group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (view.barred?.(id, group) || (group === null && view.barred?.(h.id, null))) continue;
      const members = group === null ? [h.id] : view.membersOf(group).slice(0, MEMBERS_COMPARED);
      let sum = 0;
      for (const m of members) sum += this.probability(id, m, score.get(m) ?? 0);
      const p = sum / Math.max(1, members.length);
      if (p >= this.model.threshold && p > best.probability)
        best =
          group === null ? { group: null, pairWith: h.id, probability: p } : { group, pairWith: null, probability: p };
    }
    return best;
  }

  /**
   * The member of `ids` most like the others (the medoid by the character cosine): the
   * representative text of a group. Ties go to the smallest id.
   */
  representative(ids: readonly number[]): number | null {
    const held = [...ids].filter((id) => this.texts.has(id)).sort((a, b) => a - b);
    if (!held.length) return null;
    if (held.length <= 2) return held[0]!;
    const vectors = held.map((id) => this.weighedOf(id).chars);
    let best = held[0]!,
      bestScore = -1;
    for (let i = 0; i < held.length; i++) {
      let s = 0;
      for (let j = 0; j < held.length; j++) if (i !== j) s += cosine(vectors[i]!, vectors[j]!);
      if (s > bestScore) {
        bestScore = s;
        best = held[i]!;
      }
    }
    return best;
  }
}

/** What a from-scratch grouping is told by the office. */
export interface GroupingConstraints {
  /** Opinions the office took out of a group: they stay alone until the office places them. */
  keepAlone?: ReadonlySet<number>;
}

/**
 * Groups held opinions from scratch, in the order given (arrival order): each is placed among
 * the groups of those before it. Returns each opinion's group as the id of the group's first
 * member; an opinion alone maps to itself.
 */
export function groupAll(
  grouper: OpinionGrouper,
  ids: readonly number[],
  constraints: GroupingConstraints = {},
): Map<number, number> {
  const groupOf = new Map<number, number>();
  const members = new Map<number, number[]>();
  const position = new Map<number, number>();
  ids.forEach((id, i) => position.set(id, i));
  const view: GroupView = {
    groupOf: (id) => {
      const g = groupOf.get(id);
      return g !== undefined && members.has(g) ? g : null;
    },
    membersOf: (g) => members.get(g) ?? [],
    barred: (id) => constraints.keepAlone?.has(id) ?? false,
  };
  for (const [i, id] of ids.entries()) {
    const placed = grouper.place(id, view, (other) => (position.get(other) ?? Infinity) < i);
    let group = id;
    if (placed.group !== null) group = placed.group;
    else if (placed.pairWith !== null) {
      group = placed.pairWith;
      members.set(group, [placed.pairWith]);
    }
    groupOf.set(id, group);
    if (group !== id || members.has(group)) members.get(group)!.push(id);
  }
  return groupOf;
}
