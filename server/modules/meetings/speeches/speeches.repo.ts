// Every query of speeches, and the published read model of accepted speeches (duty records).
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { MeetingSpeechesTable, SpeechStatus } from '../../../db/tables/meetings.js';
import type { AttendanceQuery } from '../attendance/attendance.repo.js';

const columns = [
  'sp.id',
  'sp.meeting_id',
  'sp.org_id',
  'sp.member_id',
  'sp.user_id',
  'sp.title',
  'sp.body',
  'sp.status',
  'sp.oral_order',
  'sp.review_note',
  'sp.reviewed_by',
  'sp.reviewed_at',
  'sp.submitted_at',
  'sp.created_at',
  'sp.updated_at',
] as const;

const withSpeaker = (db: Db) =>
  db
    .selectFrom('meeting_speeches as sp')
    .innerJoin('members as mb', 'mb.id', 'sp.member_id')
    .select(columns)
    .select('mb.name as speaker');

export function createSpeechRepo() {
  return {
    get: (db: Db, id: number) => withSpeaker(db).where('sp.id', '=', id).executeTakeFirst(),
    ofMember: (db: Db, meetingId: number, memberId: number) =>
      withSpeaker(db).where('sp.meeting_id', '=', meetingId).where('sp.member_id', '=', memberId).executeTakeFirst(),
    insert: (db: Db, row: Insertable<MeetingSpeechesTable>) =>
      db.insertInto('meeting_speeches').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingSpeechesTable>) =>
      db.updateTable('meeting_speeches').set(set).where('id', '=', id).execute(),

    /** A meeting's speeches for the office: oral ones in programme order, then by when they came. */
    list: (db: Db, meetingId: number, status?: SpeechStatus) => {
      let q = withSpeaker(db).where('sp.meeting_id', '=', meetingId);
      if (status) q = q.where('sp.status', '=', status);
      return q
        .orderBy(sql`case when sp.oral_order is null then 1 else 0 end`)
        .orderBy('sp.oral_order')
        .orderBy('sp.submitted_at')
        .orderBy('sp.id')
        .execute();
    },

    /** The accepted speeches of a meeting with the speaker's sector: the programme. */
    programme: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_speeches as sp')
        .innerJoin('members as mb', 'mb.id', 'sp.member_id')
        .leftJoin('sectors as s', 's.id', 'mb.sector_id')
        .select(['sp.id', 'sp.title', 'sp.status', 'sp.oral_order', 'mb.name as speaker', 's.name as sector'])
        .where('sp.meeting_id', '=', meetingId)
        .where('sp.status', 'in', ['oral', 'written'])
        .orderBy(sql`case when sp.oral_order is null then 1 else 0 end`)
        .orderBy('sp.oral_order')
        .orderBy('mb.pinyin')
        .orderBy('sp.id')
        .execute(),

    /** The oral speeches' ids in their order. */
    oralIds: async (db: Db, meetingId: number) =>
      (
        await db
          .selectFrom('meeting_speeches')
          .select('id')
          .where('meeting_id', '=', meetingId)
          .where('status', '=', 'oral')
          .orderBy('oral_order')
          .orderBy('id')
          .execute()
      ).map((r) => r.id),

    /** The next place at the end of the programme. */
    nextOralOrder: async (db: Db, meetingId: number) => {
      const r = await db
        .selectFrom('meeting_speeches')
        .select(sql<number | null>`max(oral_order)`.as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      return Number(r?.n ?? 0) + 1;
    },

    /** A member's own speeches with their meetings, the latest meeting first. */
    mine: (db: Db, memberId: number, meetingId?: number) => {
      let q = db
        .selectFrom('meeting_speeches as sp')
        .innerJoin('meetings as m', 'm.id', 'sp.meeting_id')
        .innerJoin('members as mb', 'mb.id', 'sp.member_id')
        .select(columns)
        .select('mb.name as speaker')
        .select(['m.title as meeting_title', 'm.starts_at as meeting_starts_at', 'm.ends_at as meeting_ends_at'])
        .where('sp.member_id', '=', memberId);
      if (meetingId) q = q.where('sp.meeting_id', '=', meetingId);
      return q.orderBy('m.starts_at', 'desc').orderBy('sp.id', 'desc').limit(200).execute();
    },
  };
}

export type SpeechRepo = ReturnType<typeof createSpeechRepo>;
export type SpeechRow = NonNullable<Awaited<ReturnType<SpeechRepo['get']>>>;

/** The same period, organisations and members as the attendance read model's. */
export type SpeechQuery = Omit<AttendanceQuery, 'countsAs'>;

/**
 * Each member's accepted speeches at the published meetings of a period, with the mode the
 * office chose (oral in the programme, or written exchange): the read model duty records use.
 */
export async function speechesOf(db: Db, q: SpeechQuery) {
  if (!q.orgIds.length || (q.memberIds && !q.memberIds.length)) return [];
  let s = db
    .selectFrom('meeting_speeches as sp')
    .innerJoin('meetings as m', 'm.id', 'sp.meeting_id')
    .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
    .select([
      'sp.id as speechId',
      'sp.member_id as memberId',
      'sp.title',
      'sp.status as mode',
      'sp.oral_order as oralOrder',
      'm.id as meetingId',
      'm.org_id as orgId',
      'm.title as meetingTitle',
      'm.starts_at as startsAt',
      'k.code as kindCode',
      'k.category',
    ])
    .where('m.org_id', 'in', [...q.orgIds])
    .where('m.status', '=', 'published')
    .where('m.starts_at', '>=', q.from)
    .where('m.starts_at', '<', q.to)
    .where('sp.status', 'in', ['oral', 'written']);
  if (q.memberIds) s = s.where('sp.member_id', 'in', [...q.memberIds]);
  if (q.categories?.length) s = s.where('k.category', 'in', [...q.categories]);
  const rows = await s.orderBy('m.starts_at').orderBy('sp.member_id').orderBy('sp.id').execute();
  return rows.map((r) => ({ ...r, mode: r.mode as 'oral' | 'written' }));
}
