// An in-memory index for "which documents say the same thing": cosine similarity of TF-IDF
// term vectors (see similarity-scoring.ts), top-k per organisation. Terms are interned to
// integer ids; each organisation is a shard with an immutable packed segment plus a small
// tail of recent changes that is folded in from time to time. Document frequencies are exact
// whenever the index is asked (removals from a segment are released in one batch before the
// next query); document norms follow them lazily: after any change in a small organisation,
// after the collection has grown or shrunk by 2% in a large one.
import {
  decodeVector,
  forEachTerm,
  idf,
  TF_WEIGHTS,
  tfWeight,
  TopK,
  type Hit,
  type TermVector,
  type TopKOptions,
} from './similarity-scoring.js';
import { searchSegment, type QueryTerm, type Scratch } from './similarity-search.js';
import { ChunkedU32, ShardOfId, sortedForward } from './similarity-containers.js';
import {
  buildSegment,
  emptySegment,
  localOf,
  markDead,
  mergeSegment,
  renormSegment,
  termCounts,
  type Segment,
} from './similarity-segment.js';

export interface SimilarityIndexOptions {
  /** See SearchLimits.collect. */
  collect?: number;
  /** See SearchLimits.depth. */
  depth?: number;
  /** Postings read while collecting, at most: at least this many… */
  minBudget?: number;
  /** …or this share of the organisation's postings, whichever is more. */
  budgetShare?: number;
  /**
   * Keep each document's packed terms (4 bytes a term) so `queryHeld` can search with a held
   * document without its text being cut again: the opinions' grouper queries with every
   * opinion it holds, and the cut was a tenth of a from-scratch grouping.
   */
  keepForward?: boolean;
}

interface TailDoc {
  entries: Uint32Array;
  /** NaN until the first query after the document came in. */
  invNorm: number;
}

interface Shard {
  seg: Segment;
  tail: Map<number, TailDoc>;
  /** The statistics version the norms were computed under. */
  normStats: number;
  /** Segment documents removed whose terms still count in the document frequencies. */
  pendingDead: number[];
}

const MAX_TERMS = 1 << 24;
/** Norms of a large organisation are recomputed once the collection has grown or shrunk by this share… */
const RENORM_DRIFT = 0.02;
/** …those of one with up to this many postings after any change (it takes well under a millisecond). */
const EXACT_RENORM_POSTINGS = 250_000;

export class SimilarityIndex {
  private readonly vocab = new Map<string, number>();
  private df = new Int32Array(4096);
  private n = 0;
  /** Bumped whenever a document frequency changes: norms computed under another version may be stale. */
  private stats = 0;
  private readonly shards = new Map<number, Shard>();
  /** Which shard holds each document. */
  private readonly home = new ShardOfId<Shard>();
  private readonly unsettled = new Set<Shard>();
  private scratch: Scratch = { acc: new Float64Array(0), touched: new Int32Array(0), mark: new Uint8Array(0) };
  private qDense = new Float64Array(0);
  private readonly opts: Required<SimilarityIndexOptions>;
  /** Each document's packed (term << 8 | tf) entries in its vector's order, with keepForward. */
  private readonly forward = new Map<number, Uint32Array>();

  constructor(opts: SimilarityIndexOptions = {}) {
    // depth 500: on the province bench's 200 reworded drafts, the top 10 equal the exact
    // ranking's at 400 and above (0.99 at 300), at four fifths of the time 1000 takes.
    this.opts = { collect: 0.5, depth: 500, minBudget: 200_000, budgetShare: 0.25, keepForward: false, ...opts };
  }

  /** Documents held, every organisation. */
  get size(): number {
    return this.n;
  }

  has(id: number): boolean {
    return this.home.has(id);
  }

  private readonly idfOf = (termId: number): number => idf(this.n, this.df[termId]!);

  private intern(term: string): number {
    let id = this.vocab.get(term);
    if (id === undefined) {
      // A long slice would keep the whole stored text it came from alive as the map's key.
      if (term.length >= 13) term = Buffer.from(term, 'utf8').toString('utf8');
      id = this.vocab.size;
      if (id >= MAX_TERMS) throw new Error('similarity index: vocabulary full');
      this.vocab.set(term, id);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** Counts a document's term in the document frequencies; returns the packed (term << 8 | tf) entry. */
  private entry(term: string, tf: number): number {
    const t = this.intern(term);
    this.df[t]!++;
    return (t << 8) | tf;
  }

  /** Packs a vector into entries, counting the document in the collection. */
  private admit(vector: TermVector): Uint32Array {
    const entries = new Uint32Array(vector.size);
    let i = 0;
    for (const [term, tf] of vector) entries[i++] = this.entry(term, tf);
    this.n++;
    this.stats++;
    return entries;
  }

  private release(entries: ArrayLike<number>): void {
    for (let i = 0; i < entries.length; i++) this.df[entries[i]! >>> 8]!--;
    this.n--;
    this.stats++;
  }

  private tailNorm(entries: Uint32Array): number {
    const tfw = TF_WEIGHTS;
    let s = 0;
    for (let i = 0; i < entries.length; i++) {
      const x = tfw[entries[i]! & 0xff]! * this.idfOf(entries[i]! >>> 8);
      s += x * x;
    }
    return s > 0 ? 1 / Math.sqrt(s) : 0;
  }

  private shardOf(orgId: number): Shard {
    let s = this.shards.get(orgId);
    if (!s) this.shards.set(orgId, (s = { seg: emptySegment(), tail: new Map(), normStats: -1, pendingDead: [] }));
    return s;
  }

  /** Adds or replaces a document. An empty vector removes it. */
  upsert(id: number, orgId: number, vector: TermVector): void {
    this.remove(id);
    if (!vector.size) return;
    const shard = this.shardOf(orgId);
    const entries = this.admit(vector);
    shard.tail.set(id, { entries, invNorm: NaN });
    if (this.opts.keepForward) this.forward.set(id, entries);
    this.home.set(id, shard);
    // Writes without queries must not grow the tail without end.
    if (shard.tail.size > 4 * tailLimit(shard)) this.fold(shard);
  }

  remove(id: number): boolean {
    const shard = this.home.get(id);
    if (!shard) return false;
    this.home.delete(id);
    this.forward.delete(id);
    const t = shard.tail.get(id);
    if (t) {
      shard.tail.delete(id);
      this.release(t.entries);
    } else {
      const local = localOf(shard.seg, id);
      if (local >= 0 && markDead(shard.seg, local)) {
        shard.pendingDead.push(local);
        this.unsettled.add(shard);
        this.n--;
        this.stats++;
      }
    }
    return true;
  }

  /** Releases the terms of removed segment documents from the document frequencies. */
  private settle(): void {
    for (const shard of this.unsettled) {
      termCounts(shard.seg, shard.pendingDead, (t, c) => {
        this.df[t]! -= c;
      });
      shard.pendingDead = [];
      this.stats++;
    }
    this.unsettled.clear();
  }

  /**
   * Loads many documents at once (start-up): no tail, one segment build per organisation.
   * `addStored` takes the stored text form as it comes from the database, without a map.
   */
  bulk(): {
    add(id: number, orgId: number, vector: TermVector): void;
    addStored(id: number, orgId: number, stored: string): void;
    finish(): void;
  } {
    const builders = new Map<number, { ids: number[]; starts: number[]; entries: ChunkedU32 }>();
    const builder = (orgId: number) => {
      let b = builders.get(orgId);
      if (!b) builders.set(orgId, (b = { ids: [], starts: [0], entries: new ChunkedU32() }));
      return b;
    };
    const added = (b: { ids: number[]; starts: number[]; entries: ChunkedU32 }, id: number, orgId: number) => {
      if (this.opts.keepForward) {
        const from = b.starts[b.starts.length - 1]!;
        const own = new Uint32Array(b.entries.length - from);
        for (let i = 0; i < own.length; i++) own[i] = b.entries.get(from + i);
        this.forward.set(id, own);
      }
      b.ids.push(id);
      b.starts.push(b.entries.length);
      this.home.set(id, this.shardOf(orgId));
      this.n++;
      this.stats++;
    };
    return {
      add: (id, orgId, vector) => {
        if (this.home.has(id) || !vector.size) return this.upsert(id, orgId, vector);
        const b = builder(orgId);
        for (const [term, tf] of vector) b.entries.push(this.entry(term, tf));
        added(b, id, orgId);
      },
      addStored: (id, orgId, stored) => {
        if (this.home.has(id)) return this.upsert(id, orgId, decodeVector(stored));
        const b = builder(orgId);
        const start = b.entries.length;
        forEachTerm(stored, (term, tf) => b.entries.push(this.entry(term, tf)));
        if (b.entries.length > start) added(b, id, orgId);
      },
      finish: () => {
        this.settle();
        for (const [orgId, b] of builders) {
          builders.delete(orgId);
          const docs = sortedForward(b.ids, b.starts, b.entries);
          const shard = this.shardOf(orgId);
          shard.seg = shard.seg.ids.length
            ? mergeSegment(shard.seg, docs, this.vocab.size)
            : buildSegment(docs, this.vocab.size);
          this.renorm(shard);
        }
      },
    };
  }

  /** Folds the tail into the segment (and drops dead documents). */
  private fold(shard: Shard): void {
    this.settle();
    const ids = [...shard.tail.keys()];
    const starts = [0];
    const entries = new ChunkedU32();
    for (const id of ids) {
      for (const e of shard.tail.get(id)!.entries) entries.push(e);
      starts.push(entries.length);
    }
    shard.seg = mergeSegment(shard.seg, sortedForward(ids, starts, entries), this.vocab.size);
    shard.tail.clear();
    this.renorm(shard);
  }

  private renorm(shard: Shard): void {
    renormSegment(shard.seg, this.idfOf, this.n);
    for (const doc of shard.tail.values()) doc.invNorm = this.tailNorm(doc.entries);
    shard.normStats = this.stats;
  }

  private maintain(shard: Shard): void {
    const seg = shard.seg;
    if (shard.tail.size > tailLimit(shard) || seg.deadCount > seg.ids.length / 4) this.fold(shard);
    else if (
      shard.normStats !== this.stats &&
      (seg.postings.length <= EXACT_RENORM_POSTINGS || Math.abs(this.n - seg.normN) > RENORM_DRIFT * seg.normN)
    ) {
      this.renorm(shard);
    }
    const size = shard.seg.ids.length;
    if (this.scratch.acc.length < size)
      this.scratch = { acc: new Float64Array(size), touched: new Int32Array(size), mark: new Uint8Array(size) };
  }

  /**
   * Inverse document frequency of a word over the whole collection (every organisation), as
   * the ranking weighs it: what a detailed comparison of two texts weighs their words by.
   */
  readonly termIdf = (term: string): number => {
    this.settle();
    const t = this.vocab.get(term);
    return idf(this.n, t === undefined ? 0 : this.df[t]!);
  };

  /** The shard a query reads, its statistics settled and its segments maintained; null: no hits. */
  private readyShard(opts: TopKOptions) {
    const shard = this.shards.get(opts.orgId);
    if (!shard || opts.k <= 0) return null;
    this.settle();
    this.maintain(shard);
    return shard;
  }

  /** The k documents of `orgId` most similar to `vector`, best first, scores in [0, 1]. */
  query(vector: TermVector, opts: TopKOptions): Hit[] {
    const shard = this.readyShard(opts);
    if (!shard) return [];
    let qNorm = 0;
    const found: [number, number][] = [];
    for (const [term, tf] of vector) {
      const t = this.vocab.get(term);
      const df = t === undefined ? 0 : this.df[t]!;
      const w = tfWeight(tf) * idf(this.n, df);
      qNorm += w * w;
      if (df > 0) found.push([t!, w]);
    }
    return this.search(shard, found, qNorm, opts);
  }

  /**
   * `query` with a held document's own vector (keepForward): the same terms in the same order,
   * so the same hits. Null when the document is not held or its terms were not kept.
   */
  queryHeld(id: number, opts: TopKOptions): Hit[] | null {
    const entries = this.forward.get(id);
    if (!entries) return null;
    const shard = this.readyShard(opts);
    if (!shard) return [];
    let qNorm = 0;
    const found: [number, number][] = [];
    for (let i = 0; i < entries.length; i++) {
      const t = entries[i]! >>> 8;
      const df = this.df[t]!;
      const w = tfWeight(entries[i]! & 0xff) * idf(this.n, df);
      qNorm += w * w;
      if (df > 0) found.push([t, w]);
    }
    return this.search(shard, found, qNorm, opts);
  }

  /** The top k of `shard` for the query terms `found` ([term id, tf-idf weight]) of norm² `qNorm`. */
  private search(shard: Shard, found: [number, number][], qNorm: number, opts: TopKOptions): Hit[] {
    if (!found.length) return [];
    qNorm = Math.sqrt(qNorm);
    const query: QueryTerm[] = found.map(([termId, w]) => ({ termId, weight: (w / qNorm) * this.idfOf(termId) }));
    const top = new TopK(opts.k);
    if (shard.tail.size) this.scoreTail(shard, query, top, opts.exclude);
    const seg = shard.seg;
    let skip: Set<number> | null = null;
    if (opts.exclude?.size) {
      skip = new Set();
      for (const id of opts.exclude) {
        const l = localOf(seg, id);
        if (l >= 0) skip.add(l);
      }
    }
    const budget = Math.max(this.opts.minBudget, Math.ceil(seg.postings.length * this.opts.budgetShare));
    searchSegment(
      seg,
      query,
      top,
      skip,
      { collect: this.opts.collect, depth: Math.max(this.opts.depth, opts.k), budget },
      this.scratch,
    );
    return top.sorted().map((h) => ({ id: h.id, score: Math.min(1, h.score) }));
  }

  private scoreTail(shard: Shard, query: QueryTerm[], top: TopK, exclude: ReadonlySet<number> | undefined): void {
    if (this.qDense.length < this.vocab.size)
      this.qDense = new Float64Array(Math.max(this.vocab.size, 2 * this.qDense.length));
    const q = this.qDense;
    const tfw = TF_WEIGHTS;
    for (const t of query) q[t.termId] = t.weight;
    for (const [id, doc] of shard.tail) {
      if (exclude?.has(id)) continue;
      if (Number.isNaN(doc.invNorm)) doc.invNorm = this.tailNorm(doc.entries);
      let s = 0;
      const e = doc.entries;
      for (let i = 0; i < e.length; i++) {
        const w = q[e[i]! >>> 8]!;
        if (w) s += w * tfw[e[i]! & 0xff]!;
      }
      if (s > 0) top.push(id, s * doc.invNorm);
    }
    for (const t of query) q[t.termId] = 0;
  }

  /** What the index holds and roughly what it costs (typed arrays exactly, maps estimated). */
  memory(): { docs: number; terms: number; postings: number; bytes: number } {
    let postings = 0,
      bytes =
        this.df.byteLength +
        this.qDense.byteLength +
        this.scratch.acc.byteLength +
        this.scratch.touched.byteLength +
        this.scratch.mark.byteLength;
    for (const s of this.shards.values()) {
      const g = s.seg;
      postings += g.postings.length;
      bytes +=
        g.ids.byteLength +
        g.termIds.byteLength +
        g.offsets.byteLength +
        g.postings.byteLength +
        g.invNorm.byteLength +
        g.maxW.byteLength +
        g.dead.byteLength;
      for (const t of s.tail.values()) {
        postings += t.entries.length;
        bytes += t.entries.byteLength + 100;
      }
    }
    for (const e of this.forward.values()) bytes += e.byteLength + 150;
    // Map entries: ~50 bytes plus the string for a term.
    for (const term of this.vocab.keys()) bytes += 50 + 2 * term.length;
    bytes += this.home.bytes();
    return { docs: this.n, terms: this.vocab.size, postings, bytes };
  }
}

function tailLimit(shard: Shard): number {
  return Math.min(4096, Math.max(64, shard.seg.ids.length >> 4));
}
