// Every query of the plenary guide's tables: the guide row, its agenda and groups, and each
// invitee's assignment (group, seat, lodging, transport) read beside his invitation.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type {
  MeetingGuideAssignmentsTable,
  MeetingGuideGroupsTable,
  MeetingGuideItemsTable,
  MeetingGuidesTable,
} from '../../../db/tables/meeting-guide.js';

/** Replies of those not coming: they keep their row in the roster but are not counted as expected. */
export const NOT_COMING = ['declined', 'withdrawn', 'leave_approved'] as const;

const rosterQuery = (db: Db, meetingId: number) =>
  db
    .selectFrom('meeting_invitations as i')
    .innerJoin('members as mb', 'mb.id', 'i.member_id')
    .leftJoin('sectors as s', 's.id', 'mb.sector_id')
    .leftJoin('committees as c', 'c.id', 'mb.committee_id')
    .leftJoin('meeting_guide_assignments as a', (j) =>
      j.onRef('a.meeting_id', '=', 'i.meeting_id').onRef('a.member_id', '=', 'i.member_id'),
    )
    .leftJoin('meeting_guide_groups as g', 'g.id', 'a.group_id')
    .select([
      'mb.id as member_id',
      'mb.name',
      'mb.pinyin',
      's.name as sector',
      'c.name as committee',
      'i.reply',
      'a.group_id',
      'g.name as group_name',
      'a.seat',
      'a.hotel',
      'a.room',
      'a.check_in_on',
      'a.check_out_on',
      'a.vehicle',
      'a.pickup_point',
      'a.pickup_at',
    ])
    .where('i.meeting_id', '=', meetingId);

export type RosterRow = Awaited<ReturnType<ReturnType<typeof rosterQuery>['executeTakeFirstOrThrow']>>;

export function createGuideRepo() {
  return {
    guide: (db: Db, meetingId: number) =>
      db.selectFrom('meeting_guides').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst(),
    insertGuide: (db: Db, row: Insertable<MeetingGuidesTable>) => db.insertInto('meeting_guides').values(row).execute(),
    updateGuide: (db: Db, meetingId: number, set: Updateable<MeetingGuidesTable>) =>
      db.updateTable('meeting_guides').set(set).where('meeting_id', '=', meetingId).execute(),

    items: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_guide_items')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .orderBy('day')
        .orderBy('start_time')
        .orderBy('id')
        .execute(),
    item: (db: Db, id: number) =>
      db.selectFrom('meeting_guide_items').selectAll().where('id', '=', id).executeTakeFirst(),
    insertItem: (db: Db, row: Insertable<MeetingGuideItemsTable>) =>
      db.insertInto('meeting_guide_items').values(row).returning('id').executeTakeFirstOrThrow(),
    updateItem: (db: Db, id: number, set: Updateable<MeetingGuideItemsTable>) =>
      db.updateTable('meeting_guide_items').set(set).where('id', '=', id).execute(),
    deleteItem: (db: Db, id: number) => db.deleteFrom('meeting_guide_items').where('id', '=', id).execute(),

    /** The groups in their order, each with how many members it holds. */
    groups: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_guide_groups as g')
        .leftJoin('meeting_guide_assignments as a', 'a.group_id', 'g.id')
        .select(['g.id', 'g.name', 'g.room', 'g.convener', 'g.sort_order'])
        .select((eb) => eb.fn.count<number>('a.id').as('member_count'))
        .where('g.meeting_id', '=', meetingId)
        .groupBy(['g.id', 'g.name', 'g.room', 'g.convener', 'g.sort_order'])
        .orderBy('g.sort_order')
        .orderBy('g.id')
        .execute(),
    group: (db: Db, id: number) =>
      db.selectFrom('meeting_guide_groups').selectAll().where('id', '=', id).executeTakeFirst(),
    groupNamed: (db: Db, meetingId: number, name: string) =>
      db
        .selectFrom('meeting_guide_groups')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .where('name', '=', name)
        .executeTakeFirst(),
    insertGroup: (db: Db, row: Insertable<MeetingGuideGroupsTable>) =>
      db.insertInto('meeting_guide_groups').values(row).returning('id').executeTakeFirstOrThrow(),
    updateGroup: (db: Db, id: number, set: Updateable<MeetingGuideGroupsTable>) =>
      db.updateTable('meeting_guide_groups').set(set).where('id', '=', id).execute(),
    deleteGroup: (db: Db, id: number) => db.deleteFrom('meeting_guide_groups').where('id', '=', id).execute(),
    nextGroupOrder: async (db: Db, meetingId: number) => {
      const r = await db
        .selectFrom('meeting_guide_groups')
        .select(sql<number | null>`max(sort_order)`.as('n'))
        .where('meeting_id', '=', meetingId)
        .executeTakeFirst();
      return Number(r?.n ?? 0) + 1;
    },
    /** The names in a group, in pinyin order (a member sees who sits with him). */
    groupMemberNames: async (db: Db, groupId: number) =>
      (
        await db
          .selectFrom('meeting_guide_assignments as a')
          .innerJoin('members as mb', 'mb.id', 'a.member_id')
          .select('mb.name')
          .where('a.group_id', '=', groupId)
          .orderBy('mb.pinyin')
          .execute()
      ).map((r) => r.name),

    /** Every member invited to the meeting with his part of the guide, in pinyin order. */
    roster: (db: Db, meetingId: number) => rosterQuery(db, meetingId).orderBy('mb.pinyin').orderBy('mb.id').execute(),
    rosterOf: (db: Db, meetingId: number, memberId: number) =>
      rosterQuery(db, meetingId).where('i.member_id', '=', memberId).executeTakeFirst(),

    /** The invited members among those named, or of a committee or sector, with their replies. */
    invitees: (db: Db, meetingId: number, by: { memberIds?: number[]; committeeId?: number; sectorId?: number }) => {
      let q = db
        .selectFrom('meeting_invitations as i')
        .innerJoin('members as mb', 'mb.id', 'i.member_id')
        .select(['mb.id as member_id', 'i.reply'])
        .where('i.meeting_id', '=', meetingId);
      if (by.memberIds) q = q.where('mb.id', 'in', by.memberIds.length ? by.memberIds : [0]);
      if (by.committeeId) q = q.where('mb.committee_id', '=', by.committeeId);
      if (by.sectorId) q = q.where('mb.sector_id', '=', by.sectorId);
      return q.execute();
    },

    assignment: (db: Db, meetingId: number, memberId: number) =>
      db
        .selectFrom('meeting_guide_assignments')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .where('member_id', '=', memberId)
        .executeTakeFirst(),
    seatHolder: (db: Db, meetingId: number, seat: string) =>
      db
        .selectFrom('meeting_guide_assignments as a')
        .innerJoin('members as mb', 'mb.id', 'a.member_id')
        .select(['a.member_id', 'mb.name'])
        .where('a.meeting_id', '=', meetingId)
        .where('a.seat', '=', seat)
        .executeTakeFirst(),
    /** Writes a member's assignment, creating it on first use. */
    upsert: (db: Db, row: Insertable<MeetingGuideAssignmentsTable>, set: Updateable<MeetingGuideAssignmentsTable>) =>
      db
        .insertInto('meeting_guide_assignments')
        .values(row)
        .onConflict((oc) => oc.columns(['meeting_id', 'member_id']).doUpdateSet(set))
        .execute(),
    /** Puts many members in one group: their rows changed in one statement, the missing ones inserted in pages. */
    assignGroup: async (
      db: Db,
      meetingId: number,
      memberIds: number[],
      groupId: number | null,
      by: { userId: number; at: string },
    ) => {
      for (let i = 0; i < memberIds.length; i += 500) {
        const page = memberIds.slice(i, i + 500);
        await db
          .updateTable('meeting_guide_assignments')
          .set({ group_id: groupId, updated_by: by.userId, updated_at: by.at })
          .where('meeting_id', '=', meetingId)
          .where('member_id', 'in', page)
          .execute();
        if (groupId === null) continue;
        const have = new Set(
          (
            await db
              .selectFrom('meeting_guide_assignments')
              .select('member_id')
              .where('meeting_id', '=', meetingId)
              .where('member_id', 'in', page)
              .execute()
          ).map((r) => r.member_id),
        );
        const missing = page.filter((m) => !have.has(m));
        if (missing.length)
          await db
            .insertInto('meeting_guide_assignments')
            .values(
              missing.map((member_id) => ({
                meeting_id: meetingId,
                member_id,
                group_id: groupId,
                updated_by: by.userId,
                updated_at: by.at,
              })),
            )
            .execute();
      }
    },
  };
}

export type GuideRepo = ReturnType<typeof createGuideRepo>;
export type GuideItemRow = Awaited<ReturnType<GuideRepo['items']>>[number];
export type GuideGroupRow = Awaited<ReturnType<GuideRepo['groups']>>[number];
