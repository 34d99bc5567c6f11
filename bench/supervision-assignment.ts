// Micro-benchmark of the supervision assignment (pure, no server): a campaign's objects spread
// over a city's districts, members with their own work units (a fifth of them working for the
// bureau that runs a share of the objects, or for one object itself), k visits each. Prints
// the median and worst time of a few runs and the result's shape (shortfalls, load spread,
// share of local visitors).
//
//   node --import tsx bench/supervision-assignment.ts [--objects 300] [--assignees 600] [--k 3] [--runs 7] [--seed 1]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import {
  assignObjects,
  type Assignee,
  type AssignObject,
} from '../server/modules/supervision/assignment/assignment.model.js';

const { values: args } = parseArgs({
  options: {
    objects: { type: 'string', default: '300' },
    assignees: { type: 'string', default: '600' },
    k: { type: 'string', default: '3' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
  },
});
const M = Number(args.objects);
const N = Number(args.assignees);
const K = Number(args.k);
let state = Number(args.seed) >>> 0;
const rnd = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const districts = ['东湖区', '西山区', '临江县', '北岭县', '南港区', '青石县', '白沙区', '云台县'];
const bureaus = ['江临市园林局', '江临市住建局', '江临市文旅局', '江临市体育局'];
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

const objects: AssignObject[] = Array.from({ length: M }, (_, j) => ({
  id: j + 1,
  name: `第${j + 1}号绿地`,
  district: pick(districts),
  responsibleUnit: rnd() < 0.5 ? pick(bureaus) : `第${j + 1}号绿地管理处`,
}));
const assignees: Assignee[] = Array.from({ length: N }, (_, i) => {
  const roll = rnd();
  const unit =
    roll < 0.1 ? pick(bureaus) : roll < 0.2 ? `第${1 + Math.floor(rnd() * M)}号绿地管理处` : `江临${i}号企业`;
  return { key: `m:${i + 1}`, district: pick(districts), workUnits: [unit] };
});

const times: number[] = [];
let out = assignObjects({ objects, assignees, visitsPerObject: K });
for (let run = 0; run < Number(args.runs); run++) {
  const t0 = performance.now();
  out = assignObjects({ objects, assignees, visitsPerObject: K });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const loads = Object.values(out.loads);
const local = out.assignments.filter((x) => x.reason === 'same_district').length;
console.log(
  `${M} objects × ${N} assignees, k=${K}: median ${times[times.length >> 1].toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms; ` +
    `${out.assignments.length} visits, ${out.shortfalls.length} objects short, loads ${Math.min(...loads)}–${Math.max(...loads)}, ` +
    `${((100 * local) / Math.max(1, out.assignments.length)).toFixed(0)}% local`,
);
