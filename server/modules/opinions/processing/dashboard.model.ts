// The dashboard's figures from counted rows (pure): tallies by a key, the histogram of group
// sizes, and the median and mean of days to answer weighted by the opinions each answer covers.

/** Sums `n` by the key each row gives (null keys are counted under null). */
export function tally<R extends { n: number }>(rows: readonly R[], key: (r: R) => number | null) {
  const out = new Map<number | null, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + r.n);
  return out;
}

/** How many groups have each size, smallest first (a "group" of one is not a group). */
export function sizeHistogram(sizes: readonly number[]): { size: number; groups: number }[] {
  const h = new Map<number, number>();
  for (const s of sizes) if (s > 1) h.set(s, (h.get(s) ?? 0) + 1);
  return [...h.entries()].sort((a, b) => a[0] - b[0]).map(([size, groups]) => ({ size, groups }));
}

/** Whole days from one instant to another (ISO strings), at least 0. */
export function daysBetweenInstants(from: string, to: string): number {
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** The weighted median and mean of values, each counted `weight` times; nulls when empty. */
export function medianAndMean(values: readonly { value: number; weight: number }[]) {
  const total = values.reduce((a, v) => a + v.weight, 0);
  if (!total) return { median: null, mean: null };
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const half = total / 2;
  let seen = 0;
  let median = sorted[sorted.length - 1]!.value;
  for (const v of sorted) {
    seen += v.weight;
    if (seen >= half) {
      median = v.value;
      break;
    }
  }
  const mean = sorted.reduce((a, v) => a + v.value * v.weight, 0) / total;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { median: round(median), mean: round(mean) };
}

/** A share in [0, 1] with three decimals; 0 of 0 is 0. */
export const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);
