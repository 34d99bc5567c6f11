// The meetings module's read cases (issue 13 item 11), driven by autocannon like the others:
// (k) a member's "my meetings" list, as the 16 bench members (each invited to a year of the
// provincial committee's meetings); (l) a meeting's live attendance board, as the office, over
// the top organisation's latest meetings and its plenary session with its group discussions
// (the largest boards: every member of the committee). The write cases (j, m) are in
// meeting-runs.ts: they are timed operations, not a steady load.
import type { CaseSpec } from './cases.js';
import { get, next } from './cases.js';
import { getJson, type Session } from './http.js';

export function meetingReadCases(): CaseSpec[] {
  return [
    {
      key: 'k',
      name: "a member's meeting list: my meetings, 20 a page, with the total (member)",
      requestsPerOp: 1,
      // Mostly the first page, as the phone opens it; now and then the next one.
      options: (d) => get(d.members, () => (next(5) === 0 ? '/api/meetings?page=2' : '/api/meetings')),
    },
    {
      key: 'l',
      name: "a meeting's attendance board: counts and every invitee's row (staff)",
      requestsPerOp: 1,
      options: (d) => get(d.staff, () => `/api/meetings/${d.boardIds[next(d.boardIds.length)]}/attendance`),
    },
  ];
}

interface Listed {
  items: { id: number; status: string; kind: { code: string }; startsAt: string }[];
}

/** The boards case (l) opens: the 30 latest meetings that have begun, and the plenary session's three. */
export async function boardIdsOf(staff: Session): Promise<number[]> {
  const now = new Date().toISOString();
  const latest = await getJson<Listed>(staff, `/api/meetings?scope=org&status=published&to=${now}&pageSize=30`);
  const january = await getJson<Listed>(
    staff,
    `/api/meetings?scope=org&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z&pageSize=200`,
  );
  const plenary = january.items.filter((m) => m.kind.code.startsWith('plenary')).map((m) => m.id);
  const ids = [...new Set([...latest.items.map((m) => m.id), ...plenary])];
  if (!plenary.length || ids.length < 10)
    throw new Error('the dataset has no year of meetings (generated before them): run npm run bench:data again');
  return ids;
}
