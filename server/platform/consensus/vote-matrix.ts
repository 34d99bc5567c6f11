// The participants × statements vote matrix, stored sparse (compressed rows): a conversation
// of 20 000 participants and 1 000 statements where each sees a hundred holds 2 million
// votes, not 20 million cells. Votes: 1 agree, -1 disagree, 0 pass; a cell with no vote is
// "not seen", which is not the same as a pass.

export type VoteValue = -1 | 0 | 1;

export interface VoteMatrix {
  /** Participant ids, ascending; row r is participants[r]. */
  participants: number[];
  /** Statement ids, ascending; column c is statements[c]. */
  statements: number[];
  /** Row r's votes are entries rowStart[r] .. rowStart[r + 1] - 1, columns ascending. */
  rowStart: Int32Array;
  cols: Int32Array;
  values: Int8Array;
}

/** Collects votes in arrival order; when a participant votes twice on a statement the later vote wins. */
export class VoteMatrixBuilder {
  private pids = new Float64Array(1024);
  private tids = new Float64Array(1024);
  private votes = new Int8Array(1024);
  private size = 0;

  add(participant: number, statement: number, vote: VoteValue): void {
    if (this.size === this.pids.length) this.grow();
    this.pids[this.size] = participant;
    this.tids[this.size] = statement;
    this.votes[this.size] = vote;
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  private grow(): void {
    const cap = this.pids.length * 2;
    const pids = new Float64Array(cap);
    const tids = new Float64Array(cap);
    const votes = new Int8Array(cap);
    pids.set(this.pids);
    tids.set(this.tids);
    votes.set(this.votes);
    this.pids = pids;
    this.tids = tids;
    this.votes = votes;
  }

  build(): VoteMatrix {
    const n = this.size;
    const participants = sortedDistinct(this.pids.subarray(0, n));
    const statements = sortedDistinct(this.tids.subarray(0, n));
    const rowOf = indexOf(participants);
    const colOf = indexOf(statements);
    const rows = new Int32Array(n);
    const counts = new Int32Array(participants.length + 1);
    for (let i = 0; i < n; i++) {
      rows[i] = rowOf.get(this.pids[i]!)!;
      counts[rows[i]! + 1]!++;
    }
    for (let r = 0; r < participants.length; r++) counts[r + 1]! += counts[r]!;
    // Bucket the entries by row keeping arrival order, so "last one wins" holds within a row.
    const order = new Int32Array(n);
    const fill = counts.slice(0, participants.length);
    for (let i = 0; i < n; i++) order[fill[rows[i]!]!++] = i;

    const rowStart = new Int32Array(participants.length + 1);
    const cols = new Int32Array(n);
    const values = new Int8Array(n);
    const latest = new Int32Array(statements.length).fill(-1);
    let out = 0;
    const touched: number[] = [];
    for (let r = 0; r < participants.length; r++) {
      rowStart[r] = out;
      touched.length = 0;
      for (let j = counts[r]!; j < counts[r + 1]!; j++) {
        const i = order[j]!;
        const c = colOf.get(this.tids[i]!)!;
        if (latest[c] === -1) touched.push(c);
        latest[c] = i;
      }
      touched.sort((a, b) => a - b);
      for (const c of touched) {
        cols[out] = c;
        values[out] = this.votes[latest[c]!]!;
        latest[c] = -1;
        out++;
      }
    }
    rowStart[participants.length] = out;
    return { participants, statements, rowStart, cols: cols.slice(0, out), values: values.slice(0, out) };
  }
}

function sortedDistinct(ids: Float64Array): number[] {
  const sorted = Float64Array.from(ids).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}

function indexOf(ids: number[]): Map<number, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

/** Number of votes (agree, disagree or pass) each participant cast. */
export function votesPerRow(m: VoteMatrix): Int32Array {
  const out = new Int32Array(m.participants.length);
  for (let r = 0; r < out.length; r++) out[r] = m.rowStart[r + 1]! - m.rowStart[r]!;
  return out;
}
