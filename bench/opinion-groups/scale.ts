// The grouping's speed at province scale (issue 15 item 5), in memory: 100 000 opinions of one
// campaign's organisation (the worst case: one shard) grouped from scratch, then opinions
// added one at a time to the groups (index update, candidates, comparison, placement) with
// their p50 and p99. Texts from scale-texts.ts (a generator: this is not the labelled set).
//
//   node --import tsx bench/opinion-groups/scale.ts [--n 100000] [--adds 2000]
import { parseArgs } from 'node:util';
import { groupAll, OpinionGrouper, type GroupView } from '../../server/platform/search/opinion-grouping.js';
import { scaleOpinions } from './scale-texts.js';

export interface ScaleFigures {
  opinions: number;
  loadMs: number;
  groupMs: number;
  totalMs: number;
  /** CPU time of this process over the from-scratch part (load and grouping), seconds. */
  scratchCpuS: number;
  groups: number;
  grouped: number;
  adds: number;
  addP50Ms: number;
  addP99Ms: number;
  addMaxMs: number;
  rssMb: number;
}

const quantile = (xs: number[], q: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The shard (organisation) of the i-th of n opinions. `province`: the bench's province (one
 * provincial committee, 14 cities, 85 counties) with a quarter of the opinions at the top,
 * 35 % over the cities and 40 % over the counties; `one`: all in one organisation.
 */
export function shardOf(i: number, n: number, shape: Shape): number {
  if (shape === 'one') return 1;
  const x = i / n;
  if (x < 0.25) return 1;
  if (x < 0.6) return 2 + (i % 14);
  return 16 + (i % 85);
}
export type Shape = 'province' | 'one';

export function runScale(
  n = 100_000,
  adds = 2000,
  shape: Shape = 'province',
): ScaleFigures & { shape: Shape; largestShard: number } {
  const texts = scaleOpinions(n + adds);
  const grouper = new OpinionGrouper();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  grouper.load(texts.slice(0, n).map((text, i) => ({ id: i + 1, shard: shardOf(i, n, shape), text })));
  const t1 = performance.now();
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  const found = groupAll(grouper, ids);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  // The groups as the incremental placer sees them.
  const members = new Map<number, number[]>();
  for (const [id, g] of found) members.set(g, [...(members.get(g) ?? []), id]);
  for (const [g, m] of members) if (m.length < 2) members.delete(g);
  const groupOf = new Map<number, number>();
  for (const [g, m] of members) for (const id of m) groupOf.set(id, g);
  const view: GroupView = { groupOf: (id) => groupOf.get(id) ?? null, membersOf: (g) => members.get(g) ?? [] };
  const times: number[] = [];
  for (let i = 0; i < adds; i++) {
    const id = n + i + 1;
    const s = performance.now();
    // Added to the largest organisation: the slowest case.
    grouper.add(id, 1, texts[n + i]!);
    const p = grouper.place(id, view);
    const g = p.group ?? p.pairWith;
    if (g !== null) {
      if (!members.has(g)) members.set(g, [g]);
      members.get(g)!.push(id);
      groupOf.set(id, g).set(g, g);
    }
    times.push(performance.now() - s);
  }
  return {
    shape,
    largestShard: shape === 'one' ? n : Math.ceil(n / 4),
    opinions: n,
    loadMs: Math.round(t1 - t0),
    groupMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    scratchCpuS: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    groups: [...members.values()].length,
    grouped: [...members.values()].reduce((s, m) => s + m.length, 0),
    adds,
    addP50Ms: r1(quantile(times, 0.5)),
    addP99Ms: r1(quantile(times, 0.99)),
    addMaxMs: r1(Math.max(...times)),
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
}

if (process.argv[1]?.endsWith('scale.ts')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100000' },
      adds: { type: 'string', default: '2000' },
      shape: { type: 'string', default: 'province' },
    },
  });
  console.log(JSON.stringify(runScale(Number(values.n), Number(values.adds), values.shape as Shape)));
}
