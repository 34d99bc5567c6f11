// Adjusted Rand index (Hubert & Arabie 1985): agreement of two partitions of the same items,
// 1 for identical partitions (whatever the labels), about 0 for a random one.

const pairs = (n: number) => (n * (n - 1)) / 2;

export function adjustedRandIndex(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  if (a.length !== b.length) throw new Error('the two labellings must cover the same items');
  const n = a.length;
  const table = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const c of table.values()) index += pairs(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of cols.values()) sumB += pairs(c);
  const expected = n < 2 ? 0 : (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  // Both partitions trivial (all in one cluster, or all apart): they agree completely.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
