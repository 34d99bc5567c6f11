// The queries of the office's attendance board: counts by reply and attendance state, and the
// rows with each member's sector and committee (names only: the board carries no personal data).
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { AttendanceState, Reply } from '../../../db/tables/meetings.js';

/** Counts by reply and state, members' and guests' (no member record) apart. */
export async function boardCounts(db: Db, meetingId: number) {
  const isGuest = sql<number>`case when member_id is null then 1 else 0 end`;
  const rows = await db
    .selectFrom('meeting_invitations')
    .select(['reply', 'attendance', isGuest.as('guest'), sql<number>`count(*)`.as('n')])
    .where('meeting_id', '=', meetingId)
    .groupBy(['reply', 'attendance', isGuest])
    .execute();
  return rows.map((r) => ({ reply: r.reply, attendance: r.attendance, guest: Number(r.guest) === 1, n: Number(r.n) }));
}

export interface BoardFilter {
  /** Rows in this stored state; `none` for invitees with no state yet. */
  attendance?: AttendanceState | 'none';
  reply?: Reply;
}

export async function boardRows(db: Db, meetingId: number, f: BoardFilter, limit: number, offset: number) {
  let q = db
    .selectFrom('meeting_invitations as i')
    .leftJoin('members as mb', 'mb.id', 'i.member_id')
    .leftJoin('sectors as s', 's.id', 'mb.sector_id')
    .leftJoin('committees as c', 'c.id', 'mb.committee_id')
    .where('i.meeting_id', '=', meetingId);
  if (f.attendance === 'none') q = q.where('i.attendance', 'is', null);
  else if (f.attendance) q = q.where('i.attendance', '=', f.attendance);
  if (f.reply) q = q.where('i.reply', '=', f.reply);
  const [items, total] = await Promise.all([
    q
      .select([
        'i.id',
        'i.member_id',
        'i.guest_name',
        'i.guest_kind',
        'i.guest_affiliation',
        'i.source',
        'i.reply',
        'i.attendance',
        'i.checked_in_at',
        'i.checkin_method',
        'i.checked_out_at',
        'mb.name as member_name',
        'mb.pinyin',
        's.name as sector',
        'c.name as committee',
      ])
      // Sorted as a roster is read: by the name's pinyin, guests last.
      .orderBy(sql`case when mb.pinyin is null then 1 else 0 end`)
      .orderBy('mb.pinyin')
      .orderBy('i.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export type BoardRow = Awaited<ReturnType<typeof boardRows>>['items'][number];
