// Speed of the consensus engine (issue 18 item 6): a real conversation (vtaiwan.uberx, about
// 1 900 participants × 200 statements; target ≤ 200 ms) and a synthetic 20 000 × 1 000 one
// (target ≤ 5 s with bounded memory), each analysed from its vote matrix. Prints the figures
// with the machine's load; run with `node --import tsx bench/consensus/analyse.ts [--runs 10]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs, stringFlag } from '../../server/cli/args.js';
import { analyse } from '../../server/platform/consensus/analyse.js';
import { readPolisExport } from '../../server/platform/consensus/polis-export.js';
import { VoteMatrixBuilder, type VoteValue } from '../../server/platform/consensus/vote-matrix.js';

const { flags } = parseArgs(process.argv.slice(2));
const runs = Number(stringFlag(flags, 'runs') ?? 10);
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

function quantiles(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s[s.length - 1]!.toFixed(0)} ms (${s.length} runs)`;
}

// 1. vtaiwan.uberx from the repository's copy.
const dir = join(import.meta.dirname, '../../test-data/polis/vtaiwan.uberx');
const gz = (name: string) => gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString('utf8');
const read = timed(() => readPolisExport({ comments: gz('comments.csv'), votes: gz('votes.csv') }));
const conv = read.value;
const nnz = conv.matrix.cols.length;
analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut }); // warm-up (JIT)
const real: number[] = [];
for (let i = 0; i < runs; i++)
  real.push(timed(() => analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut })).ms);
console.log(`loadavg before synthetic: ${loadavg()}`);
console.log(
  `vtaiwan.uberx ${conv.matrix.participants.length} × ${conv.matrix.statements.length}, ${nnz} votes: ` +
    `reading the export ${read.ms.toFixed(0)} ms; analysis ${quantiles(real)}; target ≤ 200 ms`,
);

// 2. Synthetic: 20 000 participants, 1 000 statements, three opinion camps plus noise; each
// participant sees 20-180 statements (about 100 on average), as in real conversations where
// nobody sees everything.
const P = 20_000;
const S = 1_000;
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const stance = Array.from({ length: 3 }, () => Float64Array.from({ length: S }, () => rand() * 2 - 1));
const build = timed(() => {
  const b = new VoteMatrixBuilder();
  for (let p = 0; p < P; p++) {
    const camp = stance[p % 3]!;
    const seen = 20 + Math.floor(rand() * 160);
    for (let j = 0; j < seen; j++) {
      const t = Math.floor(rand() * S);
      const lean = camp[t]! + (rand() - 0.5);
      const v: VoteValue = Math.abs(lean) < 0.15 ? 0 : lean > 0 ? 1 : -1;
      b.add(p, t, v);
    }
  }
  return b.build();
});
const synthetic = build.value;
const before = rssMb();
const first = timed(() => analyse({ matrix: synthetic }));
const again: number[] = [first.ms];
for (let i = 1; i < Math.min(runs, 3); i++) again.push(timed(() => analyse({ matrix: synthetic })).ms);
console.log(
  `synthetic ${P} × ${S}, ${synthetic.cols.length} votes (matrix built in ${build.ms.toFixed(0)} ms): ` +
    `analysis ${quantiles(again)}, ${first.value.groups.length} groups; target ≤ 5 000 ms`,
);
console.log(`peak RSS ${rssMb()} MB (${before} MB after building the matrix)`);
console.log(`loadavg after: ${loadavg()}`);
