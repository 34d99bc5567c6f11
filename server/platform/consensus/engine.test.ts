// The engine's parts on small conversations whose answer is known by construction.
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { smoothK } from './groups.js';
import { inConversation } from './in-conv.js';
import { VoteMatrixBuilder, type VoteValue } from './vote-matrix.js';

/** Two camps that disagree on statements 0-9, everyone agrees with 10 and 11; each sees most statements. */
function twoCamps(perCamp: number, seed = 7) {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const b = new VoteMatrixBuilder();
  for (let p = 0; p < perCamp * 2; p++) {
    const camp = p % 2 === 0 ? 1 : -1;
    for (let t = 0; t < 12; t++) {
      if (rand() < 0.2) continue; // not seen
      let v: VoteValue = t >= 10 ? 1 : t < 5 ? (camp as VoteValue) : (-camp as VoteValue);
      if (rand() < 0.1) v = 0;
      b.add(p, t, v);
    }
  }
  return b;
}

describe('vote matrix', () => {
  it('keeps the latest vote of a participant on a statement and sorts ids', () => {
    const b = new VoteMatrixBuilder();
    b.add(9, 5, 1);
    b.add(3, 2, -1);
    b.add(9, 5, -1);
    b.add(9, 1, 0);
    const m = b.build();
    expect(m.participants).toEqual([3, 9]);
    expect(m.statements).toEqual([1, 2, 5]);
    expect(Array.from(m.rowStart)).toEqual([0, 1, 3]);
    expect(Array.from(m.cols)).toEqual([1, 0, 2]);
    expect(Array.from(m.values)).toEqual([-1, 0, -1]);
  });
});

describe('in-conversation rule', () => {
  it('groups those with 7 votes and fills up to 15 with the most active', () => {
    const b = new VoteMatrixBuilder();
    for (let p = 0; p < 20; p++) for (let t = 0; t < (p < 10 ? 7 : p - 9); t++) b.add(p, t, 1);
    const m = b.build();
    const flags = Array.from(inConversation(m));
    // 0-9 have 7 votes and 16-19 have 7-10: 14 in by the rule; 15 (6 votes) fills up to 15.
    expect(flags.filter(Boolean)).toHaveLength(15);
    expect(flags.slice(15)).toEqual([1, 1, 1, 1, 1]);
    expect(flags[14]).toBe(0);
    // Once in, always in.
    expect(inConversation(m, [10])[10]).toBe(1);
  });
});

describe('analyse', () => {
  it('finds the two camps, what sets each apart, and what both agree with', () => {
    const m = twoCamps(40).build();
    const a = analyse({ matrix: m });
    expect(a.groups).toHaveLength(2);
    const campOf = (pid: number) => pid % 2;
    const byGroup = new Map<number, Set<number>>();
    a.participants.forEach((pid, r) => {
      if (a.group[r]! < 0) return;
      if (!byGroup.has(a.group[r]!)) byGroup.set(a.group[r]!, new Set());
      byGroup.get(a.group[r]!)!.add(campOf(pid));
    });
    // Each group is one camp.
    expect([...byGroup.values()].map((s) => s.size)).toEqual([1, 1]);
    // Representative statements come from the divisive ones; the common ground is 10 and 11.
    for (const list of a.repness) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((r) => r.statement < 10)).toBe(true);
    }
    expect([...a.consensus].sort()).toEqual([10, 11]);
    expect(a.majority.agree.map((c) => c.statement).sort()).toEqual([10, 11]);
  });

  it('leaves statements moderated out out of the results', () => {
    const m = twoCamps(30).build();
    const a = analyse({ matrix: m, moderatedOut: [10, 0] });
    expect(a.consensus).toEqual([11]);
    expect(a.repness.flat().some((r) => r.statement === 0 || r.statement === 10)).toBe(false);
  });

  it('continues from the previous state: groups keep their numbers as votes arrive', () => {
    const b = twoCamps(40);
    const first = analyse({ matrix: b.build() });
    b.add(1000, 0, 1);
    for (let t = 1; t < 8; t++) b.add(1000, t, t < 5 ? 1 : -1);
    const second = analyse({ matrix: b.build(), previous: first.state });
    const groupOf = (a: typeof first, pid: number) => a.group[a.participants.indexOf(pid)];
    for (const pid of [0, 1, 2, 3, 10, 11]) expect(groupOf(second, pid)).toBe(groupOf(first, pid));
    // The newcomer votes like camp "even" (agree 0-4, disagree 5-9).
    expect(groupOf(second, 1000)).toBe(groupOf(first, 0));
    expect(second.state.kSmoother).toMatchObject({ smoothedK: 2, lastKCount: 2 });
  });
});

describe('k smoother', () => {
  it('changes the number of groups only after another k has won four analyses running', () => {
    let s = smoothK(2, null);
    expect(s.smoothedK).toBe(2);
    for (const best of [3, 3, 3]) {
      s = smoothK(best, s);
      expect(s.smoothedK).toBe(2);
    }
    s = smoothK(3, s);
    expect(s.smoothedK).toBe(3);
    // An interruption restarts the count.
    s = smoothK(4, s);
    s = smoothK(2, s);
    expect(s).toEqual({ lastK: 2, lastKCount: 1, smoothedK: 3 });
  });
});
