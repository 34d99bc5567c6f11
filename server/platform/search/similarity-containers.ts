// The index's growable containers: the document -> shard table and the chunked lists a
// bulk load collects before it builds the packed segments.
import type { ForwardDocs } from './similarity-segment.js';

/**
 * Document id -> shard. Proposal ids are dense auto-increment numbers, so a typed array of
 * shard numbers indexed by id costs 2 bytes a proposal where a Map costs ~40; ids too large
 * for that go to a Map.
 */
export class ShardOfId<S> {
  private readonly shards: S[] = [];
  private readonly numbers = new Map<S, number>();
  private slots = new Uint16Array(1024);
  private readonly large = new Map<number, S>();
  private static readonly DENSE_LIMIT = 1 << 26;

  private numberOf(s: S): number {
    let n = this.numbers.get(s);
    if (n === undefined) {
      this.shards.push(s);
      this.numbers.set(s, (n = this.shards.length));
      if (n > 0xffff) throw new Error('similarity index: too many organisations');
    }
    return n;
  }

  get(id: number): S | undefined {
    if (id >= ShardOfId.DENSE_LIMIT || id < 0) return this.large.get(id);
    const n = id < this.slots.length ? this.slots[id]! : 0;
    return n ? this.shards[n - 1] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, s: S): void {
    if (id >= ShardOfId.DENSE_LIMIT || id < 0) {
      this.large.set(id, s);
      return;
    }
    if (id >= this.slots.length) {
      const grown = new Uint16Array(Math.max(id + 1, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[id] = this.numberOf(s);
  }

  delete(id: number): void {
    if (id >= ShardOfId.DENSE_LIMIT || id < 0) this.large.delete(id);
    else if (id < this.slots.length) this.slots[id] = 0;
  }

  bytes(): number {
    return this.slots.byteLength + 40 * this.large.size;
  }
}

/**
 * A growable Uint32 list in chunks that double in size (64K entries, then 128K, …): no
 * copying while loading millions of entries, at most twice the room used, and the large
 * chunks are mapped from the system, so their pages go back to it when the load is done.
 */
export class ChunkedU32 {
  private readonly chunks: Uint32Array[] = [];
  length = 0;

  /** Chunk k holds entries [(2^k - 1) * 64K, (2^(k+1) - 1) * 64K). */
  private static chunkOf(i: number): number {
    return 31 - Math.clz32((i >>> 16) + 1);
  }

  push(v: number): void {
    const k = ChunkedU32.chunkOf(this.length);
    if (k === this.chunks.length) this.chunks.push(new Uint32Array(0x10000 << k));
    this.chunks[k]![this.length - (((1 << k) - 1) << 16)] = v;
    this.length++;
  }

  get(i: number): number {
    const k = ChunkedU32.chunkOf(i);
    return this.chunks[k]![i - (((1 << k) - 1) << 16)]!;
  }
}

/** The builder's documents in id order (already so when loaded by primary key). */
export function sortedForward(ids: number[], starts: number[], entries: ChunkedU32): ForwardDocs {
  const order = ids.map((_, i) => i);
  if (ids.some((id, i) => i > 0 && id < ids[i - 1]!)) order.sort((a, b) => ids[a]! - ids[b]!);
  else return { ids: Int32Array.from(ids), docStart: Uint32Array.from(starts), entry: (i) => entries.get(i) };
  const docStart = new Uint32Array(ids.length + 1);
  const flat = new Uint32Array(entries.length);
  let at = 0;
  order.forEach((src, i) => {
    for (let j = starts[src]!; j < starts[src + 1]!; j++) flat[at++] = entries.get(j);
    docStart[i + 1] = at;
  });
  return { ids: Int32Array.from(order, (i) => ids[i]!), docStart, entry: (i) => flat[i]! };
}
