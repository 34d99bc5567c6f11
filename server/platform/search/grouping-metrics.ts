// How well a clustering agrees with labels: the adjusted Rand index (Hubert and Arabie, 1985),
// 1 for the same partition, about 0 for a random one of the same sizes, negative below chance.

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * ARI of two labellings of the same items (`found[i]` and `truth[i]` label item i; a label
 * is any value, items alone carry a label of their own).
 */
export function adjustedRandIndex<A, B>(found: readonly A[], truth: readonly B[]): number {
  if (found.length !== truth.length) throw new Error('adjustedRandIndex: labellings of different lengths');
  const n = found.length;
  const cells = new Map<string, number>();
  const rows = new Map<A, number>();
  const cols = new Map<B, number>();
  const ids = new Map<unknown, number>();
  const idOf = (x: unknown) => {
    let i = ids.get(x);
    if (i === undefined) ids.set(x, (i = ids.size));
    return i;
  };
  for (let i = 0; i < n; i++) {
    const a = found[i]!,
      b = truth[i]!;
    const key = `${idOf(a)}|${idOf(b)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a, (rows.get(a) ?? 0) + 1);
    cols.set(b, (cols.get(b) ?? 0) + 1);
  }
  let index = 0,
    sumRows = 0,
    sumCols = 0;
  for (const c of cells.values()) index += pairs(c);
  for (const c of rows.values()) sumRows += pairs(c);
  for (const c of cols.values()) sumCols += pairs(c);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (sumRows * sumCols) / total;
  const max = (sumRows + sumCols) / 2;
  // Both partitions all singletons, or both one block: they agree.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
