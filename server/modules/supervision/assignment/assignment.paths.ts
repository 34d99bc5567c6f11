// The assignment as a flow: each object asks for k visits, each assignee takes any number up to
// his capacity, an object–assignee pair is allowed unless they conflict. A greedy pass gets close;
// the two repairs below are the textbook ones for such flows, searched as alternating paths
// ("o gets a, a hands o' to a', …"):
// - coverage: an object short of visitors gets one even when every allowed assignee is full, if
//   a chain of hand-overs ends at someone with room (augmenting path: the filled count is then
//   the maximum, as in bipartite matching);
// - balance: while a chain leads from an assignee with load L to one with load ≤ L − 2, moving
//   one visit along it lowers the sum of squared loads. When no such chain exists for any L the
//   loads are the most even the conflicts and capacities allow (no negative cycle for a convex
//   cost), so max − min ≤ 1 whenever some assignment achieves it.
//   (When some objects stay short of visitors, "possible" means among assignments that fill
//   the same slots: a chain through an unfilled object is not searched.)
// Each object appears at most once on a chain, so every object keeps distinct visitors.

export interface State {
  /** Assignees in key order: index order is the tie-break everywhere. */
  n: number;
  load: Int32Array;
  capacity: Float64Array;
  /** Per object: the assignees (indices) on it, fixed or not. */
  holders: Set<number>[];
  /** Per assignee: the objects he holds that may be moved (not fixed). */
  movable: Set<number>[];
  /** Per object: the assignees who may not visit it. */
  conflicts: Set<number>[];
}

export function give(s: State, object: number, assignee: number) {
  s.holders[object].add(assignee);
  s.movable[assignee].add(object);
  s.load[assignee]++;
}

/**
 * Breadth-first search for a chain. `fromObject`: an object that takes one more visitor
 * (coverage); `fromLoad`: every assignee at this load gives one away (balance). When a chain
 * ends at an assignee accepted by `isEnd`, applies it and returns that assignee; else -1.
 */
export function augment(
  s: State,
  start: { fromObject: number } | { fromLoad: number },
  isEnd: (assignee: number) => boolean,
): number {
  const objects = s.holders.length;
  const reachedVia = new Int32Array(s.n).fill(-2); // -2 unvisited, -1 a source, else the object
  const givenBy = new Int32Array(objects).fill(-2); // -2 unvisited, -1 the start object, else the giver
  // Unvisited assignees in key order as a linked list, so that an object scans only those not
  // yet reached: the ones it skips are its conflicts and holders, few per object.
  const next = new Int32Array(s.n + 1);
  const prev = new Int32Array(s.n + 1);
  for (let i = 0; i < s.n; i++) {
    next[i] = i + 1; // the last one points at the head, node n
    prev[i] = i === 0 ? s.n : i - 1;
  }
  next[s.n] = s.n > 0 ? 0 : s.n;
  prev[s.n] = s.n > 0 ? s.n - 1 : s.n;
  const unlink = (a: number) => {
    next[prev[a]] = next[a];
    prev[next[a]] = prev[a];
  };
  const queue: number[] = [];
  let end = -1;
  const expand = (object: number, giver: number): boolean => {
    givenBy[object] = giver;
    const conflicts = s.conflicts[object];
    const holders = s.holders[object];
    for (let a = next[s.n]; a !== s.n; a = next[a]) {
      if (conflicts.has(a) || holders.has(a)) continue;
      reachedVia[a] = object;
      unlink(a);
      if (isEnd(a)) {
        end = a;
        return true;
      }
      queue.push(a);
    }
    return false;
  };
  if ('fromObject' in start) {
    if (expand(start.fromObject, -1)) return apply(s, end, reachedVia, givenBy);
  } else {
    for (let a = 0; a < s.n; a++)
      if (s.load[a] === start.fromLoad) {
        reachedVia[a] = -1;
        unlink(a);
        queue.push(a);
      }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const object of s.movable[queue[head]]) {
      if (givenBy[object] !== -2) continue;
      if (expand(object, queue[head])) return apply(s, end, reachedVia, givenBy);
    }
  }
  return -1;
}

/** Walks the chain back from its end: each object passes from its giver to the next assignee. */
function apply(s: State, end: number, reachedVia: Int32Array, givenBy: Int32Array): number {
  s.load[end]++;
  let taker = end;
  for (;;) {
    const object = reachedVia[taker];
    const giver = givenBy[object];
    s.holders[object].add(taker);
    s.movable[taker].add(object);
    if (giver === -1) return end; // the start object took one more visitor
    s.holders[object].delete(giver);
    s.movable[giver].delete(object);
    if (reachedVia[giver] === -1) {
      s.load[giver]--; // a balance source gave one away
      return end;
    }
    taker = giver;
  }
}
