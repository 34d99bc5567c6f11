// A bounded in-process cache of values read from the database, each kept with the stamp of
// the tables it was read from (server/db/change-tracker.ts): a value is served only while
// none of those tables can have changed, so it is never staler than a fresh read would be.
// Without a tracker (READ_CACHE=false) every get simply loads; on PostgreSQL the tracker
// hears every instance's commits (docs/adr/0015) and, while it cannot, every get loads too.
// A value nobody has read for a while is let go, so memory follows what is being read now.
import type { ChangeTracker } from '../db/change-tracker.js';

interface Entry<V> {
  stamp: number;
  value: V;
  /** When it was last served (ms), for letting go of idle values. */
  used: number;
}

/** Values not served for this long are dropped, at the next sweep (every half of it). */
export const IDLE_MS = 30_000;

// One timer for every cache of the process; a cache that is no longer referenced drops out.
const caches = new Set<WeakRef<{ sweep(now: number): void }>>();
let sweeper: NodeJS.Timeout | undefined;
function watch(cache: { sweep(now: number): void }): void {
  caches.add(new WeakRef(cache));
  sweeper ??= setInterval(() => {
    const now = Date.now();
    for (const ref of caches) {
      const c = ref.deref();
      if (c) c.sweep(now);
      else caches.delete(ref);
    }
  }, IDLE_MS / 2).unref();
}

/** Hits and misses per cache name since the process started (for /metrics); plain counters, cheap to bump. */
const counts = new Map<string, { hits: number; misses: number }>();

export function readCacheCounts(): ReadonlyMap<string, { readonly hits: number; readonly misses: number }> {
  return counts;
}

export class ReadCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  /** Loads under way, by key, with the stamp they began under (single flight, see get). */
  private readonly loading = new Map<K, { stamp: number; value: Promise<V> }>();

  private readonly counts: { hits: number; misses: number };

  private readonly existingRowsOnly: boolean;

  constructor(
    private readonly tracker: ChangeTracker | null,
    /** Every table the loaded value is read from. */
    private readonly tables: readonly string[],
    private readonly capacity: number,
    opts: {
      /** Rows added to those tables leave a kept value right (a session is not changed by another sign-in). */
      existingRowsOnly?: boolean;
      /** Its name in the metrics; by default its first table. */
      name?: string;
    } = {},
  ) {
    this.existingRowsOnly = opts.existingRowsOnly ?? false;
    const name = opts.name ?? tables[0] ?? 'unnamed';
    this.counts = counts.get(name) ?? { hits: 0, misses: 0 };
    counts.set(name, this.counts);
    // Any change to one of its tables makes every value stale (they share one stamp): let go of them now.
    tracker?.onChange((table, rowsAddedOnly) => {
      if (rowsAddedOnly && this.existingRowsOnly) return;
      if (table === null || tables.includes(table)) this.entries.clear();
    });
    if (tracker) watch(this);
  }

  /** Drops the values not served since `now - IDLE_MS`. */
  sweep(now: number): void {
    for (const [key, entry] of this.entries) if (now - entry.used > IDLE_MS) this.entries.delete(key);
  }

  /**
   * The kept value, or `load()`'s. A miss (null or undefined) is never kept: with
   * `existingRowsOnly` the row could be added later without moving the stamp.
   */
  async get(key: K, load: () => Promise<V>): Promise<V> {
    if (!this.tracker) return load();
    // PostgreSQL: first hear every change committed before this read began (one round trip
    // shared by the reads waiting at the time); SQLite knows at once.
    const synced = this.tracker.sync();
    if (synced !== true && !(await synced)) return load();
    const stamp = this.tracker.stamp(this.tables, this.existingRowsOnly);
    // Null: changes to these tables cannot be heard now; the database answers, nothing is kept.
    if (stamp === null) return load();
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.stamp === stamp) {
        hit.used = Date.now();
        this.counts.hits++;
        return hit.value;
      }
      this.entries.delete(key);
    }
    this.counts.misses++;
    // Single flight: a load of this key begun under the same stamp began after every write a
    // load begun now would see, so its value is as fresh; concurrent misses of a costly value
    // wait for it instead of each computing it again. Not with existingRowsOnly, where a row
    // added since (unstamped) could be missing from it.
    const pending = this.existingRowsOnly ? undefined : this.loading.get(key);
    if (pending && pending.stamp === stamp) return pending.value;
    const loading = { stamp, value: load() };
    if (!this.existingRowsOnly) this.loading.set(key, loading);
    let value: V;
    try {
      value = await loading.value;
    } finally {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    }
    // A write while loading: the value may mix before and after, so it is not kept.
    if (value !== null && value !== undefined && this.tracker.stamp(this.tables, this.existingRowsOnly) === stamp) {
      // Oldest first out: a Map keeps insertion order.
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
      this.entries.set(key, { stamp, value, used: Date.now() });
    }
    return value;
  }

  /** Values kept now (for tests and the bench's memory notes). */
  get size(): number {
    return this.entries.size;
  }
}
