// The greedy first pass of the assignment: each slot of each object, the most constrained
// objects first, goes to the least loaded allowed assignee — one of the object's district while
// he is below the even share. Assignees are kept in buckets by district and load, each bucket
// in key order, so a slot looks at the lowest buckets only and skips just the object's
// conflicts and holders: 15 000 slots over 3 000 assignees without scanning everyone each time.
import { augment, give, type State } from './assignment.paths.js';

export interface Districts {
  /** Per object and per assignee: the district's number, `count` for none. */
  ofObject: Int32Array;
  ofAssignee: Int32Array;
  count: number;
}

export function fillGreedy(s: State, order: readonly number[], need: readonly number[], d: Districts, share: number) {
  // buckets[district][load]: the assignees with room, in index (= key) order.
  const buckets: number[][][] = Array.from({ length: d.count + 1 }, () => []);
  const bucket = (i: number, load: number) => (buckets[d.ofAssignee[i]][load] ??= []);
  for (let i = 0; i < s.n; i++) if (s.load[i] < s.capacity[i]) bucket(i, s.load[i]).push(i);
  const stamp = new Int32Array(s.n).fill(-1);
  let j = -1;
  /** The first allowed assignee of a bucket, or -1. */
  const firstAllowed = (list: number[] | undefined) => {
    for (const i of list ?? []) if (stamp[i] !== j) return i;
    return -1;
  };
  /** Moves an assignee whose load just grew by one to his next bucket (or out, when full). */
  const grew = (i: number) => {
    const from = bucket(i, s.load[i] - 1);
    from.splice(from.indexOf(i), 1);
    if (s.load[i] >= s.capacity[i]) return;
    const to = bucket(i, s.load[i]);
    let at = to.length;
    while (at > 0 && to[at - 1] > i) at--;
    to.splice(at, 0, i);
  };
  let top = 0;
  for (const l of buckets) top = Math.max(top, l.length);

  for (j of order) {
    for (let slot = 0; slot < need[j]; slot++) {
      for (const i of s.conflicts[j]) stamp[i] = j;
      for (const i of s.holders[j]) stamp[i] = j;
      const home = d.ofObject[j];
      let near = -1; // the least loaded allowed assignee of the object's district
      for (let load = 0; home < d.count && near < 0 && load <= top; load++) near = firstAllowed(buckets[home][load]);
      let best = -1; // the least loaded allowed assignee; at equal load a local one, then key order
      for (let load = 0; load <= top && best < 0; load++) {
        if (near >= 0 && s.load[near] === load) best = near;
        else
          for (const list of buckets) {
            const i = firstAllowed(list[load]);
            if (i >= 0 && (best < 0 || i < best)) best = i;
          }
      }
      const pick = near >= 0 && s.load[near] < share ? near : best;
      const taker = pick >= 0 ? pick : augment(s, { fromObject: j }, (a) => s.load[a] < s.capacity[a]);
      if (taker < 0) break; // nobody can take it: a shortfall
      if (pick >= 0) give(s, j, pick);
      grew(taker);
      top = Math.max(top, s.load[taker]);
    }
  }
}
