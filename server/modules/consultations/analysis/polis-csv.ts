// A consultation written out in Polis's export format (comments.csv, votes.csv,
// participants-votes.csv), so its results can be checked with Polis's own tools and read back
// by `lvzhi consensus-analyse`. Votes: 1 agree, -1 disagree, 0 pass, as the engine reads them.
export const POLIS_FILES = ['comments.csv', 'votes.csv', 'participants-votes.csv'] as const;
export type PolisFile = (typeof POLIS_FILES)[number];

export interface ExportStatement {
  id: number;
  authorId: number | null;
  status: 'pending' | 'accepted' | 'rejected';
  body: string;
  createdAt: string;
}
export interface ExportVote {
  participantId: number;
  statementId: number;
  vote: number;
  votedAt: string;
}

function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const line = (cells: (string | number | null)[]) => cells.map(cell).join(',');
const stamp = (iso: string) => Date.parse(iso);
const MODERATED = { accepted: 1, pending: 0, rejected: -1 } as const;

export function commentsCsv(statements: readonly ExportStatement[], votes: readonly ExportVote[]): string {
  const agrees = new Map<number, number>();
  const disagrees = new Map<number, number>();
  for (const v of votes) {
    if (v.vote === 1) agrees.set(v.statementId, (agrees.get(v.statementId) ?? 0) + 1);
    if (v.vote === -1) disagrees.set(v.statementId, (disagrees.get(v.statementId) ?? 0) + 1);
  }
  const rows = statements.map((s) =>
    line([
      stamp(s.createdAt),
      s.createdAt,
      s.id,
      s.authorId,
      agrees.get(s.id) ?? 0,
      disagrees.get(s.id) ?? 0,
      MODERATED[s.status],
      s.body,
    ]),
  );
  return (
    [
      line(['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body']),
      ...rows,
    ].join('\n') + '\n'
  );
}

export function votesCsv(votes: readonly ExportVote[]): string {
  const rows = votes.map((v) => line([stamp(v.votedAt), v.votedAt, v.statementId, v.participantId, v.vote]));
  return [line(['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote']), ...rows].join('\n') + '\n';
}

/** One row per participant with his group (empty when not grouped) and a column per statement. */
export function participantsVotesCsv(
  statements: readonly ExportStatement[],
  votes: readonly ExportVote[],
  groupOf: ReadonlyMap<number, number>,
): string {
  const ids = statements.map((s) => s.id);
  const byParticipant = new Map<number, Map<number, number>>();
  for (const v of votes) {
    if (!byParticipant.has(v.participantId)) byParticipant.set(v.participantId, new Map());
    byParticipant.get(v.participantId)!.set(v.statementId, v.vote);
  }
  const authored = new Map<number, number>();
  for (const s of statements) if (s.authorId !== null) authored.set(s.authorId, (authored.get(s.authorId) ?? 0) + 1);
  const rows = [...byParticipant.keys()]
    .sort((a, b) => a - b)
    .map((pid) => {
      const mine = byParticipant.get(pid)!;
      const values = [...mine.values()];
      return line([
        pid,
        groupOf.has(pid) ? groupOf.get(pid)! : null,
        authored.get(pid) ?? 0,
        values.length,
        values.filter((v) => v === 1).length,
        values.filter((v) => v === -1).length,
        ...ids.map((id) => (mine.has(id) ? mine.get(id)! : null)),
      ]);
    });
  return (
    [line(['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...ids]), ...rows].join('\n') +
    '\n'
  );
}
