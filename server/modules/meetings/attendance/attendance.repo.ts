// Every query of check-in and attendance, and the published attendance read model.
import type { Insertable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { CountsAs, MeetingCategory, MeetingCheckinLogTable, Reply } from '../../../db/tables/meetings.js';

export const logCheckin = (db: Db, row: Insertable<MeetingCheckinLogTable>) =>
  db.insertInto('meeting_checkin_log').values(row).execute();

export interface AttendanceQuery {
  orgIds: readonly number[];
  memberIds?: readonly number[];
  /** Meetings starting in [from, to). */
  from: string;
  to: string;
  categories?: readonly MeetingCategory[];
  countsAs?: CountsAs;
}

/**
 * Each member's attendance at the published meetings of a period: the read model study,
 * member homes and duty records use. A meeting that has ended with no state recorded for an
 * invitee reads as absent until the office closes attendance.
 */
export async function attendanceOf(db: Db, q: AttendanceQuery, now: string) {
  if (!q.orgIds.length || (q.memberIds && !q.memberIds.length)) return [];
  let s = db
    .selectFrom('meeting_invitations as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
    .select([
      'm.id as meetingId',
      'm.org_id as orgId',
      'k.code as kindCode',
      'k.category',
      'k.counts_as as countsAs',
      'k.study_kind as studyKind',
      'm.starts_at as startsAt',
      'm.ends_at as endsAt',
      'm.title',
      'i.member_id as memberId',
      'i.attendance',
    ])
    .where('m.org_id', 'in', [...q.orgIds])
    .where('m.status', '=', 'published')
    .where('m.starts_at', '>=', q.from)
    .where('m.starts_at', '<', q.to)
    .where('i.member_id', 'is not', null)
    .where('i.reply', 'not in', ['withdrawn', 'declined', 'waitlisted']);
  if (q.memberIds) s = s.where('i.member_id', 'in', [...q.memberIds]);
  if (q.categories?.length) s = s.where('k.category', 'in', [...q.categories]);
  if (q.countsAs) s = s.where('k.counts_as', '=', q.countsAs);
  const rows = await s.orderBy('m.starts_at').orderBy('i.member_id').execute();
  return rows.map((r) => ({
    ...r,
    memberId: r.memberId!,
    attendance: r.attendance ?? (r.endsAt <= now ? ('absent' as const) : null),
  }));
}

/**
 * Stores the state every expected invitee of a meeting without one reads as once it has ended:
 * approved leave as leave, everyone else absent. Answers how many of each were written.
 */
export async function recordMissingStates(db: Db, meetingId: number, notExpected: readonly Reply[], at: string) {
  const base = () =>
    db
      .updateTable('meeting_invitations')
      .where('meeting_id', '=', meetingId)
      .where('attendance', 'is', null)
      .where('reply', 'not in', [...notExpected]);
  const leave = await base()
    .set({ attendance: 'leave', updated_at: at })
    .where('reply', '=', 'leave_approved')
    .executeTakeFirst();
  const absent = await base().set({ attendance: 'absent', updated_at: at }).executeTakeFirst();
  return { absent: Number(absent.numUpdatedRows), leave: Number(leave.numUpdatedRows) };
}

/** The stored states that mean the member was there (in the hall, late, leaving early, online, walked in). */
export const PRESENT_STATES = ['attended', 'late', 'left_early', 'remote', 'walk_in'] as const;

export interface PresenceQuery {
  countsAs: CountsAs;
  /** Meetings starting in [from, to); either bound may be left open. */
  from?: string;
  to?: string;
}

/**
 * The presences (a member there, by a stored state) at the published meetings whose kind
 * counts as `countsAs`, as a query over `meeting_invitations as i`, `meetings as m` and
 * `meeting_kinds as k` for another module to aggregate in SQL (training coverage counts
 * distinct members over 30 000 of them in one statement). A missing state never counts.
 */
export function presenceQuery(db: Db, q: PresenceQuery) {
  let s = db
    .selectFrom('meeting_invitations as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
    .where('m.status', '=', 'published')
    .where('k.counts_as', '=', q.countsAs)
    .where('i.member_id', 'is not', null)
    .where('i.attendance', 'in', [...PRESENT_STATES]);
  if (q.from) s = s.where('m.starts_at', '>=', q.from);
  if (q.to) s = s.where('m.starts_at', '<', q.to);
  return s;
}
