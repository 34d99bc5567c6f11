// A bounded in-process cache of values read from the database, each kept with the stamp of
// the tables it was read from (server/db/change-tracker.ts): a value is served only while
// none of those tables can have changed, so it is never staler than a fresh read would be.
// Without a tracker (PostgreSQL by default) every get simply loads.
import type { ChangeTracker } from '../db/change-tracker.js';

interface Entry<V> {
  stamp: number;
  value: V;
}

export class ReadCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    private readonly tracker: ChangeTracker | null,
    /** Every table the loaded value is read from. */
    private readonly tables: readonly string[],
    private readonly capacity: number,
  ) {
    // Any change to one of its tables makes every value stale (they share one stamp): let go of them now.
    tracker?.onChange((table) => {
      if (table === null || tables.includes(table)) this.entries.clear();
    });
  }

  async get(key: K, load: () => Promise<V>): Promise<V> {
    if (!this.tracker) return load();
    const stamp = this.tracker.stamp(this.tables);
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.stamp === stamp) return hit.value;
      this.entries.delete(key);
    }
    const value = await load();
    // A write while loading: the value may mix before and after, so it is not kept.
    if (this.tracker.stamp(this.tables) === stamp) {
      // Oldest first out: a Map keeps insertion order.
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
      this.entries.set(key, { stamp, value });
    }
    return value;
  }

  /** Values kept now (for tests and the bench's memory notes). */
  get size(): number {
    return this.entries.size;
  }
}
