// The stored report of a consultation (pure): what the engine's analysis says in the shape the
// report page, the participant's standing and the exports read — positions and groups by
// participant id, each group's representative statements, the common ground and the statements
// that divide the groups most.
import type { Analysis, VoteMatrix } from '../../../platform/consensus/index.js';

export interface StoredReport {
  analysedAt: string;
  votes: number;
  participants: number;
  groups: {
    size: number;
    center: [number, number];
    repness: { statementId: number; repfulFor: 'agree' | 'disagree'; share: number; votes: number }[];
  }[];
  /** [participant id, x, y, group index or -1 when not grouped]. */
  points: [number, number, number, number][];
  /** Statements every group agrees with, strongest first. */
  consensus: number[];
  /** Statements whose agree shares differ most between the groups. */
  divisive: { statementId: number; spread: number; agree: number[] }[];
}

/** How far apart the groups' smoothed agree shares must be for a statement to count as divisive. */
export const DIVISIVE_SPREAD = 0.3;
const DIVISIVE_MAX = 5;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Per group and statement column, the smoothed agree share (agrees + 1) / (seen + 2), as Polis's repness. */
function agreeShares(m: VoteMatrix, group: Int32Array, k: number): number[][] {
  const agree = Array.from({ length: k }, () => new Float64Array(m.statements.length));
  const seen = Array.from({ length: k }, () => new Float64Array(m.statements.length));
  for (let r = 0; r < m.participants.length; r++) {
    const g = group[r]!;
    if (g < 0) continue;
    for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) {
      seen[g]![m.cols[i]!]!++;
      if (m.values[i] === 1) agree[g]![m.cols[i]!]!++;
    }
  }
  return agree.map((a, g) => Array.from(a, (n, c) => (n + 1) / (seen[g]![c]! + 2)));
}

export function storedReport(m: VoteMatrix, a: Analysis, rejected: ReadonlySet<number>, at: string): StoredReport {
  const k = a.groups.length;
  const shares = agreeShares(m, a.group, k);
  const divisive =
    k < 2
      ? []
      : m.statements
          .map((statementId, c) => {
            const agree = shares.map((g) => round(g[c]!));
            return { statementId, spread: round(Math.max(...agree) - Math.min(...agree)), agree };
          })
          .filter((d) => !rejected.has(d.statementId) && d.spread >= DIVISIVE_SPREAD)
          .sort((x, y) => y.spread - x.spread || x.statementId - y.statementId)
          .slice(0, DIVISIVE_MAX);
  return {
    analysedAt: at,
    votes: m.values.length,
    participants: m.participants.length,
    groups: a.groups.map((g, i) => ({
      size: g.size,
      center: [round(g.center[0]), round(g.center[1])],
      repness: (a.repness[i] ?? []).map((r) => ({
        statementId: r.statement,
        repfulFor: r.repfulFor,
        share: round(r.pSuccess),
        votes: r.nTrials,
      })),
    })),
    points: a.participants.map((pid, r) => [
      pid,
      round(a.positions[r * 2]!),
      round(a.positions[r * 2 + 1]!),
      a.group[r]!,
    ]),
    consensus: a.consensus,
    divisive,
  };
}
