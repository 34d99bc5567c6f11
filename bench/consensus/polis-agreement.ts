// The engine's groups against Polis's on the four real conversations in test-data/polis/:
// one analysis of the final votes (as the validation test and `lvzhi consensus-analyse` run
// it) and, with --replay and where votes.csv holds the stream, the stream replayed at Polis's
// one-second poll cadence (replay.ts). Prints ARI and k per conversation with the time.
// `node --import tsx bench/consensus/polis-agreement.ts [--replay] [--only <dir>]`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Analysis, analyse } from '../../server/platform/consensus/analyse.js';
import { adjustedRandIndex } from '../../server/platform/consensus/ari.js';
import {
  readParticipantsVotes,
  readPolisExport,
  readVoteStream,
} from '../../server/platform/consensus/polis-export.js';
import { replayVotes } from '../../server/platform/consensus/replay.js';

const ROOT = join(import.meta.dirname, '../../test-data/polis');
const DIRS = ['vtaiwan.uberx', 'american-assembly.bowling-green', 'brexit-consensus', '15-per-hour-seattle'];

function file(dir: string, name: string): string | null {
  const path = join(ROOT, dir, `${name}.gz`);
  return existsSync(path) ? gunzipSync(readFileSync(path)).toString('utf8') : null;
}

const args = process.argv.slice(2);
const withReplay = args.includes('--replay');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

function report(dir: string, how: string, a: Analysis, polisGroup: Map<number, number | null>, ms: number): void {
  const ours: number[] = [];
  const theirs: number[] = [];
  a.participants.forEach((pid, r) => {
    const g = polisGroup.get(pid) ?? null;
    if (a.group[r]! >= 0 && g !== null) {
      ours.push(a.group[r]!);
      theirs.push(g);
    }
  });
  const polisK = new Set([...polisGroup.values()].filter((g) => g !== null)).size;
  const sil = Object.entries(a.silhouettes)
    .map(([k, s]) => `${k}:${s.toFixed(3)}`)
    .join(' ');
  console.log(
    `${dir.padEnd(32)} ${how.padEnd(7)} ARI ${adjustedRandIndex(ours, theirs).toFixed(3)}  k ${a.groups.length} (Polis ${polisK})  compared ${ours.length}  ${ms.toFixed(0)} ms  silhouettes ${sil}`,
  );
}

for (const dir of DIRS.filter((d) => !only || d === only)) {
  const pv = file(dir, 'participants-votes.csv')!;
  const votes = file(dir, 'votes.csv');
  const conv = readPolisExport({ comments: file(dir, 'comments.csv')!, votes, participantsVotes: pv });
  const { polisGroup } = readParticipantsVotes(pv);
  let t0 = performance.now();
  const a = analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut });
  report(dir, 'final', a, polisGroup, performance.now() - t0);
  if (withReplay && votes) {
    t0 = performance.now();
    const r = replayVotes(readVoteStream(votes), { moderatedOut: conv.moderatedOut })!;
    report(dir, 'replay', r, polisGroup, performance.now() - t0);
  }
}
