import { describe, expect, it } from 'vitest';
import { assignObjects, type AssignInput, type Assignee } from './assignment.model.js';
import {
  DISTRICTS,
  anyCampaign,
  districtViolations,
  feasibleCampaign,
  hardViolations,
  makeObjects,
  seeded,
  unitOf,
} from './assignment.test-helpers.js';

const spread = (loads: Record<string, number>) => Math.max(...Object.values(loads)) - Math.min(...Object.values(loads));
const keysOf = (out: ReturnType<typeof assignObjects>, objectId: number) =>
  out.assignments.filter((x) => x.objectId === objectId).map((x) => x.key);

describe('assignObjects: properties over random campaigns', () => {
  it('with a known even assignment: k distinct, no conflict, fixed kept, max − min ≤ 1, district preference', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const input = feasibleCampaign(seed);
      const out = assignObjects(input);
      expect(hardViolations(input, out), `seed ${seed}`).toEqual([]);
      expect(out.shortfalls, `seed ${seed}`).toEqual([]);
      expect(spread(out.loads), `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(districtViolations(input, out), `seed ${seed}`).toEqual([]);
    }
  });

  it('the same on larger campaigns, where long chains of hand-overs are needed', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const input = feasibleCampaign(seed, { objects: 250, assignees: 120 });
      const out = assignObjects(input);
      expect(hardViolations(input, out), `seed ${seed}`).toEqual([]);
      expect(out.shortfalls, `seed ${seed}`).toEqual([]);
      expect(spread(out.loads), `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(districtViolations(input, out), `seed ${seed}`).toEqual([]);
    }
  });

  it('on any campaign (tight capacities, shared units, unknown keys): never throws, hard rules hold', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const input = anyCampaign(seed);
      const out = assignObjects(input);
      expect(hardViolations(input, out), `seed ${seed}`).toEqual([]);
      expect(districtViolations(input, out), `seed ${seed}`).toEqual([]);
    }
  });

  it('is deterministic and does not depend on the order the assignees come in', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const input = feasibleCampaign(seed);
      const first = assignObjects(input);
      expect(assignObjects(structuredClone(input))).toEqual(first);
      const r = seeded(seed);
      const shuffled = [...input.assignees].sort(() => r.next() - 0.5);
      expect(assignObjects({ ...input, assignees: shuffled })).toEqual(first);
    }
  });

  it('at campaign size (300 objects, 600 assignees, k = 3) the rules still hold', () => {
    const r = seeded(300);
    const objects = makeObjects(300, () => r.pick(DISTRICTS));
    const assignees: Assignee[] = Array.from({ length: 600 }, (_, i) => ({
      key: `m:${String(i).padStart(4, '0')}`,
      district: r.pick(DISTRICTS),
      workUnits: r.next() < 0.2 ? [unitOf(r.int(300)), '江临市园林局'] : [`企业${i}公司`],
    }));
    const input = { objects, assignees, visitsPerObject: 3 };
    const out = assignObjects(input);
    expect(hardViolations(input, out)).toEqual([]);
    expect(out.shortfalls).toEqual([]);
    expect(out.assignments).toHaveLength(900);
    expect(spread(out.loads)).toBeLessThanOrEqual(1);
    expect(districtViolations(input, out)).toEqual([]);
  });
});

describe('assignObjects: the rules one by one', () => {
  const person = (key: string, district: string | null, workUnits: string[] = [], capacity?: number): Assignee =>
    capacity === undefined ? { key, district, workUnits } : { key, district, workUnits, capacity };

  it('takes visitors from the object’s own district while they have room, then from elsewhere', () => {
    // 4 districts, each 20 objects and 10 members: 6 visits each, all local.
    const objects = makeObjects(80, (j) => DISTRICTS[j % 4]);
    const assignees = Array.from({ length: 40 }, (_, i) => person(`m:${i}`, DISTRICTS[i % 4]));
    const out = assignObjects({ objects, assignees, visitsPerObject: 3 });
    expect(out.assignments.every((x) => x.reason === 'same_district')).toBe(true);
    expect(new Set(Object.values(out.loads))).toEqual(new Set([6]));

    // Every object in 东湖区, whose 2 members take their even share and the rest goes elsewhere.
    const crowded = assignObjects({
      objects: makeObjects(10, () => '东湖区'),
      assignees: [person('m:1', '东湖区'), person('m:2', '东湖区'), person('m:3', '西山区'), person('m:4', '西山区')],
      visitsPerObject: 2,
    });
    expect(Object.values(crowded.loads)).toEqual([5, 5, 5, 5]);
    expect(crowded.assignments.filter((x) => x.reason === 'same_district').map((x) => x.key)).toHaveLength(10);
  });

  it('never sends a member to an object of his own unit, matched after normalisation', () => {
    const objects = [
      { id: 1, name: '人民公园', district: '东湖区', responsibleUnit: '江临市园林局' },
      { id: 2, name: '市住房和城乡建设局', district: null, responsibleUnit: null },
    ];
    const out = assignObjects({
      objects,
      assignees: [
        person('m:1', '东湖区', ['市园林局']), // same bureau, without the city's name
        person('m:2', '东湖区', ['人民公园管理处']), // runs the park itself
        person('m:3', null, ['江临市住房和城乡建设局 ']), // staff of the department evaluated
        person('m:4', null, ['江临大学']),
        person('m:5', null, ['东湖区人民医院']),
      ],
      visitsPerObject: 2,
    });
    expect(keysOf(out, 1)).toHaveLength(2);
    expect(keysOf(out, 1).filter((key) => key === 'm:1' || key === 'm:2')).toEqual([]);
    expect(keysOf(out, 2)).not.toContain('m:3');
    expect(keysOf(out, 2)).toHaveLength(2);
  });

  it('reports what cannot be met instead of throwing: conflicts, too few assignees, capacities', () => {
    const objects = makeObjects(3, () => '东湖区');
    const out = assignObjects({
      objects,
      assignees: [person('m:1', '东湖区', [unitOf(0)]), person('m:2', '东湖区', [unitOf(0)]), person('m:3', null)],
      visitsPerObject: 2,
    });
    expect(out.shortfalls).toEqual([{ objectId: 1000, missing: 1, why: 'conflict' }]);
    expect(keysOf(out, 1000)).toEqual(['m:3']);

    const few = assignObjects({ objects, assignees: [person('m:1', null)], visitsPerObject: 3 });
    expect(few.shortfalls.map((s) => [s.missing, s.why])).toEqual(Array(3).fill([2, 'too_few_assignees']));

    const full = assignObjects({
      objects,
      assignees: [person('m:1', null, [], 1), person('m:2', null, [], 1)],
      visitsPerObject: 1,
    });
    expect(full.shortfalls).toEqual([{ objectId: 1002, missing: 1, why: 'too_few_assignees' }]);

    // Nonsense numbers from a caller: no visits asked, no room; never an exception.
    for (const [k, visits] of [
      [0, 0],
      [-2, 0],
      [Number.NaN, 0],
      [1.5, 3],
    ]) {
      const odd = assignObjects({ objects, assignees: [person('m:1', null)], visitsPerObject: k });
      expect([odd.assignments.length, odd.shortfalls.length]).toEqual([visits, 0]);
    }
    const noRoom = assignObjects({ objects, assignees: [person('m:1', null, [], -1)], visitsPerObject: 1 });
    expect(noRoom.shortfalls.map((s) => s.why)).toEqual(Array(3).fill('too_few_assignees'));

    const none = assignObjects({ objects: [], assignees: [], visitsPerObject: 3 });
    expect(none).toEqual({ assignments: [], shortfalls: [], loads: {} });
  });

  it('fills a slot through a chain of hand-overs when every allowed assignee is full', () => {
    // Greedy gives object 1 to A (key order); object 2 may only have A (B conflicts, C has no
    // room), so A hands object 1 to B.
    const objects = makeObjects(2, () => null);
    const out = assignObjects({
      objects,
      assignees: [person('A', null, [], 1), person('B', null, [unitOf(1)], 1), person('C', null, [unitOf(0)], 0)],
      visitsPerObject: 1,
    });
    expect(out.shortfalls).toEqual([]);
    expect(out.assignments).toEqual([
      { objectId: 1000, key: 'B', reason: 'other_district' },
      { objectId: 1001, key: 'A', reason: 'other_district' },
    ]);
  });

  it('keeps fixed assignments, counts them in loads and towards k, even against the rules', () => {
    const objects = makeObjects(4, () => '西山区');
    const input: AssignInput = {
      objects,
      assignees: [person('m:1', '西山区', [unitOf(0)], 1), person('m:2', '西山区'), person('m:3', '西山区')],
      visitsPerObject: 1,
      fixed: [
        { objectId: 1000, key: 'm:1' }, // a conflict the office chose to accept
        { objectId: 1000, key: 'm:2' },
        { objectId: 1001, key: 't:9' }, // a team not in this list
        { objectId: 77, key: 'm:3' }, // an object not in this list
      ],
    };
    const out = assignObjects(input);
    expect(hardViolations(input, out)).toEqual([]);
    expect(keysOf(out, 1000)).toEqual(['m:1', 'm:2']);
    expect(keysOf(out, 1001)).toEqual(['t:9']);
    expect(out.loads).toEqual({ 'm:1': 1, 'm:2': 2, 'm:3': 2, 't:9': 1 });
  });

  it('balances a team like one member', () => {
    const out = assignObjects({
      objects: makeObjects(9, () => null),
      assignees: [person('t:1', null, ['企业甲公司', '企业乙公司']), person('m:1', null), person('m:2', null)],
      visitsPerObject: 1,
    });
    expect(out.loads).toEqual({ 'm:1': 3, 'm:2': 3, 't:1': 3 });
  });
});
