// Every query of minutes and follow-ups: the minutes row, the follow-ups with their owners'
// and meetings' names, the office's and an owner's lists, progress notes, and the owners a
// follow-up may be given to.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  FollowupStatus,
  MeetingFollowupProgressTable,
  MeetingFollowupsTable,
  MeetingMinutesTable,
} from '../../../db/tables/meeting-minutes.js';
import { OPEN_STATUSES } from './minutes.model.js';

export type MinutesRow = Selectable<MeetingMinutesTable>;
export type FollowupRow = Selectable<MeetingFollowupsTable>;

export interface FollowupFilter {
  orgId?: number;
  unitId?: number | null;
  userId?: number;
  meetingId?: number;
  status?: FollowupStatus | 'open_all';
  /** Past the deadline (before `today`) and still open; false: not overdue. */
  overdue?: boolean;
  today: string;
}

const itemColumns = [
  'f.id',
  'f.meeting_id',
  'f.org_id',
  'f.kind',
  'f.title',
  'f.detail',
  'f.owner_unit_id',
  'f.owner_user_id',
  'f.due_on',
  'f.status',
  'f.cancel_reason',
  'f.done_at',
  'f.last_progress_at',
  'f.due_reminded_for',
  'f.overdue_flagged_for',
  'f.created_by',
  'f.created_at',
  'f.updated_at',
  'm.title as meeting_title',
  'm.starts_at as meeting_starts_at',
  'hu.name as unit_name',
  'ou.display_name as user_name',
] as const;

const withNames = (db: Db) =>
  db
    .selectFrom('meeting_followups as f')
    .innerJoin('meetings as m', 'm.id', 'f.meeting_id')
    .leftJoin('handling_units as hu', 'hu.id', 'f.owner_unit_id')
    .leftJoin('users as ou', 'ou.id', 'f.owner_user_id');

export function createMinutesRepo() {
  return {
    minutesOf: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_minutes as n')
        .innerJoin('users as u', 'u.id', 'n.updated_by')
        .selectAll('n')
        .select('u.display_name as updated_by_name')
        .where('n.meeting_id', '=', meetingId)
        .executeTakeFirst(),
    insertMinutes: (db: Db, row: Insertable<MeetingMinutesTable>) =>
      db.insertInto('meeting_minutes').values(row).returning('id').executeTakeFirstOrThrow(),
    updateMinutes: (db: Db, id: number, set: Updateable<MeetingMinutesTable>) =>
      db.updateTable('meeting_minutes').set(set).where('id', '=', id).execute(),

    get: (db: Db, id: number) => db.selectFrom('meeting_followups').selectAll().where('id', '=', id).executeTakeFirst(),
    item: (db: Db, id: number) => withNames(db).select(itemColumns).where('f.id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<MeetingFollowupsTable>) =>
      db.insertInto('meeting_followups').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingFollowupsTable>) =>
      db.updateTable('meeting_followups').set(set).where('id', '=', id).execute(),

    async list(db: Db, f: FollowupFilter, page: number, pageSize: number) {
      let q = withNames(db);
      if (f.orgId !== undefined) q = q.where('f.org_id', '=', f.orgId);
      if (f.meetingId !== undefined) q = q.where('f.meeting_id', '=', f.meetingId);
      if (f.unitId !== undefined || f.userId !== undefined) {
        const { unitId, userId } = f;
        q = q.where((eb) =>
          eb.or([
            ...(unitId ? [eb('f.owner_unit_id', '=', unitId)] : []),
            ...(userId ? [eb('f.owner_user_id', '=', userId)] : []),
          ]),
        );
      }
      if (f.status === 'open_all') q = q.where('f.status', 'in', OPEN_STATUSES);
      else if (f.status) q = q.where('f.status', '=', f.status);
      if (f.overdue === true) q = q.where('f.status', 'in', OPEN_STATUSES).where('f.due_on', '<', f.today);
      if (f.overdue === false)
        q = q.where((eb) => eb.or([eb('f.status', 'not in', OPEN_STATUSES), eb('f.due_on', '>=', f.today)]));
      const [items, total] = await Promise.all([
        q
          .select(itemColumns)
          // Open ones first, soonest deadline first; closed ones after, latest first.
          .orderBy(sql`case when f.status in ('open', 'in_progress') then 0 else 1 end`)
          .orderBy('f.due_on')
          .orderBy('f.id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    progressOf: (db: Db, followupId: number) =>
      db
        .selectFrom('meeting_followup_progress as p')
        .innerJoin('users as u', 'u.id', 'p.by_user_id')
        .select(['p.id', 'p.note', 'p.status_after', 'p.by_office', 'p.created_at', 'u.display_name'])
        .where('p.followup_id', '=', followupId)
        .orderBy('p.id')
        .execute(),
    addProgress: (db: Db, row: Insertable<MeetingFollowupProgressTable>) =>
      db.insertInto('meeting_followup_progress').values(row).execute(),

    unitOf: (db: Db, id: number) =>
      db
        .selectFrom('handling_units')
        .select(['id', 'org_id', 'name', 'active'])
        .where('id', '=', id)
        .executeTakeFirst(),
    userOf: (db: Db, id: number) =>
      db.selectFrom('users').select(['id', 'org_id', 'display_name', 'active']).where('id', '=', id).executeTakeFirst(),
    /** The accounts to tell of a follow-up: its unit's active users, or the person named. */
    ownerUserIds: async (db: Db, f: Pick<FollowupRow, 'owner_unit_id' | 'owner_user_id'>) => {
      let q = db.selectFrom('users').select('id').where('active', '=', 1);
      q = f.owner_unit_id ? q.where('unit_id', '=', f.owner_unit_id) : q.where('id', '=', f.owner_user_id ?? -1);
      return (await q.execute()).map((r) => r.id);
    },

    ownerChoices: async (db: Db, orgId: number) => {
      const [units, users] = await Promise.all([
        db
          .selectFrom('handling_units')
          .select(['id', 'name'])
          .where('org_id', '=', orgId)
          .where('active', '=', 1)
          .orderBy('sort_order')
          .orderBy('id')
          .execute(),
        // People who answer for a follow-up themselves: the office's staff and the leaders (members and units have their own lists).
        db
          .selectFrom('users')
          .select(['id', 'display_name', 'roles'])
          .where('org_id', '=', orgId)
          .where('active', '=', 1)
          .where('member_id', 'is', null)
          .where('unit_id', 'is', null)
          .orderBy('id')
          .execute(),
      ]);
      return { units, users };
    },

    /** Open follow-ups due on or before `until` and not yet reminded of that deadline (the hourly scan). */
    dueSoon: (db: Db, from: string, until: string) =>
      db
        .selectFrom('meeting_followups')
        .selectAll()
        .where('status', 'in', OPEN_STATUSES)
        .where('due_on', '>=', from)
        .where('due_on', '<=', until)
        .where((eb) => eb.or([eb('due_reminded_for', 'is', null), eb('due_reminded_for', '!=', eb.ref('due_on'))]))
        .execute(),
    /** Open follow-ups past their deadline and not yet flagged for it. */
    newlyOverdue: (db: Db, today: string) =>
      db
        .selectFrom('meeting_followups')
        .selectAll()
        .where('status', 'in', OPEN_STATUSES)
        .where('due_on', '<', today)
        .where((eb) =>
          eb.or([eb('overdue_flagged_for', 'is', null), eb('overdue_flagged_for', '!=', eb.ref('due_on'))]),
        )
        .execute(),
  };
}

export type MinutesRepo = ReturnType<typeof createMinutesRepo>;
export type FollowupItemRow = NonNullable<Awaited<ReturnType<MinutesRepo['item']>>>;
