// Keeps computed statistics while the data they come from is unchanged. An entry is valid
// for the stamp it was computed under (when the organisation's proposals last changed); a
// changed stamp recomputes. Requests that arrive while the same figures are being computed
// share that computation. Only a stamp older than QUIET_MS is trusted: a change in the same
// millisecond as the stamp, or from an instance whose clock lags a little, would otherwise
// go unnoticed; right after a change the figures are simply computed each time.
export const QUIET_MS = 2000;
const MAX_ENTRIES = 64;

export interface StampedCache<T> {
  get(key: string, stamp: string, now: number, compute: () => Promise<T>): Promise<T>;
}

export function createStampedCache<T>(maxEntries = MAX_ENTRIES): StampedCache<T> {
  const entries = new Map<string, { stamp: string; value: T }>();
  const running = new Map<string, Promise<T>>();
  const quiet = (stamp: string, now: number) => !stamp || Date.parse(stamp) <= now - QUIET_MS;

  return {
    async get(key, stamp, now, compute) {
      if (!quiet(stamp, now)) return compute();
      const hit = entries.get(key);
      if (hit && hit.stamp === stamp) {
        entries.delete(key);
        entries.set(key, hit); // Map order is the LRU order
        return hit.value;
      }
      const flight = `${key}\u0000${stamp}`;
      let p = running.get(flight);
      if (!p) {
        p = compute();
        running.set(flight, p);
        p.then(
          (value) => {
            entries.delete(key);
            entries.set(key, { stamp, value });
            if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
          },
          () => undefined,
        ).finally(() => running.delete(flight));
      }
      return p;
    },
  };
}
