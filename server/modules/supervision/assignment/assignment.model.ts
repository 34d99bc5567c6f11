// Automatic assignment of a campaign's objects to members and teams (issue 16 item 2), pure.
// In order of precedence:
// 1. every object gets k visits by k distinct assignees, and nobody visits an object of his own
//    work unit (assignment.units.ts) — hard rules; what cannot be met is a shortfall, not an error;
// 2. loads as even as the conflicts and capacities allow: max − min ≤ 1 whenever an assignment
//    with that spread exists (assignment.paths.ts says why the repair reaches it);
// 3. an object's visitors come from its own district while they have room: room meaning a load
//    below the even share, so preference never costs balance.
// Hand-made (fixed) assignments are kept as they are, even against a conflict or a capacity —
// the office decided — count in the loads and towards k. Deterministic: ties go to key order.
import { fillGreedy, type Districts } from './assignment.greedy.js';
import { augment, give, type State } from './assignment.paths.js';
import { conflictIndex } from './assignment.units.js';

export { routeOrder, type RouteStop } from './assignment.route-order.js';

/** Ids are unique within a campaign. */
export interface AssignObject {
  id: number;
  name: string;
  district: string | null;
  responsibleUnit: string | null;
}

export interface Assignee {
  /** 'm:<memberId>' or 't:<teamId>'; a team counts as one assignee. Keys are unique. */
  key: string;
  district: string | null;
  /** His work unit(s); a team's: every member's. */
  workUnits: string[];
  /** Upper bound of objects (fixed ones included); none when absent. */
  capacity?: number;
}

export interface AssignInput {
  objects: AssignObject[];
  assignees: Assignee[];
  visitsPerObject: number;
  fixed?: { objectId: number; key: string }[];
}

export type AssignReason = 'fixed' | 'same_district' | 'other_district';

export interface AssignResult {
  assignments: { objectId: number; key: string; reason: AssignReason }[];
  shortfalls: { objectId: number; missing: number; why: 'conflict' | 'too_few_assignees' }[];
  loads: Record<string, number>;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function assignObjects(input: AssignInput): AssignResult {
  const k = Number.isFinite(input.visitsPerObject) ? Math.max(0, Math.floor(input.visitsPerObject)) : 0;
  const people = [...new Map(input.assignees.map((a) => [a.key, a])).values()].sort(byKey);
  const objects = input.objects;
  const n = people.length;
  const indexOf = new Map(people.map((a, i) => [a.key, i]));
  const objectIndex = new Map(objects.map((o, j) => [o.id, j]));
  const districts = [...objects.map((o) => o.district), ...people.map((a) => a.district)].filter(
    (d): d is string => !!d,
  );
  const s: State = {
    n,
    load: new Int32Array(n),
    capacity: Float64Array.from(people, (a) =>
      a.capacity === undefined || Number.isNaN(a.capacity) ? Infinity : a.capacity,
    ),
    holders: objects.map(() => new Set<number>()),
    movable: people.map(() => new Set<number>()),
    conflicts: conflictIndex(
      objects.map((o) => [o.name, o.responsibleUnit ?? '']),
      people.map((a) => a.workUnits),
      districts,
    ),
  };

  // Fixed assignments: those of known assignees and objects take part in the computation; the
  // others (a key or object not in the input) are still returned and counted in the loads.
  const fixedOn = objects.map(() => new Set<number>());
  const outsiders = objects.map((): string[] => []);
  const loose: { objectId: number; key: string }[] = [];
  const outsideLoads = new Map<string, number>();
  const seen = new Set<string>();
  for (const f of input.fixed ?? []) {
    if (seen.has(`${f.objectId}\u0000${f.key}`)) continue;
    seen.add(`${f.objectId}\u0000${f.key}`);
    const j = objectIndex.get(f.objectId);
    const i = indexOf.get(f.key);
    if (i !== undefined) s.load[i]++;
    else outsideLoads.set(f.key, (outsideLoads.get(f.key) ?? 0) + 1);
    if (j === undefined) loose.push(f);
    else if (i === undefined) outsiders[j].push(f.key);
    else {
      s.holders[j].add(i);
      fixedOn[j].add(i);
    }
  }

  const need = objects.map((_, j) => Math.max(0, k - s.holders[j].size - outsiders[j].length));
  const total = need.reduce((a, b) => a + b, 0) + s.load.reduce((a, b) => a + b, 0);
  const share = n ? Math.ceil(total / n) : 0;
  const same = (i: number, j: number) => objects[j].district !== null && people[i].district === objects[j].district;

  const order = objects.map((_, j) => j).sort((a, b) => s.conflicts[b].size - s.conflicts[a].size || a - b);
  fillGreedy(s, order, need, districtNumbers(objects, people), share);

  balance(s);
  preferOwnDistrict(s, fixedOn, objects, people);

  const assignments: AssignResult['assignments'] = [];
  const shortfalls: AssignResult['shortfalls'] = [];
  objects.forEach((o, j) => {
    for (const i of [...s.holders[j]].sort((a, b) => a - b))
      assignments.push({
        objectId: o.id,
        key: people[i].key,
        reason: fixedOn[j].has(i) ? 'fixed' : same(i, j) ? 'same_district' : 'other_district',
      });
    for (const key of outsiders[j]) assignments.push({ objectId: o.id, key, reason: 'fixed' });
    const missing = k - s.holders[j].size - outsiders[j].length;
    if (missing <= 0) return;
    let barred = 0;
    for (const i of s.conflicts[j]) if (!fixedOn[j].has(i)) barred++;
    const allowed = n - barred + outsiders[j].length;
    const why = allowed < k && n + outsiders[j].length >= k ? 'conflict' : 'too_few_assignees';
    shortfalls.push({ objectId: o.id, missing, why });
  });
  for (const f of loose) assignments.push({ objectId: f.objectId, key: f.key, reason: 'fixed' });
  const loads: Record<string, number> = {};
  people.forEach((a, i) => (loads[a.key] = s.load[i]));
  for (const [key, count] of outsideLoads) loads[key] = count;
  return { assignments, shortfalls, loads };
}

/**
 * Moves one visit along a chain from an assignee with load L to one with load ≤ L − 2, highest L
 * first, until no chain is left for any L (then the loads are the most even possible).
 */
function balance(s: State) {
  for (;;) {
    let max = -Infinity;
    let min = Infinity;
    for (let i = 0; i < s.n; i++) {
      max = Math.max(max, s.load[i]);
      if (s.load[i] < s.capacity[i]) min = Math.min(min, s.load[i]);
    }
    let moved = false;
    for (let level = max; level >= min + 2 && !moved; level--)
      moved = augment(s, { fromLoad: level }, (a) => s.load[a] <= level - 2 && s.load[a] < s.capacity[a]) >= 0;
    if (!moved) return;
  }
}

/**
 * Hands a visit from an assignee of another district to an allowed one of the object's district
 * whose load is lower: the loads' spread never grows (the two swap or come closer), and each
 * move adds a local visitor, so it ends.
 */
function preferOwnDistrict(s: State, fixedOn: Set<number>[], objects: AssignObject[], people: Assignee[]) {
  const locals = new Map<string, number[]>();
  people.forEach((a, i) => {
    if (a.district === null) return;
    const list = locals.get(a.district);
    if (list) list.push(i);
    else locals.set(a.district, [i]);
  });
  for (let moved = true; moved;) {
    moved = false;
    s.holders.forEach((holders, j) => {
      const district = objects[j].district;
      const candidates = district === null ? undefined : locals.get(district);
      if (!candidates) return;
      for (const b of [...holders]) {
        if (fixedOn[j].has(b) || people[b].district === district) continue;
        let to = -1;
        for (const a of candidates) {
          if (holders.has(a) || s.conflicts[j].has(a) || s.load[a] >= s.capacity[a] || s.load[a] >= s.load[b]) continue;
          if (to < 0 || s.load[a] < s.load[to]) to = a;
        }
        if (to < 0) continue;
        holders.delete(b);
        s.movable[b].delete(j);
        s.load[b]--;
        give(s, j, to);
        moved = true;
      }
    });
  }
}

/** Districts as small numbers, so that the greedy pass compares integers. */
function districtNumbers(objects: AssignObject[], people: Assignee[]): Districts {
  const numbers = new Map<string, number>();
  for (const x of [...objects, ...people])
    if (x.district !== null && !numbers.has(x.district)) numbers.set(x.district, numbers.size);
  const of = (x: { district: string | null }) => (x.district === null ? numbers.size : numbers.get(x.district)!);
  return { ofObject: Int32Array.from(objects, of), ofAssignee: Int32Array.from(people, of), count: numbers.size };
}
