// The office's live attendance board and the attendance sheet it prints: counts by state and
// by reply, and the invitees' rows with their sector and committee. Read by the office of the
// meeting's organisation and its leaders (rule `board`); the sheet's download is audited.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate } from '../../../platform/clock.js';
import { loadForStep } from '../core/meetings.service.js';
import { cached } from '../meetings.caches.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { attendanceWorkbook } from './attendance-sheet.js';
import { guestTally, shownState, tally } from './board.model.js';
import { boardCounts, boardRows, type BoardFilter, type BoardRow } from './board.repo.js';
import type * as S from './board.schema.js';

const present = (r: BoardRow, ended: boolean) => ({
  id: r.id,
  memberId: r.member_id,
  name: r.member_name ?? r.guest_name ?? '',
  guest: r.member_id === null,
  guestKind: r.member_id === null ? (r.guest_kind ?? 'other') : null,
  affiliation: r.guest_affiliation,
  sector: r.sector,
  committee: r.committee,
  source: r.source,
  reply: r.reply,
  attendance: shownState(r.reply, r.attendance, ended),
  checkedInAt: r.checked_in_at,
  checkinMethod: r.checkin_method,
  checkedOutAt: r.checked_out_at,
});

export function createBoardService(deps: InvitationDeps) {
  const { db, audit, clock } = deps;

  async function read(m: MeetingRow, f: BoardFilter, page: number, pageSize: number, keep = true) {
    const asOf = clock.now().toISOString();
    const ended = asOf >= m.ends_at;
    const load = () =>
      Promise.all([boardCounts(db, m.id), boardRows(db, m.id, f, pageSize, (page - 1) * pageSize)] as const);
    // The live board is polled by every office screen showing it; the whole sheet is read once, not kept.
    const key = JSON.stringify([m.id, f.attendance ?? null, f.reply ?? null, page, pageSize]);
    const [groups, rows] = await cached(keep ? deps.caches?.board : undefined, db, db, key, load);
    return {
      meetingId: m.id,
      title: m.title,
      startsAt: m.starts_at,
      endsAt: m.ends_at,
      ended,
      asOf,
      // The members' figures (the attendance rate) and the guests' apart.
      ...tally(
        groups.filter((g) => !g.guest),
        ended,
      ),
      guests: guestTally(
        groups.filter((g) => g.guest),
        ended,
      ),
      rows: { items: rows.items.map((r) => present(r, ended)), total: rows.total, page, pageSize },
    };
  }

  return {
    async board(actor: Actor, id: number, q: z.infer<typeof S.boardQuery>) {
      const { m } = await loadForStep(deps, db, actor, id, 'board');
      return read(m, { attendance: q.attendance, reply: q.reply }, q.page, q.pageSize);
    },

    /** The whole sheet (every invitee, one page of any size), its download audited. */
    async sheet(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'board');
      const b = await read(m, {}, 1, Number.MAX_SAFE_INTEGER, false);
      const data = await attendanceWorkbook({
        title: m.title,
        startsAt: m.starts_at,
        endsAt: m.ends_at,
        venue: m.venue,
        asOf: b.asOf,
        counts: b,
        guests: b.guests,
        rows: b.rows.items,
      });
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'meeting.attendance_export',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { rows: b.rows.total },
        }),
      );
      return { filename: `${m.title}-出席情况-${chinaDate(new Date(m.starts_at))}.xlsx`, data };
    },
  };
}

export type BoardService = ReturnType<typeof createBoardService>;
