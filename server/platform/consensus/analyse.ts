// The whole analysis of one conversation, from its vote matrix to groups, representative
// statements and common ground. Pure and synchronous: the caller decides when to run it (in the
// background as votes arrive) and keeps the returned state for the next run, which continues
// the previous PCA, clusters and group count so the map does not jump or flicker.
import {
  BASE_ITERATIONS,
  BASE_K,
  type Clusters,
  GROUP_ITERATIONS,
  type KSmoother,
  cluster,
  maxGroups,
  silhouette,
  smoothK,
} from './groups.js';
import { inConversation } from './in-conv.js';
import { computePca, projectParticipants } from './pca.js';
import {
  type ConsensusStatement,
  type RepStatement,
  commonGround,
  groupAwareConsensus,
  groupTallies,
  majorityConsensus,
  representativeStatements,
} from './repness.js';
import type { VoteMatrix } from './vote-matrix.js';

/** What one analysis hands to the next (plain JSON, so it can be stored). */
export interface AnalysisState {
  statements: number[];
  comps: [number[], number[]];
  inConv: number[];
  /** Base clusters as participant ids. */
  baseClusters: number[][];
  /** For each k tried, its groups as participant ids. */
  groupClusterings: Record<string, number[][]>;
  kSmoother: KSmoother | null;
}

export interface Analysis {
  /** Participant ids (the matrix's rows). */
  participants: number[];
  /** Map position per participant: x, y. */
  positions: Float64Array;
  /** Group index per participant, -1 when not grouped (too few votes). */
  group: Int32Array;
  groups: { size: number; center: [number, number] }[];
  /** Mean silhouette for each k tried. */
  silhouettes: Record<string, number>;
  /** Per group, its representative statements. */
  repness: RepStatement[][];
  /** Statements a significant majority of every group agrees with, strongest first. */
  consensus: number[];
  groupAwareConsensus: Map<number, number>;
  majority: { agree: ConsensusStatement[]; disagree: ConsensusStatement[] };
  state: AnalysisState;
}

export interface AnalysisInput {
  matrix: VoteMatrix;
  /** Statements moderated out (rejected): they neither place nor characterise anyone. */
  moderatedOut?: Iterable<number>;
  previous?: AnalysisState | null;
}

function modOutFlags(m: VoteMatrix, ids: Iterable<number>): Uint8Array {
  const flags = new Uint8Array(m.statements.length);
  const col = new Map(m.statements.map((id, c) => [id, c]));
  for (const id of ids) {
    const c = col.get(id);
    if (c !== undefined) flags[c] = 1;
  }
  return flags;
}

function warmComps(m: VoteMatrix, previous: AnalysisState | null | undefined): [Float64Array, Float64Array] | null {
  if (!previous) return null;
  const col = new Map(m.statements.map((id, c) => [id, c]));
  return previous.comps.map((comp) => {
    const v = new Float64Array(m.statements.length).fill(1);
    previous.statements.forEach((id, i) => {
      const c = col.get(id);
      if (c !== undefined) v[c] = comp[i]!;
    });
    return v;
  }) as [Float64Array, Float64Array];
}

/** Previous clusters (as participant ids) as indices of the current points, via each point's members. */
function previousAsPoints(previous: number[][] | undefined, pointOf: Map<number, number>): number[][] | null {
  if (!previous) return null;
  return previous.map((ids) => [...new Set(ids.map((id) => pointOf.get(id)).filter((p) => p !== undefined))]);
}

/**
 * Rows in the order Polis's rating matrix holds them. Polis reads votes ordered by statement,
 * then participant (`conv-poll`: order by tid, pid, created) and adds a participant's row at
 * his first vote in that order; a fresh k-means starts from the first distinct points in that
 * order. So: by the lowest statement id the participant voted on, then by participant id.
 */
export function polisRowOrder(m: VoteMatrix): number[] {
  const firstCol = (r: number) => (m.rowStart[r + 1]! > m.rowStart[r]! ? m.cols[m.rowStart[r]!]! : Infinity);
  return [...m.participants.keys()].sort((a, b) => firstCol(a) - firstCol(b) || a - b);
}

export function analyse({ matrix: m, moderatedOut = [], previous }: AnalysisInput): Analysis {
  const modOut = modOutFlags(m, moderatedOut);
  const pca = computePca(m, modOut, warmComps(m, previous));
  const positions = projectParticipants(m, pca, modOut);
  const inConv = inConversation(m, previous?.inConv);

  // Base clusters over the grouped participants.
  const rows = polisRowOrder(m).filter((r) => inConv[r]);
  const points = new Float64Array(rows.length * 2);
  rows.forEach((r, i) => points.set([positions[r * 2]!, positions[r * 2 + 1]!], i * 2));
  const pointOfPid = new Map(rows.map((r, i) => [m.participants[r]!, i]));
  const base = rows.length
    ? cluster(points, null, BASE_K, previousAsPoints(previous?.baseClusters, pointOfPid), BASE_ITERATIONS)
    : { centers: new Float64Array(0), members: [] };
  const nBase = base.members.length;
  const baseWeights = Float64Array.from(base.members, (ms) => ms.length);
  const baseOfPid = new Map<number, number>();
  base.members.forEach((ms, b) => ms.forEach((p) => baseOfPid.set(m.participants[rows[p]!]!, b)));

  // Group clusterings of the base clusters for each k, and the k to use.
  const clusterings: Record<string, Clusters> = {};
  const silhouettes: Record<string, number> = {};
  let bestK = 0;
  for (let k = 2; nBase >= 2 && k <= maxGroups(nBase); k++) {
    const prevGroups = previousAsPoints(previous?.groupClusterings[k], baseOfPid);
    clusterings[k] = cluster(base.centers, baseWeights, k, prevGroups, GROUP_ITERATIONS);
    silhouettes[k] = silhouette(base.centers, clusterings[k]!.members);
    // Ties go to the larger k, as Clojure's max-key returns the last of equals.
    if (!bestK || silhouettes[k]! >= silhouettes[bestK]!) bestK = k;
  }
  const kSmoother = bestK ? smoothK(bestK, previous?.kSmoother) : null;
  const chosen: Clusters =
    (kSmoother && clusterings[kSmoother.smoothedK]) ||
    (nBase
      ? { centers: base.centers.slice(0, 2), members: [base.members.map((_, b) => b)] }
      : { centers: new Float64Array(0), members: [] });

  // Group of each participant; a fresh analysis numbers groups largest first, a continued one keeps the previous order.
  const sizeOf = (bases: number[]) => bases.reduce((s, b) => s + base.members[b]!.length, 0);
  const order = chosen.members.map((_, g) => g);
  if (!previous) order.sort((a, b) => sizeOf(chosen.members[b]!) - sizeOf(chosen.members[a]!) || a - b);
  const group = new Int32Array(m.participants.length).fill(-1);
  order.forEach((g, index) => {
    for (const b of chosen.members[g]!) for (const p of base.members[b]!) group[rows[p]!] = index;
  });
  const groups = order.map((g) => ({
    size: sizeOf(chosen.members[g]!),
    center: [chosen.centers[g * 2]!, chosen.centers[g * 2 + 1]!] as [number, number],
  }));

  const tallies = groupTallies(m, group, groups.length);
  const gac = groupAwareConsensus(m, tallies);
  const pidsOf = (points: number[]) => points.map((p) => m.participants[rows[p]!]!);
  return {
    participants: m.participants,
    positions,
    group,
    groups,
    silhouettes,
    repness: representativeStatements(m, tallies, modOut),
    consensus: commonGround(m, tallies, modOut, gac),
    groupAwareConsensus: gac,
    majority: majorityConsensus(m, modOut),
    state: {
      statements: m.statements,
      comps: [Array.from(pca.comps[0]), Array.from(pca.comps[1])],
      inConv: rows.map((r) => m.participants[r]!),
      baseClusters: base.members.map(pidsOf),
      groupClusterings: Object.fromEntries(
        Object.entries(clusterings).map(([k, c]) => [
          k,
          // The groups in use are stored in their published order, so the next analysis keeps their numbers.
          (c === chosen ? order.map((g) => c.members[g]!) : c.members).map((bs) =>
            pidsOf(bs.flatMap((b) => base.members[b]!)),
          ),
        ]),
      ),
      kSmoother,
    },
  };
}
