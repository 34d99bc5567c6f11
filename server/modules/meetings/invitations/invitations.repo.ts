// Every query of invitations: adding invitees, the office's list, the invitee's reply, the waiting list.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { Engine } from '../../../db/dialect.js';
import type { MeetingInvitationsTable, Reply } from '../../../db/tables/meetings.js';

export function createInvitationRepo(engine: Engine) {
  return {
    /** Serialises the replies of one meeting (a cap is counted, then a place taken) on PostgreSQL; SQLite's writer lock does it there. */
    lockMeeting: async (db: Db, meetingId: number) => {
      if (engine === 'postgres')
        await db.selectFrom('meetings').select('id').where('id', '=', meetingId).forUpdate().execute();
    },

    /** Inserts the invitations, skipping members already invited; answers the rows added. */
    insertMany: async (db: Db, rows: Insertable<MeetingInvitationsTable>[]) => {
      const added: { id: number; user_id: number | null }[] = [];
      // 500 rows a statement keeps well under both engines' parameter limits.
      for (let i = 0; i < rows.length; i += 500) {
        added.push(
          ...(await db
            .insertInto('meeting_invitations')
            .values(rows.slice(i, i + 500))
            .onConflict((oc) => oc.columns(['meeting_id', 'member_id']).doNothing())
            .returning(['id', 'user_id'])
            .execute()),
        );
      }
      return added;
    },

    get: (db: Db, id: number) =>
      db.selectFrom('meeting_invitations').selectAll().where('id', '=', id).executeTakeFirst(),
    update: (db: Db, id: number, set: Updateable<MeetingInvitationsTable>) =>
      db.updateTable('meeting_invitations').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),

    countReply: async (db: Db, meetingId: number, reply: Reply) =>
      Number(
        (
          await db
            .selectFrom('meeting_invitations')
            .select(sql<number>`count(*)`.as('n'))
            .where('meeting_id', '=', meetingId)
            .where('reply', '=', reply)
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /** The first on the waiting list (first come, first promoted). */
    firstWaiting: (db: Db, meetingId: number) =>
      db
        .selectFrom('meeting_invitations')
        .selectAll()
        .where('meeting_id', '=', meetingId)
        .where('reply', '=', 'waitlisted')
        .orderBy('waitlist_at')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst(),

    /** The office's list of a meeting's invitees, with names (members' names read for display). */
    async list(db: Db, meetingId: number, reply: Reply | undefined, page: number, pageSize: number) {
      let q = db
        .selectFrom('meeting_invitations as i')
        .leftJoin('members as mb', 'mb.id', 'i.member_id')
        .where('i.meeting_id', '=', meetingId);
      if (reply) q = q.where('i.reply', '=', reply);
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
            'i.replied_at',
            'i.leave_reason',
            'i.leave_note',
            'i.leave_decided_at',
            'i.checked_in_at',
            'i.checkin_method',
            'i.attendance',
            'mb.name as member_name',
          ])
          .orderBy('i.id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },
  };
}

export type InvitationRepo = ReturnType<typeof createInvitationRepo>;
export type InvitationListRow = Awaited<ReturnType<InvitationRepo['list']>>['items'][number];
