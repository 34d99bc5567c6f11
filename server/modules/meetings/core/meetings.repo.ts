// Every query of the meeting itself: the row, the viewer's invitation, the lists, the counts.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { MeetingInvitationsTable, MeetingStatus, MeetingsTable } from '../../../db/tables/meetings.js';

export type MeetingRow = Selectable<MeetingsTable>;
export type InvitationRow = Selectable<MeetingInvitationsTable>;

export interface ListFilter {
  from?: string;
  to?: string;
  status?: MeetingStatus;
  kindId?: number;
}

const listColumns = [
  'm.id',
  'm.org_id',
  'm.kind_id',
  'm.parent_id',
  'm.title',
  'm.starts_at',
  'm.ends_at',
  'm.venue',
  'm.status',
  'm.attendance_mode',
  'm.reply_deadline',
  'k.name as kind_name',
  'k.code as kind_code',
  'k.category',
] as const;

export function createMeetingRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<MeetingsTable>) =>
      db.insertInto('meetings').values(row).returningAll().executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingsTable>) =>
      db.updateTable('meetings').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    invitationOf: (db: Db, meetingId: number, memberId: number) =>
      db
        .selectFrom('meeting_invitations')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .where('member_id', '=', memberId)
        .executeTakeFirst(),

    /** The accounts to tell of a change: every invitee with an account who has not withdrawn. */
    inviteeUserIds: async (db: Db, meetingId: number) =>
      (
        await db
          .selectFrom('meeting_invitations')
          .select('user_id')
          .where('meeting_id', '=', meetingId)
          .where('user_id', 'is not', null)
          .where('reply', '!=', 'withdrawn')
          .execute()
      ).map((r) => r.user_id!),

    /** How many invited members gave each reply (guests are counted on the board, apart). */
    replyCounts: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_invitations')
        .select(['reply', sql<number>`count(*)`.as('n')])
        .where('meeting_id', '=', meetingId)
        .where('member_id', 'is not', null)
        .groupBy('reply')
        .execute(),

    /** An organisation's meetings (the office's and leaders' calendar), by start. */
    async listOrg(db: Db, orgId: number, f: ListFilter, includeDrafts: boolean, page: number, pageSize: number) {
      let q = db
        .selectFrom('meetings as m')
        .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
        .where('m.org_id', '=', orgId);
      if (!includeDrafts) q = q.where('m.status', '!=', 'draft');
      if (f.status) q = q.where('m.status', '=', f.status);
      if (f.from) q = q.where('m.starts_at', '>=', f.from);
      if (f.to) q = q.where('m.starts_at', '<', f.to);
      if (f.kindId) q = q.where('m.kind_id', '=', f.kindId);
      const [items, total] = await Promise.all([
        q
          .select(listColumns)
          .select(sql<null>`null`.as('reply'))
          .orderBy('m.starts_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    /** A member's meetings: those he is invited to, published or cancelled, with his reply. */
    async listInvited(db: Db, memberId: number, f: ListFilter, page: number, pageSize: number) {
      let q = db
        .selectFrom('meeting_invitations as i')
        .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
        .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
        .where('i.member_id', '=', memberId)
        .where('m.status', '!=', 'draft');
      if (f.status) q = q.where('m.status', '=', f.status);
      if (f.from) q = q.where('m.starts_at', '>=', f.from);
      if (f.to) q = q.where('m.starts_at', '<', f.to);
      if (f.kindId) q = q.where('m.kind_id', '=', f.kindId);
      const [items, total] = await Promise.all([
        q
          .select(listColumns)
          .select('i.reply')
          .orderBy('m.starts_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}

export type MeetingRepo = ReturnType<typeof createMeetingRepo>;
export type MeetingListRow = Awaited<ReturnType<MeetingRepo['listOrg']>>['items'][number];

// Read model for other modules (published by ../index.ts): the study plan's sessions.

export interface StudyMeetingQuery {
  orgId: number;
  /** These meetings (of the organisation) only. */
  ids?: readonly number[];
  /** Starting in [from, to) (ISO instants). */
  from?: string;
  to?: string;
  /** Only meetings of a kind that counts as study or training (with a study kind). */
  studyOnly?: boolean;
}

/**
 * An organisation's published (and cancelled, so a link to one still reads) meetings with their
 * kind's study kind and `counts_as`, by start: drafts never leave the meetings office.
 */
export async function meetingsForStudy(db: Db, q: StudyMeetingQuery) {
  if (q.ids && !q.ids.length) return [];
  let s = db
    .selectFrom('meetings as m')
    .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
    .select([
      'm.id',
      'm.org_id as orgId',
      'm.title',
      'm.starts_at as startsAt',
      'm.ends_at as endsAt',
      'm.status',
      'm.venue',
      'k.name as kindName',
      'k.category',
      'k.counts_as as countsAs',
      'k.study_kind as studyKind',
    ])
    .where('m.org_id', '=', q.orgId)
    .where('m.status', '!=', 'draft');
  if (q.ids) s = s.where('m.id', 'in', [...q.ids]);
  if (q.from) s = s.where('m.starts_at', '>=', q.from);
  if (q.to) s = s.where('m.starts_at', '<', q.to);
  if (q.studyOnly) s = s.where((w) => w.or([w('k.counts_as', 'is not', null), w('k.study_kind', 'is not', null)]));
  return s.orderBy('m.starts_at').orderBy('m.id').execute();
}

export type StudyMeeting = Awaited<ReturnType<typeof meetingsForStudy>>[number];
