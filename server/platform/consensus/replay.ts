// Polis's groups are not one computation on the final votes: its math server polls for new
// votes every second (`:poller :votes :polling-interval 1000`) and each update continues the
// previous PCA, base clusters, group clusterings and k smoother. Which of two near-equal cuts
// it ends up holding depends on that history. This replays a timestamped vote stream the same
// way: one analysis per poll window that brought votes, each continuing the previous state,
// with each batch applied in the order Polis's conv-poll returns it (statement, participant,
// time). The consultation module gets the same behaviour by analysing as votes arrive and
// passing the state back; this is for a conversation whose whole stream is at hand.
import { type Analysis, type AnalysisState, analyse } from './analyse.js';
import { VoteMatrixBuilder, type VoteValue } from './vote-matrix.js';

export interface TimedVote {
  /** Milliseconds since the epoch. */
  at: number;
  participant: number;
  statement: number;
  vote: VoteValue;
}

/** Polis's vote polling interval. */
export const POLL_INTERVAL_MS = 1000;

export interface ReplayOptions {
  moderatedOut?: Iterable<number>;
  pollIntervalMs?: number;
}

/** The analysis after the last poll window; null when there are no votes. */
export function replayVotes(votes: readonly TimedVote[], options: ReplayOptions = {}): Analysis | null {
  const interval = options.pollIntervalMs ?? POLL_INTERVAL_MS;
  const moderatedOut = [...(options.moderatedOut ?? [])];
  const stream = [...votes].sort((a, b) => a.at - b.at);
  const builder = new VoteMatrixBuilder();
  let previous: AnalysisState | null = null;
  let last: Analysis | null = null;
  for (let i = 0; i < stream.length;) {
    const end = stream[i]!.at + interval;
    const batch: TimedVote[] = [];
    while (i < stream.length && stream[i]!.at < end) batch.push(stream[i++]!);
    batch.sort((a, b) => a.statement - b.statement || a.participant - b.participant || a.at - b.at);
    for (const v of batch) builder.add(v.participant, v.statement, v.vote);
    last = analyse({ matrix: builder.build(), moderatedOut, previous });
    previous = last.state;
  }
  return last;
}
