// The grouper of short opinions: it holds the opinions of a campaign's organisations, their
// index and statistics, describes a pair by its features and places an opinion among the
// groups a caller describes (see opinion-grouping.ts for the whole method).
import { ParsedTextCache } from './duplicate-cache.js';
import { cosine, FEATURES, pairFeatureVector, weigh, type Vec, type WeighedText } from './duplicate-features.js';
import { probabilityOf, type DuplicateModel } from './duplicate-verdict.js';
import type { ParsedText } from './duplicate-text.js';
import { OPINION_MODEL } from './opinion-model.js';
import { remedyFeatures, remedyOf, type Remedy } from './opinion-remedy.js';
import { charCounts, opinionStructured, opinionVector, slim, type OpinionText } from './opinion-text.js';
import { SimilarityIndex, type SimilarityIndexOptions } from './similarity-index.js';
import { idf, tfWeight } from './similarity-scoring.js';

/**
 * The features of a pair of opinions: the proposals' likely-duplicate features, then `chars`,
 * then the remedy's (opinion-remedy.ts): whether the asks name the same kind of action, and
 * whether the words of one's ask are in the other's text.
 */
export const OPINION_FEATURES = [...FEATURES, 'chars', 'remedyActions', 'remedyWords'] as const;

/** A weighed text and what the opinion features read beside it. */
type Weighed = WeighedText & { chars: Vec; remedy: Remedy };

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
  private weighed = new Map<number, Weighed>();
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

  private weighedOf(id: number): Weighed {
    const size = this.index.size;
    const epoch = size === this.epochSize ? this.epoch : Math.round(Math.log(size + 1) / Math.log(1.1));
    this.epochSize = size;
    if (epoch !== this.epoch) {
      this.weighed = new Map();
      this.epoch = epoch;
    }
    let w = this.weighed.get(id);
    if (!w) {
      const text = this.texts.get(id)!;
      const full = weigh(this.parsed(id), this.index.termIdf);
      // Kept without the parsed text's maps (a few kilobytes each, the most of a grouper's
      // memory at 100 000 opinions): the comparison reads only the vectors and the figures.
      w = { ...full, parsed: slim(full.parsed), chars: this.charVector(text), remedy: remedyOf(text) };
      if (this.weighed.size < 200_000) this.weighed.set(id, w);
    }
    return w;
  }

  /** A character's idf in the collection held. */
  private readonly charIdf = (c: number): number => idf(this.texts.size, this.charDf.get(c) ?? 0);

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
    features.push(...remedyFeatures(x.remedy, y.remedy, x.chars, y.chars, this.charIdf));
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
