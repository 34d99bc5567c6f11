// What characterises each group (representative statements) and what unites them (consensus),
// with Polis's statistics: a group's agree (or disagree) share against the rest of the grouped
// participants, each with a two-proportion z-test, and the share itself with a one-proportion test.
import { type ShareStats, type Tally, shareStats, significant90, twoPropTest } from './stats.js';
import type { VoteMatrix } from './vote-matrix.js';

export interface RepStats extends ShareStats {
  /** Agree share in the group over the agree share of the rest (> 1: more than elsewhere). */
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
}

export interface RepStatement {
  statement: number;
  repfulFor: 'agree' | 'disagree';
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
  repness: number;
  repnessTest: number;
  bestAgree?: boolean;
}

/** tallies[g][c]: the votes on statement column c by the members of group g (rows with group[r] = g). */
export function groupTallies(m: VoteMatrix, group: Int32Array, k: number): Tally[][] {
  const out = Array.from({ length: k }, () =>
    Array.from({ length: m.statements.length }, (): Tally => ({ na: 0, nd: 0, ns: 0 })),
  );
  for (let r = 0; r < m.participants.length; r++) {
    const g = group[r]!;
    if (g < 0) continue;
    for (let i = m.rowStart[r]!; i < m.rowStart[r + 1]!; i++) {
      const t = out[g]![m.cols[i]!]!;
      const v = m.values[i]!;
      t.ns++;
      if (v === 1) t.na++;
      else if (v === -1) t.nd++;
    }
  }
  return out;
}

function compare(inGroup: Tally, rest: Tally): RepStats {
  const s = shareStats(inGroup);
  return {
    ...s,
    ra: s.pa / ((1 + rest.na) / (2 + rest.ns)),
    rd: s.pd / ((1 + rest.nd) / (2 + rest.ns)),
    rat: twoPropTest(s.na, rest.na, s.ns, rest.ns),
    rdt: twoPropTest(s.nd, rest.nd, s.ns, rest.ns),
  };
}

function finalise(statement: number, s: RepStats): RepStatement {
  return s.rat > s.rdt
    ? {
        statement,
        repfulFor: 'agree',
        nSuccess: s.na,
        nTrials: s.ns,
        pSuccess: s.pa,
        pTest: s.pat,
        repness: s.ra,
        repnessTest: s.rat,
      }
    : {
        statement,
        repfulFor: 'disagree',
        nSuccess: s.nd,
        nTrials: s.ns,
        pSuccess: s.pd,
        pTest: s.pdt,
        repness: s.rd,
        repnessTest: s.rdt,
      };
}

const metric = (r: RepStatement) => r.repness * r.repnessTest * r.pSuccess * r.pTest;

/** A statement is representative when both its share and its difference from the rest are significant. */
function passes(s: RepStats): boolean {
  return (significant90(s.rat) && significant90(s.pat)) || (significant90(s.rdt) && significant90(s.pdt));
}

/** The best statement the group agrees with, kept so every group shows something it supports. */
function beatsBestAgree(s: RepStats, best: RepStats | null): boolean {
  if (s.na === 0 && s.nd === 0) return false;
  if (best && best.ra > 1) return s.ra * s.rat * s.pa * s.pat > best.ra * best.rat * best.pa * best.pat;
  if (best) return s.pa * s.pat > best.pa * best.pat;
  return significant90(s.pat) || (s.ra > 1 && s.pa > 0.5);
}

/**
 * Up to 5 representative statements per group, agrees first; when none passes the tests, the
 * best-agreed statement (or the one with the strongest difference) so no group is left blank.
 */
export function representativeStatements(m: VoteMatrix, tallies: Tally[][], modOut: Uint8Array): RepStatement[][] {
  const k = tallies.length;
  return tallies.map((own, g) => {
    const sufficient: RepStatement[] = [];
    let best: RepStatement | null = null;
    let bestAgree: { statement: number; stats: RepStats } | null = null;
    for (let c = 0; c < m.statements.length; c++) {
      if (modOut[c]) continue;
      const rest: Tally = { na: 0, nd: 0, ns: 0 };
      for (let h = 0; h < k; h++) {
        if (h === g) continue;
        rest.na += tallies[h]![c]!.na;
        rest.nd += tallies[h]![c]!.nd;
        rest.ns += tallies[h]![c]!.ns;
      }
      const s = compare(own[c]!, rest);
      const statement = m.statements[c]!;
      if (passes(s)) sufficient.push(finalise(statement, s));
      if (sufficient.length === 0 && (!best || Math.max(s.rat, s.rdt) > best.repnessTest))
        best = finalise(statement, s);
      if (beatsBestAgree(s, bestAgree?.stats ?? null)) bestAgree = { statement, stats: s };
    }
    const head = bestAgree
      ? [{ ...finalise(bestAgree.statement, bestAgree.stats), bestAgree: true }]
      : best
        ? [best]
        : [];
    if (sufficient.length === 0) return head;
    const picked = [
      ...head.filter((h) => h.bestAgree),
      ...sufficient.filter((r) => r.statement !== bestAgree?.statement).sort((a, b) => metric(b) - metric(a)),
    ].slice(0, 5);
    return [...picked.filter((r) => r.repfulFor === 'agree'), ...picked.filter((r) => r.repfulFor === 'disagree')];
  });
}

export interface ConsensusStatement {
  statement: number;
  nSuccess: number;
  nTrials: number;
  pSuccess: number;
  pTest: number;
}

/** Polis's "majority" consensus over every voter: up to 5 statements most agreed and 5 most rejected. */
export function majorityConsensus(
  m: VoteMatrix,
  modOut: Uint8Array,
): { agree: ConsensusStatement[]; disagree: ConsensusStatement[] } {
  const all = groupTallies(m, new Int32Array(m.participants.length), 1)[0]!;
  const stats = all.map((t, c) => ({ c, s: shareStats(t) })).filter(({ c }) => !modOut[c]);
  const top = (side: 'agree' | 'disagree') =>
    stats
      .map(({ c, s }) =>
        side === 'agree'
          ? { statement: m.statements[c]!, nSuccess: s.na, nTrials: s.ns, pSuccess: s.pa, pTest: s.pat }
          : { statement: m.statements[c]!, nSuccess: s.nd, nTrials: s.ns, pSuccess: s.pd, pTest: s.pdt },
      )
      .filter((x) => x.pSuccess > 0.5 && significant90(x.pTest))
      .sort((a, b) => b.pSuccess * b.pTest - a.pSuccess * a.pTest)
      .slice(0, 5);
  return { agree: top('agree'), disagree: top('disagree') };
}

/**
 * Group-informed consensus: per statement the product over groups of each group's smoothed
 * agree share, (agrees + 1) / (votes + 2). High only when every group agrees.
 */
export function groupAwareConsensus(m: VoteMatrix, tallies: Tally[][]): Map<number, number> {
  const out = new Map<number, number>();
  m.statements.forEach((statement, c) => {
    let p = 1;
    for (const own of tallies) p *= (own[c]!.na + 1) / (own[c]!.ns + 2);
    out.set(statement, p);
  });
  return out;
}

/**
 * The common ground: statements that a significant majority of every group agrees with (the
 * one-proportion test at 90 % in each group), most group-informed consensus first.
 */
export function commonGround(
  m: VoteMatrix,
  tallies: Tally[][],
  modOut: Uint8Array,
  gac: Map<number, number>,
): number[] {
  if (tallies.length === 0) return [];
  const out: number[] = [];
  for (let c = 0; c < m.statements.length; c++) {
    if (modOut[c]) continue;
    if (
      tallies.every((own) => {
        const s = shareStats(own[c]!);
        return s.pa > 0.5 && significant90(s.pat);
      })
    )
      out.push(m.statements[c]!);
  }
  return out.sort((a, b) => gac.get(b)! - gac.get(a)! || a - b);
}
