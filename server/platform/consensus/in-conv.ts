// Who is placed in an opinion group. As Polis does: a participant counts once he has voted on
// at least 7 statements (or on all of them while there are fewer than 7), stays counted once
// in, and while fewer than 15 participants qualify the most active voters fill up to 15, so a
// young conversation still shows a map.
import { type VoteMatrix, votesPerRow } from './vote-matrix.js';

export const MIN_VOTES = 7;
export const GREEDY_MIN_PARTICIPANTS = 15;

/** Row flags (1 = grouped) for the matrix's participants; `previously` lists ids already in. */
export function inConversation(m: VoteMatrix, previously: Iterable<number> = []): Uint8Array {
  const counts = votesPerRow(m);
  const threshold = Math.min(MIN_VOTES, m.statements.length);
  const before = new Set(previously);
  const flags = new Uint8Array(counts.length);
  let inCount = 0;
  for (let r = 0; r < counts.length; r++) {
    if (counts[r]! >= threshold || before.has(m.participants[r]!)) {
      flags[r] = 1;
      inCount++;
    }
  }
  if (inCount < GREEDY_MIN_PARTICIPANTS) {
    const rest = [...counts.keys()].filter((r) => !flags[r] && counts[r]! > 0);
    rest.sort((a, b) => counts[b]! - counts[a]! || a - b);
    for (const r of rest.slice(0, GREEDY_MIN_PARTICIPANTS - inCount)) flags[r] = 1;
  }
  return flags;
}
