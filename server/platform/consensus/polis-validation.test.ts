// The engine against Polis itself (issue 18 item 4): for four real conversations, the groups
// the engine forms from the export are compared with the group Polis placed each participant
// in (participants-votes.csv, group-id), on the participants both grouped. The target is an
// adjusted Rand index of at least 0.85 and the same number of groups.
//
// Met on vtaiwan.uberx; not yet on the other three from one analysis of the final votes
// (docs/consensus.md has the line-by-line comparison with Polis, the table after each change
// and the replayed-history figures). Each conversation below the target has its measured
// figures pinned so a change that makes the agreement worse fails here; one that reaches the
// target moves to `target` (the test then holds it there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { adjustedRandIndex } from './ari.js';
import { readParticipantsVotes, readPolisExport } from './polis-export.js';

const ROOT = join(import.meta.dirname, '../../../test-data/polis');
const TARGET_ARI = 0.85;

type Expectation = { target: true } | { target: false; measuredAri: number; measuredGroups: number };

const CONVERSATIONS: Record<string, Expectation> = {
  'vtaiwan.uberx': { target: true },
  'american-assembly.bowling-green': { target: false, measuredAri: 0.561, measuredGroups: 2 },
  'brexit-consensus': { target: false, measuredAri: 0.542, measuredGroups: 3 },
  '15-per-hour-seattle': { target: false, measuredAri: 0.563, measuredGroups: 2 },
};

function file(dir: string, name: string): string | null {
  const path = join(ROOT, dir, `${name}.gz`);
  return existsSync(path) ? gunzipSync(readFileSync(path)).toString('utf8') : null;
}

/** The engine's groups against Polis's, as the command line would read the folder. */
function compareWithPolis(dir: string): { ari: number; groups: number; polisGroups: number; compared: number } {
  const participantsVotes = file(dir, 'participants-votes.csv')!;
  const conv = readPolisExport({
    comments: file(dir, 'comments.csv')!,
    votes: file(dir, 'votes.csv'),
    participantsVotes,
  });
  const { polisGroup } = readParticipantsVotes(participantsVotes);
  const a = analyse({ matrix: conv.matrix, moderatedOut: conv.moderatedOut });
  const ours: number[] = [];
  const theirs: number[] = [];
  a.participants.forEach((pid, r) => {
    const polis = polisGroup.get(pid) ?? null;
    if (a.group[r]! >= 0 && polis !== null) {
      ours.push(a.group[r]!);
      theirs.push(polis);
    }
  });
  const polisGroups = new Set([...polisGroup.values()].filter((g) => g !== null)).size;
  return { ari: adjustedRandIndex(ours, theirs), groups: a.groups.length, polisGroups, compared: ours.length };
}

describe('groups against Polis', () => {
  for (const [dir, expected] of Object.entries(CONVERSATIONS)) {
    it(dir, () => {
      const r = compareWithPolis(dir);
      // Nearly every participant Polis grouped is grouped here too (same in-conversation rule).
      expect(r.compared).toBeGreaterThan(100);
      if (expected.target) {
        expect(r.groups).toBe(r.polisGroups);
        expect(r.ari).toBeGreaterThanOrEqual(TARGET_ARI);
      } else {
        expect(r.groups).toBe(expected.measuredGroups);
        expect(r.ari).toBeGreaterThanOrEqual(expected.measuredAri - 0.005);
      }
    });
  }
});
