// The opinions' near-duplicate grouping (issue 15 items 4 and 5), measured without a server:
// the engine is in-process code (platform/search/opinion-grouping.ts) that the placer and the
// regroup call with rows they read, so its figures are the engine's own.
//   (s) grouping quality on the hand-labelled opinions (server/platform/search/testdata/):
//       adjusted Rand index of the groups found against the labels, same-subject different-ask
//       singletons put into a group, the misses by name; the fit part (where the model and its
//       threshold were fitted) and the held-out measure part apart, then the whole set.
//   (t) scale: 100 000 generated opinions of a province (bench/opinion-groups/scale-texts.ts)
//       grouped from scratch, then opinions added one at a time (p50, p99); wall-clock and the
//       process's CPU time, with the load average (the machine is shared).
//
//   npm run bench:opinions [-- --n 100000 --adds 2000 --shape province|one]
//   npm run bench:opinions -- --quality   (case (s) alone, a few seconds; writes nothing)
// Writes bench/results/<date>-opinion-grouping.json.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  labelledOpinions,
  measureGrouping,
  splitOf,
  type GroupingFigures,
} from '../../server/platform/search/opinion-labelled.js';
import { OPINION_MODEL } from '../../server/platform/search/opinion-model.js';
import { BENCH_ROOT } from '../generate/dataset.js';
import { runScale, type Shape } from '../opinion-groups/scale.js';

export interface QualityResult {
  threshold: number;
  fit: GroupingFigures;
  measure: GroupingFigures;
  all: GroupingFigures;
}

export function qualityCase(): QualityResult {
  const file = labelledOpinions();
  const split = splitOf(file);
  const part = (p: 'fit' | 'measure') => file.opinions.filter((o) => split.get(o.id) === p);
  return {
    threshold: OPINION_MODEL.threshold,
    fit: measureGrouping(part('fit')),
    measure: measureGrouping(part('measure')),
    all: measureGrouping(file.opinions),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function printQuality(q: QualityResult): string {
  const line = (name: string, f: GroupingFigures) =>
    `| ${name} | ${f.opinions} | ${f.labelledGroups} / ${f.foundGroups} | **${f.ari.toFixed(3)}** | ${f.sameSubjectGrouped}/${f.sameSubject} (${pct(f.sameSubjectGroupedShare)}) | ${f.pairsFound}/${f.pairsLabelled} | ${f.pairsWrong} |`;
  return [
    `(s) grouping quality, threshold ${q.threshold}`,
    '| part | opinions | groups labelled / found | ARI | same-subject singletons grouped | labelled pairs found | pairs wrongly together |',
    '|---|---|---|---|---|---|---|',
    line('fit', q.fit),
    line('measure (held out)', q.measure),
    line('whole set', q.all),
    'misses (measure part):',
    ...q.measure.misses.map((m) => `  ${m}`),
    'misses (fit part):',
    ...q.fit.misses.map((m) => `  ${m}`),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100000' },
      adds: { type: 'string', default: '2000' },
      shape: { type: 'string', default: 'province' },
      quality: { type: 'boolean', default: false },
    },
  });
  const commit = execSync('git rev-parse --short HEAD', { cwd: BENCH_ROOT, encoding: 'utf8' }).trim();
  const loadBefore = loadavg()[0]!;
  const quality = qualityCase();
  console.log(printQuality(quality));
  if (values.quality) return;
  const cpu0 = process.cpuUsage();
  const scale = runScale(Number(values.n), Number(values.adds), values.shape as Shape);
  const cpu = process.cpuUsage(cpu0);
  const cpuS = Math.round((cpu.user + cpu.system) / 1e4) / 100;
  const loadAfter = loadavg()[0]!;
  console.log(
    `(t) scale (${scale.shape}, largest organisation ${scale.largestShard}): ${scale.opinions} opinions grouped from scratch in ${(scale.totalMs / 1000).toFixed(1)} s wall (load ${scale.loadMs} ms, grouping ${scale.groupMs} ms; CPU ${scale.scratchCpuS} s, of the whole case ${cpuS} s), ${scale.groups} groups holding ${scale.grouped}; adding one: p50 ${scale.addP50Ms} ms, p99 ${scale.addP99Ms} ms, max ${scale.addMaxMs} ms over ${scale.adds}; RSS ${scale.rssMb} MB; load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
  );
  const dir = join(BENCH_ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().slice(0, 10)}-opinion-grouping.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ commit, load: [loadBefore, loadAfter], quality, scale: { ...scale, cpuS } }, null, 2)}\n`,
  );
  console.log(`written: ${file}`);
}

if (process.argv[1]?.endsWith('opinion-grouping-cases.ts')) await main();
