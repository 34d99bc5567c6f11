// Reading a conversation exported from Polis: comments.csv (statements and their moderation)
// with votes.csv (the vote stream; the latest vote per participant and statement wins) or,
// when the stream is absent, participants-votes.csv (one row per participant, one column per
// statement, and the group Polis placed him in). Texts in, matrix out: no file access here.
import { csvRecords, parseCsv } from './csv.js';
import type { TimedVote } from './replay.js';
import { type VoteMatrix, VoteMatrixBuilder, type VoteValue } from './vote-matrix.js';

export interface PolisStatement {
  id: number;
  body: string;
  /** 1 accepted, 0 not moderated, -1 moderated out. */
  moderated: number;
}

export interface PolisConversation {
  statements: PolisStatement[];
  matrix: VoteMatrix;
  /** Statement ids moderated out. */
  moderatedOut: number[];
}

function integer(value: string, what: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new Error(`${what}: "${value}" is not a whole number`);
  return Number(value);
}

function vote(value: string, what: string): VoteValue {
  const v = integer(value, what);
  if (v !== -1 && v !== 0 && v !== 1) throw new Error(`${what}: vote ${v} is not -1, 0 or 1`);
  return v;
}

export function readComments(text: string): PolisStatement[] {
  return csvRecords(text).map((r, i) => ({
    id: integer(r['comment-id'] ?? '', `comments.csv row ${i + 2} comment-id`),
    body: r['comment-body'] ?? '',
    moderated: r['moderated'] ? integer(r['moderated'], `comments.csv row ${i + 2} moderated`) : 0,
  }));
}

/** votes.csv: timestamp, datetime, comment-id, voter-id, vote; in timestamp order (file order among equals). */
export function readVoteStream(text: string): TimedVote[] {
  const rows = csvRecords(text).map((r, i) => ({
    at: Number(r['timestamp']) || 0,
    line: i,
    statement: integer(r['comment-id'] ?? '', `votes.csv row ${i + 2} comment-id`),
    participant: integer(r['voter-id'] ?? '', `votes.csv row ${i + 2} voter-id`),
    vote: vote(r['vote'] ?? '', `votes.csv row ${i + 2} vote`),
  }));
  rows.sort((a, b) => a.at - b.at || a.line - b.line);
  return rows.map(({ at, statement, participant, vote }) => ({ at, statement, participant, vote }));
}

/** votes.csv as a matrix: the votes applied in timestamp order, so the latest wins. */
export function readVotes(text: string): VoteMatrix {
  const builder = new VoteMatrixBuilder();
  for (const r of readVoteStream(text)) builder.add(r.participant, r.statement, r.vote);
  return builder.build();
}

export interface ParticipantsVotes {
  matrix: VoteMatrix;
  /** Polis's group per participant id; null when Polis did not group him. */
  polisGroup: Map<number, number | null>;
}

/** participants-votes.csv: participant, group-id, n-comments, n-votes, n-agree, n-disagree, then one column per statement id. */
export function readParticipantsVotes(text: string): ParticipantsVotes {
  const [header, ...rows] = parseCsv(text);
  if (!header || header[0] !== 'participant' || !header.includes('group-id'))
    throw new Error('participants-votes.csv: the header must start with participant and hold group-id');
  const groupCol = header.indexOf('group-id');
  const statementCols = header
    .map((name, i) => ({ name, i }))
    .filter(({ name }) => /^\d+$/.test(name))
    .map(({ name, i }) => ({ id: Number(name), i }));
  const builder = new VoteMatrixBuilder();
  const polisGroup = new Map<number, number | null>();
  rows.forEach((row, n) => {
    if (row.length === 1 && row[0] === '') return;
    const pid = integer(row[0] ?? '', `participants-votes.csv row ${n + 2} participant`);
    const g = row[groupCol] ?? '';
    polisGroup.set(pid, g === '' ? null : integer(g, `participants-votes.csv row ${n + 2} group-id`));
    for (const { id, i } of statementCols) {
      const cell = row[i] ?? '';
      if (cell !== '') builder.add(pid, id, vote(cell, `participants-votes.csv row ${n + 2} statement ${id}`));
    }
  });
  return { matrix: builder.build(), polisGroup };
}

/** A conversation from its export files' texts; votes.csv is used when given, else participants-votes.csv. */
export function readPolisExport(files: {
  comments: string;
  votes?: string | null;
  participantsVotes?: string | null;
}): PolisConversation {
  const statements = readComments(files.comments);
  let matrix: VoteMatrix;
  if (typeof files.votes === 'string') matrix = readVotes(files.votes);
  else if (typeof files.participantsVotes === 'string') matrix = readParticipantsVotes(files.participantsVotes).matrix;
  else throw new Error('a Polis export needs votes.csv or participants-votes.csv');
  return { statements, matrix, moderatedOut: statements.filter((s) => s.moderated === -1).map((s) => s.id) };
}
