// A fixed-window counter per key, in process memory. Enough for sign-in and public forms
// on one instance; a multi-instance deployment adds a limit at the reverse proxy too
// (docs/deploy.md).
export interface RateLimiter {
  /** Counts a hit; returns false once the key is over its budget for this window. */
  hit(key: string): boolean;
  reset(key: string): void;
}

export function createRateLimiter(max: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    hit(key) {
      const t = now();
      if (t - lastSweep > windowMs) {
        for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
        lastSweep = t;
      }
      const w = windows.get(key);
      if (!w || t - w.start >= windowMs) {
        windows.set(key, { start: t, count: 1 });
        return true;
      }
      w.count++;
      return w.count <= max;
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
