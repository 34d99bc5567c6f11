// The engine's groups against Polis's on the four real conversations in test-data/polis/, as
// the validation test computes them, printed as a table (ARI and k per conversation) with the
// analysis time. `node --import tsx bench/consensus/polis-agreement.ts`
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyse } from '../../server/platform/consensus/analyse.js';
import { adjustedRandIndex } from '../../server/platform/consensus/ari.js';
import { readParticipantsVotes, readPolisExport } from '../../server/platform/consensus/polis-export.js';

const ROOT = join(import.meta.dirname, '../../test-data/polis');
const DIRS = ['vtaiwan.uberx', 'american-assembly.bowling-green', 'brexit-consensus', '15-per-hour-seattle'];

function file(dir: string, name: string): string | null {
  const path = join(ROOT, dir, `${name}.gz`);
  return existsSync(path) ? gunzipSync(readFileSync(path)).toString('utf8') : null;
}

for (const dir of DIRS) {
  const pv = file(dir, 'participants-votes.csv')!;
  const conv = readPolisExport({
    comments: file(dir, 'comments.csv')!,
    votes: file(dir, 'votes.csv'),
    participantsVotes: pv,
  });
  const { polisGroup } = readParticipantsVotes(pv);
  const t0 = performance.now();
  const a = analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut });
  const ms = performance.now() - t0;
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
    `${dir.padEnd(32)} ARI ${adjustedRandIndex(ours, theirs).toFixed(3)}  k ${a.groups.length} (Polis ${polisK})  compared ${ours.length}  ${ms.toFixed(0)} ms  silhouettes ${sil}`,
  );
}
