// Random campaigns for the assignment's property tests, from a seeded generator so a failure
// replays. Unit names are built so that the conflicts are known exactly: object j is run by
// "园区<j>办" and a member conflicts with it only when that name is among his work units.
import type { AssignInput, AssignResult, Assignee, AssignObject } from './assignment.model.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
  };
}

export const DISTRICTS = ['东湖区', '西山区', '临江县', '北岭县'];
export const unitOf = (j: number) => `园区${j}办`;

export function makeObjects(m: number, district: (j: number) => string | null): AssignObject[] {
  return Array.from({ length: m }, (_, j) => ({
    id: 1000 + j,
    name: `绿地${j}号`,
    district: district(j),
    responsibleUnit: unitOf(j),
  }));
}

/**
 * A campaign with a known even assignment (the witness): slots dealt round the assignees in a
 * shuffled order, k consecutive slots to k distinct people. Conflicts, capacities and fixed
 * assignments are then added only where they leave the witness valid, so an assignment with
 * max − min ≤ 1 exists by construction.
 */
export function feasibleCampaign(seed: number, size = { objects: 40, assignees: 25 }) {
  const r = seeded(seed);
  const k = 1 + r.int(3);
  const n = k + r.int(size.assignees);
  const m = 1 + r.int(size.objects);
  const objects = makeObjects(m, () => (r.next() < 0.1 ? null : r.pick(DISTRICTS)));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const witness = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < m * k; t++) witness[order[t % n]].add(Math.floor(t / k));
  const assignees: Assignee[] = Array.from({ length: n }, (_, i) => {
    const units = [`企业${i}公司`];
    for (let c = r.int(Math.max(1, m)); c > 0; c--) {
      const j = r.int(m);
      if (!witness[i].has(j) && r.next() < 0.5) units.push(unitOf(j));
    }
    const a: Assignee = {
      key: `${r.next() < 0.2 ? 't' : 'm'}:${i}`,
      district: r.next() < 0.1 ? null : r.pick(DISTRICTS),
      workUnits: units,
    };
    if (r.next() < 0.3) a.capacity = witness[i].size + r.int(3);
    return a;
  });
  const fixed: { objectId: number; key: string }[] = [];
  witness.forEach((objs, i) => {
    for (const j of objs) if (r.next() < 0.1) fixed.push({ objectId: objects[j].id, key: assignees[i].key });
  });
  return { objects, assignees, visitsPerObject: k, fixed } satisfies AssignInput;
}

/** A campaign without a witness: shared departments, tight capacities, maybe infeasible. */
export function anyCampaign(seed: number): AssignInput {
  const r = seeded(seed);
  const k = r.int(5);
  const n = r.int(12);
  const m = r.int(30);
  const objects = makeObjects(m, () => (r.next() < 0.2 ? null : r.pick(DISTRICTS)));
  const assignees: Assignee[] = Array.from({ length: n }, (_, i) => {
    const units = Array.from({ length: r.int(4) }, () => unitOf(r.int(Math.max(1, m))));
    const a: Assignee = { key: `m:${i}`, district: r.next() < 0.2 ? null : r.pick(DISTRICTS), workUnits: units };
    if (r.next() < 0.3) a.capacity = r.int(6);
    return a;
  });
  const fixed = Array.from({ length: r.int(6) }, () => ({
    objectId: objects.length ? r.pick(objects).id : 1,
    key: r.next() < 0.8 && n ? r.pick(assignees).key : `m:gone${r.int(3)}`,
  }));
  return { objects, assignees, visitsPerObject: k, fixed };
}

/** Whether the assignee's work units name the object's unit (the generator's conflicts). */
export function conflicts(a: Assignee, o: AssignObject): boolean {
  return a.workUnits.includes(o.responsibleUnit ?? '');
}

/** Violations of the rules that hold for every input, as readable strings (empty: none). */
export function hardViolations(input: AssignInput, out: AssignResult): string[] {
  const bad: string[] = [];
  const k = input.visitsPerObject;
  const byKey = new Map(input.assignees.map((a) => [a.key, a]));
  const fixed = new Set((input.fixed ?? []).map((f) => `${f.objectId}|${f.key}`));
  const pairs = new Set<string>();
  const loads = new Map<string, number>();
  for (const x of out.assignments) {
    const pair = `${x.objectId}|${x.key}`;
    if (pairs.has(pair)) bad.push(`${pair} twice`);
    pairs.add(pair);
    loads.set(x.key, (loads.get(x.key) ?? 0) + 1);
    if ((x.reason === 'fixed') !== fixed.has(pair)) bad.push(`${pair} reason ${x.reason}`);
    const o = input.objects.find((y) => y.id === x.objectId);
    const a = byKey.get(x.key);
    if (x.reason !== 'fixed' && o && a) {
      if (conflicts(a, o)) bad.push(`${pair} conflict`);
      const local = o.district !== null && a.district === o.district;
      if ((x.reason === 'same_district') !== local) bad.push(`${pair} reason ${x.reason}`);
    }
  }
  for (const f of fixed) if (!pairs.has(f)) bad.push(`fixed ${f} lost`);
  for (const o of input.objects) {
    const held = out.assignments.filter((x) => x.objectId === o.id);
    const fixedHere = held.filter((x) => x.reason === 'fixed').length;
    const missing = out.shortfalls.find((s) => s.objectId === o.id)?.missing ?? 0;
    if (held.length + missing !== Math.max(k, fixedHere)) bad.push(`object ${o.id}: ${held.length} + ${missing} ≠ k`);
  }
  for (const [key, load] of Object.entries(out.loads)) if ((loads.get(key) ?? 0) !== load) bad.push(`load of ${key}`);
  for (const a of input.assignees) {
    const fixedLoad = out.assignments.filter((x) => x.key === a.key && x.reason === 'fixed').length;
    if (a.capacity !== undefined && out.loads[a.key] > Math.max(a.capacity, fixedLoad))
      bad.push(`capacity of ${a.key}`);
  }
  return bad;
}

/**
 * District preference, as a local optimum: no visit of another district's assignee could go to
 * an allowed assignee of the object's district with room and a lower load.
 */
export function districtViolations(input: AssignInput, out: AssignResult): string[] {
  const bad: string[] = [];
  const onObject = new Map<number, Set<string>>();
  for (const x of out.assignments)
    (onObject.get(x.objectId) ?? onObject.set(x.objectId, new Set()).get(x.objectId)!).add(x.key);
  for (const x of out.assignments) {
    if (x.reason !== 'other_district') continue;
    const o = input.objects.find((y) => y.id === x.objectId)!;
    for (const a of input.assignees) {
      if (a.district !== o.district || o.district === null || onObject.get(o.id)!.has(a.key) || conflicts(a, o))
        continue;
      const room = a.capacity === undefined || out.loads[a.key] < a.capacity;
      if (room && out.loads[a.key] < out.loads[x.key]) bad.push(`${o.id}: ${x.key} while ${a.key} has room`);
    }
  }
  return bad;
}
