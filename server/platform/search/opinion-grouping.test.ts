// The near-duplicate grouping of opinions: the adjusted Rand index on small cases worked out
// by hand, the hand-labelled set's shape, the figures the committed model reaches on it (the
// measure part is held out from the fit), and that placing opinions one by one gives the
// groups a regroup gives.
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './grouping-metrics.js';
import { groupAll, OpinionGrouper, opinionStructured, type GroupView } from './opinion-grouping.js';
import { labelledOpinions, measureGrouping, splitOf } from './opinion-labelled.js';

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names, 0 for all-apart against all-together', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'b'], ['x', 'x', 'y'])).toBe(1);
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });

  it('matches the values worked out by hand', () => {
    // Contingency [[2,0],[0,1],[0,1]] vs truth {0,0},{1,1}: index 1, rows 1, cols 2, total 6,
    // expected 1/3, max 3/2: (1 - 1/3) / (3/2 - 1/3) = 4/7.
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(4 / 7, 12);
    // Truth {0,0,0},{1,1,1}, found {0,0},{1,1},{2,2}: index 2, rows 6, cols 3, total 15,
    // expected 18/15, max 4.5: (2 - 1.2) / (4.5 - 1.2) = 0.2424…
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [0, 0, 0, 1, 1, 1])).toBeCloseTo(0.8 / 3.3, 12);
    // Below chance: the two pairs split across each other.
    expect(adjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1])).toBeCloseTo(-0.5, 12);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow();
  });
});

describe('the hand-labelled opinions', () => {
  const file = labelledOpinions();

  it('has at least 150 opinions, 25 groups of 3 to 7, 20 same-subject other-ask singletons', () => {
    const ids = file.opinions.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(file.opinions.length).toBeGreaterThanOrEqual(150);
    const sizes = file.groups.map((g) => file.opinions.filter((o) => o.group === g.key).length);
    expect(sizes.length).toBeGreaterThanOrEqual(25);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    const keys = new Set(file.groups.map((g) => g.key));
    const sameSubject = file.opinions.filter((o) => o.sameSubjectAs);
    expect(sameSubject.length).toBeGreaterThanOrEqual(20);
    for (const o of file.opinions) {
      expect(!(o.group && o.sameSubjectAs)).toBe(true);
      if (o.group) expect(keys.has(o.group)).toBe(true);
      if (o.sameSubjectAs) expect(keys.has(o.sameSubjectAs)).toBe(true);
    }
    // Both parts hold groups and same-subject singletons.
    const split = splitOf(file);
    for (const part of ['fit', 'measure'])
      expect(sameSubject.filter((o) => split.get(o.id) === part).length).toBeGreaterThanOrEqual(10);
  });

  it('groups the held-out part with ARI ≥ 0.90; same-subject singletons grouped at most 2 of 16', () => {
    const split = splitOf(file);
    const measure = measureGrouping(file.opinions.filter((o) => split.get(o.id) === 'measure'));
    expect(measure.ari).toBeGreaterThanOrEqual(0.9);
    // Issue 15 asks for at most 5 %; the committed model reaches 12.5 % (2 of 16) held out:
    // reported in bench/README.md, held here so it gets no worse.
    expect(measure.sameSubjectGrouped).toBeLessThanOrEqual(2);
    const fit = measureGrouping(file.opinions.filter((o) => split.get(o.id) === 'fit'));
    expect(fit.ari).toBeGreaterThanOrEqual(0.85);
    expect(fit.sameSubjectGrouped).toBeLessThanOrEqual(2);
    // The whole set grouped together (twice the subjects): 0.892 and 4 of 35 with the remedy
    // features, 0.806 and 12 of 35 without.
    const all = measureGrouping(file.opinions);
    expect(all.ari).toBeGreaterThanOrEqual(0.85);
    expect(all.sameSubjectGrouped).toBeLessThanOrEqual(4);
  });
});

describe('the grouper', () => {
  it('reads an opinion as what is wrong, then what it asks for', () => {
    expect(opinionStructured({ title: '', body: '路灯坏了，建议尽快修好。' })).toEqual({
      title: '',
      reasons: '路灯坏了，',
      suggestions: '建议尽快修好。',
    });
    expect(opinionStructured({ title: 't', body: '修一下路灯' })).toEqual({ title: 't', suggestions: '修一下路灯' });
  });

  it('places opinions one by one into the groups a regroup finds', () => {
    const all = labelledOpinions().opinions;
    const ops = all.slice(0, 60);
    // The collection statistics come from every organisation's opinions: here the whole set,
    // in another shard, as a city's earlier campaigns would be.
    const background = all.map((o, i) => ({ id: 1000 + i, shard: 99, text: o }));
    const a = new OpinionGrouper();
    a.load([...background, ...ops.map((o, i) => ({ id: i + 1, shard: 7, text: o }))]);
    const scratch = groupAll(
      a,
      ops.map((_, i) => i + 1),
    );
    // Incremental: each opinion added to the index only when it arrives.
    const b = new OpinionGrouper();
    b.load(background);
    const groupOf = new Map<number, number>();
    const members = new Map<number, number[]>();
    const view: GroupView = { groupOf: (id) => groupOf.get(id) ?? null, membersOf: (g) => members.get(g) ?? [] };
    ops.forEach((o, i) => {
      const id = i + 1;
      b.add(id, 7, o);
      const p = b.place(id, view);
      if (p.group !== null) {
        groupOf.set(id, p.group);
        members.get(p.group)!.push(id);
      } else if (p.pairWith !== null) {
        groupOf.set(id, p.pairWith).set(p.pairWith, p.pairWith);
        members.set(p.pairWith, [p.pairWith, id]);
      }
    });
    const together = (g: Map<number, number>, x: number, y: number) =>
      (g.get(x) ?? x) === (g.get(y) ?? y) && (g.get(x) !== undefined || x === y);
    let same = 0,
      total = 0;
    for (let x = 1; x <= ops.length; x++)
      for (let y = x + 1; y <= ops.length; y++) {
        const s = scratch.get(x) === scratch.get(y);
        if (s || together(groupOf, x, y)) total++;
        if (s && together(groupOf, x, y)) same++;
      }
    // The statistics differ (the incremental index grows), so a pair may differ; nearly all agree.
    expect(same / total).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps an opinion the office took out alone, and keeps shards apart', () => {
    const g = new OpinionGrouper();
    g.load(labelledOpinions().opinions.map((o, i) => ({ id: 1000 + i, shard: 99, text: o })));
    const texts = [
      '青石巷路灯坏了两个月，晚上太黑，请尽快修好路灯',
      '清源区青石巷的路灯一直不亮，希望派人维修路灯',
      '青石巷路灯全坏了，赶紧修路灯吧',
    ];
    texts.forEach((body, i) => g.add(i + 1, 1, { title: '', body }));
    g.add(4, 2, { title: '', body: texts[0]! });
    const all = groupAll(g, [1, 2, 3]);
    expect(new Set(all.values()).size).toBe(1);
    const kept = groupAll(g, [1, 2, 3], { keepAlone: new Set([2]) });
    expect(kept.get(2)).toBe(2);
    expect(kept.get(3)).toBe(kept.get(1));
    expect(g.candidates(4).map((c) => c.id)).toEqual([]);
    expect(g.representative([1, 2, 3])).not.toBeNull();
  });
});
