// Every query of the live questions and their boards, and the published read model of a
// member's questions (duty records).
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { MeetingQuestionBoardsTable, MeetingQuestionsTable, QuestionStatus } from '../../../db/tables/meetings.js';
import type { AttendanceQuery } from '../attendance/attendance.repo.js';

const columns = [
  'q.id',
  'q.meeting_id',
  'q.org_id',
  'q.source',
  'q.member_id',
  'q.user_id',
  'q.display_name',
  'q.anonymous',
  'q.addressed_to',
  'q.body',
  'q.original_body',
  'q.status',
  'q.reject_reason',
  'q.merged_into',
  'q.answered_by',
  'q.answer',
  'q.answered_at',
  'q.moderated_at',
  'q.created_at',
  'q.updated_at',
] as const;

/** Questions with the asker's name: the member's for a member, the given name for a visitor. */
const withAsker = (db: Db) =>
  db
    .selectFrom('meeting_questions as q')
    .leftJoin('members as mb', 'mb.id', 'q.member_id')
    .select(columns)
    .select(sql<string>`coalesce(mb.name, q.display_name, '')`.as('asker'));

export function createQuestionRepo() {
  return {
    get: (db: Db, id: number) => withAsker(db).where('q.id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<MeetingQuestionsTable>) =>
      db.insertInto('meeting_questions').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingQuestionsTable>) =>
      db.updateTable('meeting_questions').set(set).where('id', '=', id).execute(),

    /** A meeting's questions for the office: the oldest first, optionally of one state. */
    list: (db: Db, meetingId: number, status?: QuestionStatus) => {
      let q = withAsker(db).where('q.meeting_id', '=', meetingId);
      if (status) q = q.where('q.status', '=', status);
      return q.orderBy('q.created_at').orderBy('q.id').limit(2000).execute();
    },

    /** What the screen shows: the approved and answered questions, the oldest first. */
    onScreen: (db: Db, meetingId: number) =>
      withAsker(db)
        .where('q.meeting_id', '=', meetingId)
        .where('q.status', 'in', ['approved', 'answered'])
        .orderBy('q.created_at')
        .orderBy('q.id')
        .limit(500)
        .execute(),

    /** A member's own questions with their meetings, the latest meeting first. */
    mine: (db: Db, memberId: number, meetingId?: number) => {
      let q = withAsker(db)
        .innerJoin('meetings as m', 'm.id', 'q.meeting_id')
        .select(['m.title as meeting_title', 'm.starts_at as meeting_starts_at'])
        .where('q.member_id', '=', memberId);
      if (meetingId) q = q.where('q.meeting_id', '=', meetingId);
      return q.orderBy('m.starts_at', 'desc').orderBy('q.id', 'desc').limit(200).execute();
    },

    board: (db: Db, meetingId: number) =>
      db.selectFrom('meeting_question_boards').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst(),
    boardByPublicToken: (db: Db, token: string) =>
      db.selectFrom('meeting_question_boards').selectAll().where('public_token', '=', token).executeTakeFirst(),
    boardByScreenToken: (db: Db, token: string) =>
      db.selectFrom('meeting_question_boards').selectAll().where('screen_token', '=', token).executeTakeFirst(),
    /** Makes the meeting's board once (a second call, or a racing one, leaves the first). */
    ensureBoard: (db: Db, row: Insertable<MeetingQuestionBoardsTable>) =>
      db
        .insertInto('meeting_question_boards')
        .values(row)
        .onConflict((oc) => oc.column('meeting_id').doNothing())
        .execute(),
    updateBoard: (db: Db, meetingId: number, set: Updateable<MeetingQuestionBoardsTable>) =>
      db.updateTable('meeting_question_boards').set(set).where('meeting_id', '=', meetingId).execute(),
    /** Every change the screen shows counts the revision up (its ETag). */
    bump: (db: Db, meetingId: number, at: string) =>
      db
        .updateTable('meeting_question_boards')
        .set((eb) => ({ revision: eb('revision', '+', 1), updated_at: at }))
        .where('meeting_id', '=', meetingId)
        .execute(),
  };
}

export type QuestionRepo = ReturnType<typeof createQuestionRepo>;
export type QuestionRow = NonNullable<Awaited<ReturnType<QuestionRepo['get']>>>;
export type BoardRow = NonNullable<Awaited<ReturnType<QuestionRepo['board']>>>;

/** The same period, organisations and members as the attendance read model's. */
export type QuestionQuery = Omit<AttendanceQuery, 'countsAs'>;

/**
 * Each member's questions at the published meetings of a period that the office let through
 * (approved or answered), with the answer when there is one: the read model duty records use.
 */
export async function questionsOf(db: Db, q: QuestionQuery) {
  if (!q.orgIds.length || (q.memberIds && !q.memberIds.length)) return [];
  let s = db
    .selectFrom('meeting_questions as q')
    .innerJoin('meetings as m', 'm.id', 'q.meeting_id')
    .innerJoin('meeting_kinds as k', 'k.id', 'm.kind_id')
    .select([
      'q.id as questionId',
      'q.member_id as memberId',
      'q.body',
      'q.status',
      'q.addressed_to as addressedTo',
      'q.answered_by as answeredBy',
      'q.answer',
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
    .where('q.member_id', 'is not', null)
    .where('q.status', 'in', ['approved', 'answered']);
  if (q.memberIds) s = s.where('q.member_id', 'in', [...q.memberIds]);
  if (q.categories?.length) s = s.where('k.category', 'in', [...q.categories]);
  const rows = await s.orderBy('m.starts_at').orderBy('q.member_id').orderBy('q.id').execute();
  return rows.map((r) => ({ ...r, memberId: r.memberId!, status: r.status as 'approved' | 'answered' }));
}
