// Replaying a timestamped vote stream at Polis's poll cadence: one analysis per window that
// brought votes, each continuing the last, ending on the same votes as a single analysis.
import { describe, expect, it } from 'vitest';
import { readVoteStream } from './polis-export.js';
import { type TimedVote, replayVotes } from './replay.js';

/** Two camps of 20 arriving one participant per 3 seconds; each votes on 10 statements within a second. */
function stream(): TimedVote[] {
  const votes: TimedVote[] = [];
  for (let p = 0; p < 40; p++) {
    const camp = p % 2 === 0 ? 1 : -1;
    for (let t = 0; t < 10; t++)
      votes.push({
        at: 1_000_000 + p * 3000 + t * 50,
        participant: p,
        statement: t,
        vote: (t < 5 ? camp : -camp) as 1 | -1,
      });
  }
  return votes;
}

describe('replayVotes', () => {
  it('ends with the camps as groups, the smoother having seen every window', () => {
    const a = replayVotes(stream())!;
    expect(a.groups).toHaveLength(2);
    const groupOf = (pid: number) => a.group[a.participants.indexOf(pid)];
    for (let p = 2; p < 40; p += 2) expect(groupOf(p)).toBe(groupOf(0));
    for (let p = 1; p < 40; p += 2) expect(groupOf(p)).not.toBe(groupOf(0));
    // 40 windows (one per participant); k = 2 won all of them once in-conversation filled up.
    expect(a.state.kSmoother!.lastKCount).toBeGreaterThan(20);
  });

  it('applies a changed vote at its time, whatever the input order', () => {
    const votes = stream();
    // Participant 0 later turns to camp "odd" on every statement.
    for (let t = 0; t < 10; t++)
      votes.unshift({ at: 9_000_000 + t, participant: 0, statement: t, vote: (t < 5 ? -1 : 1) as 1 | -1 });
    const a = replayVotes(votes)!;
    const groupOf = (pid: number) => a.group[a.participants.indexOf(pid)];
    expect(groupOf(0)).toBe(groupOf(1));
  });

  it('is null for no votes', () => {
    expect(replayVotes([])).toBeNull();
  });

  it('reads votes.csv as a stream in time order', () => {
    const text = 'timestamp,datetime,comment-id,voter-id,vote\n20,x,1,7,-1\n10,x,1,7,1\n10,x,2,8,0\n';
    expect(readVoteStream(text)).toEqual([
      { at: 10, statement: 1, participant: 7, vote: 1 },
      { at: 10, statement: 2, participant: 8, vote: 0 },
      { at: 20, statement: 1, participant: 7, vote: -1 },
    ]);
  });
});
