// Weighted k-means on points of the 2-D map (Float64Array of x, y pairs), Lloyd's iterations
// from given starting centres. Clusters that end up empty are dropped, as in Polis, so a
// result may hold fewer than k clusters.

export interface KMeansResult {
  /** x, y per cluster. */
  centers: Float64Array;
  /** Cluster index per point. */
  assignment: Int32Array;
}

export const MAX_ITERATIONS = 100;

function nearest(points: Float64Array, p: number, centers: Float64Array): number {
  const x = points[p * 2]!;
  const y = points[p * 2 + 1]!;
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < centers.length / 2; c++) {
    const dx = x - centers[c * 2]!;
    const dy = y - centers[c * 2 + 1]!;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** Weighted means of the points of each cluster; empty clusters are removed and the assignment renumbered. */
function recenter(points: Float64Array, weights: Float64Array | null, assignment: Int32Array, k: number): Float64Array {
  const sx = new Float64Array(k);
  const sy = new Float64Array(k);
  const sw = new Float64Array(k);
  for (let p = 0; p < assignment.length; p++) {
    const c = assignment[p]!;
    const w = weights ? weights[p]! : 1;
    sx[c]! += w * points[p * 2]!;
    sy[c]! += w * points[p * 2 + 1]!;
    sw[c]! += w;
  }
  const renumber = new Int32Array(k).fill(-1);
  const centers: number[] = [];
  for (let c = 0; c < k; c++) {
    if (sw[c]! <= 0) continue;
    renumber[c] = centers.length / 2;
    centers.push(sx[c]! / sw[c]!, sy[c]! / sw[c]!);
  }
  for (let p = 0; p < assignment.length; p++) assignment[p] = renumber[assignment[p]!]!;
  return Float64Array.from(centers);
}

/**
 * Polis's stopping rule (`same-clustering?`): the centres, each list sorted by x then y, all
 * moved less than this since the previous step.
 */
export const SAME_CLUSTERING = 0.01;

function sortedCenters(centers: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let c = 0; c < centers.length / 2; c++) out.push([centers[c * 2]!, centers[c * 2 + 1]!]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function sameClustering(before: Float64Array, after: Float64Array): boolean {
  const a = sortedCenters(before);
  const b = sortedCenters(after);
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (Math.hypot(a[i]![0] - b[i]![0], a[i]![1] - b[i]![1]) >= SAME_CLUSTERING) return false;
  return true;
}

/**
 * Lloyd's steps as Polis's `kmeans` runs them: each step assigns every point to the nearest
 * centre and re-centres (dropping empty clusters); it stops when the centres have settled
 * (`sameClustering`) or after `maxIterations` + 1 steps (Polis counts its budget down to 0).
 */
export function kmeans(
  points: Float64Array,
  weights: Float64Array | null,
  init: Float64Array,
  maxIterations = MAX_ITERATIONS,
): KMeansResult {
  const n = points.length / 2;
  let centers: Float64Array = Float64Array.from(init);
  const assignment = new Int32Array(n).fill(-1);
  for (let budget = maxIterations; ; budget--) {
    for (let p = 0; p < n; p++) assignment[p] = nearest(points, p, centers);
    const next = recenter(points, weights, assignment, centers.length / 2);
    const settled = sameClustering(centers, next);
    centers = next;
    if (budget === 0 || settled) break;
  }
  return { centers, assignment };
}

/** Polis's fresh start: the first k distinct points, in order. */
export function firstDistinct(points: Float64Array, k: number): Float64Array {
  const out: number[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < points.length / 2 && out.length < k * 2; p++) {
    const key = `${points[p * 2]},${points[p * 2 + 1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(points[p * 2]!, points[p * 2 + 1]!);
  }
  return Float64Array.from(out);
}

function weightedCenter(
  points: Float64Array,
  weights: Float64Array | null,
  members: Iterable<number>,
): number[] | null {
  let sx = 0;
  let sy = 0;
  let sw = 0;
  for (const p of members) {
    const w = weights ? weights[p]! : 1;
    sx += w * points[p * 2]!;
    sy += w * points[p * 2 + 1]!;
    sw += w;
  }
  return sw > 0 ? [sx / sw, sy / sw] : null;
}

/**
 * A start that keeps the previous clusters, step by step as Polis's `clean-start-clusters`:
 * each previous cluster re-centred on where its members stand now (clusters with none left
 * dropped; clusters landing on the same centre merged); then, while there are fewer clusters
 * than k and than distinct points, the point farthest from its nearest centre leaves its
 * cluster and opens a new one, and every cluster is re-centred again. Ties go to the later
 * point, as Clojure's max-key does. `previous` lists, per previous cluster, the indices of its
 * members among `points`.
 */
export function continuedStart(
  points: Float64Array,
  weights: Float64Array | null,
  previous: number[][],
  k: number,
): Float64Array {
  const clusters: Set<number>[] = [];
  const byCenter = new Map<string, Set<number>>();
  for (const members of previous) {
    const c = weightedCenter(points, weights, members);
    if (!c) continue;
    const key = `${c[0]},${c[1]}`;
    const same = byCenter.get(key);
    if (same) for (const p of members) same.add(p);
    else {
      const set = new Set(members);
      byCenter.set(key, set);
      clusters.push(set);
    }
  }
  if (clusters.length === 0) return firstDistinct(points, k);
  const possible = firstDistinct(points, k).length / 2;
  const n = points.length / 2;
  for (;;) {
    const live = clusters.filter((c) => c.size > 0);
    const centers = Float64Array.from(live.flatMap((c) => weightedCenter(points, weights, c)!));
    if (live.length >= possible) return centers;
    let far = -1;
    let farD = -1;
    for (let p = 0; p < n; p++) {
      const c = nearest(points, p, centers);
      const d = Math.hypot(points[p * 2]! - centers[c * 2]!, points[p * 2 + 1]! - centers[c * 2 + 1]!);
      if (d >= farD) {
        farD = d;
        far = p;
      }
    }
    if (farD <= 0) return centers;
    for (const c of clusters) c.delete(far);
    clusters.push(new Set([far]));
  }
}
