// Opinion groups in two steps, as Polis forms them: the grouped participants' map positions
// fall into about 100 base clusters (fine buckets), then the base clusters' centres, weighted
// by their sizes, are clustered again for k = 2 .. max k; the k whose clustering has the best
// silhouette (computed over the base clusters) is the candidate, and a smoother keeps the
// current k until another has been the best several analyses running.
import { continuedStart, firstDistinct, kmeans } from './kmeans.js';

export const BASE_K = 100;
export const MAX_GROUPS = 5;
/** How many analyses running a new k must win before the groups change count (Polis's group-k-buffer). */
export const K_BUFFER = 4;
/** Lloyd's steps for the base clusters (Polis's `:base-iters`). */
export const BASE_ITERATIONS = 100;
/**
 * Lloyd's steps for the groups: Polis passes its `:group-iters` (100) under a key its `kmeans`
 * does not read (`:cluster-iters`), so the groups run on kmeans's own default of 20.
 */
export const GROUP_ITERATIONS = 20;

export interface Clusters {
  centers: Float64Array;
  /** Members of each cluster, as indices into the clustered points. */
  members: number[][];
}

function membersOf(assignment: Int32Array, k: number): number[][] {
  const out: number[][] = Array.from({ length: k }, () => []);
  for (let p = 0; p < assignment.length; p++) out[assignment[p]!]!.push(p);
  return out;
}

/** k-means from the previous clusters when given (members as point indices), else from the first distinct points. */
export function cluster(
  points: Float64Array,
  weights: Float64Array | null,
  k: number,
  previous: number[][] | null | undefined,
  maxIterations: number,
): Clusters {
  const init =
    previous && previous.length > 0 ? continuedStart(points, weights, previous, k) : firstDistinct(points, k);
  const { centers, assignment } = kmeans(points, weights, init, maxIterations);
  return { centers, members: membersOf(assignment, centers.length / 2) };
}

/** Polis's ceiling on the number of groups: 2 + one per 12 base clusters, at most 5. */
export function maxGroups(baseClusters: number): number {
  return Math.min(MAX_GROUPS, 2 + Math.floor(baseClusters / 12));
}

/**
 * Mean silhouette of a clustering of the base-cluster centres (each centre counts once, its
 * size does not weigh in, as in Polis); a member alone in its cluster scores 0.
 */
export function silhouette(points: Float64Array, clusters: number[][]): number {
  const n = points.length / 2;
  const groupOf = new Int32Array(n).fill(-1);
  clusters.forEach((members, g) => members.forEach((p) => (groupOf[p] = g)));
  const dist = (a: number, b: number) =>
    Math.hypot(points[a * 2]! - points[b * 2]!, points[a * 2 + 1]! - points[b * 2 + 1]!);
  let total = 0;
  let counted = 0;
  for (let p = 0; p < n; p++) {
    const own = groupOf[p]!;
    if (own < 0) continue;
    counted++;
    if (clusters[own]!.length === 1) continue;
    let a = 0;
    for (const q of clusters[own]!) if (q !== p) a += dist(p, q);
    a /= clusters[own]!.length - 1;
    let b = Infinity;
    clusters.forEach((members, g) => {
      if (g === own || members.length === 0) return;
      let s = 0;
      for (const q of members) s += dist(p, q);
      b = Math.min(b, s / members.length);
    });
    if (b === Infinity) continue;
    const d = Math.max(a, b);
    if (d > 0) total += (b - a) / d;
  }
  return counted ? total / counted : 0;
}

export interface KSmoother {
  /** The best k of the latest analysis. */
  lastK: number;
  /** How many analyses running lastK has been the best. */
  lastKCount: number;
  /** The k in use. */
  smoothedK: number;
}

/**
 * Keeps the groups from flickering as votes arrive: the k in use changes only when another k
 * has had the best silhouette K_BUFFER analyses running. Without a previous state the best k
 * is used at once.
 */
export function smoothK(bestK: number, previous: KSmoother | null | undefined): KSmoother {
  const lastKCount = previous && previous.lastK === bestK ? previous.lastKCount + 1 : 1;
  const smoothedK = lastKCount >= K_BUFFER || !previous ? bestK : previous.smoothedK;
  return { lastK: bestK, lastKCount, smoothedK };
}
