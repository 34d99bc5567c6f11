// Every query of notices: the notice itself, its recipients (resolved set-based at publication),
// the receipts the office reads and the recipient's own list.
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { MeetingNoticesTable, MeetingNoticeRecipientsTable, NoticeStatus } from '../../../db/tables/meetings.js';
import { audienceMembersQuery, type MemberAudience } from '../../members/index.js';

export type NoticeRow = Selectable<MeetingNoticesTable>;

const count = sql<number>`count(*)`.as('n');

/** Read receipts per notice, for a list of notices (one statement). */
async function readCounts(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, number>();
  const rows = await db
    .selectFrom('meeting_notice_recipients')
    .select(['notice_id', count])
    .where('notice_id', 'in', ids)
    .where('read_at', 'is not', null)
    .groupBy('notice_id')
    .execute();
  return new Map(rows.map((r) => [r.notice_id, Number(r.n)]));
}

export function createNoticeRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('meeting_notices').selectAll().where('id', '=', id).executeTakeFirst(),
    insert: (db: Db, row: Insertable<MeetingNoticesTable>) =>
      db.insertInto('meeting_notices').values(row).returningAll().executeTakeFirstOrThrow(),
    update: (db: Db, id: number, set: Updateable<MeetingNoticesTable>) =>
      db.updateTable('meeting_notices').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    /** Moves the notice on from `from` only if it is still there; false when a concurrent step moved it first. */
    moveStatus: async (db: Db, id: number, from: NoticeStatus, set: Updateable<MeetingNoticesTable>) =>
      Number(
        (
          await db
            .updateTable('meeting_notices')
            .set(set)
            .where('id', '=', id)
            .where('status', '=', from)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    receiptOf: (db: Db, noticeId: number, userId: number) =>
      db
        .selectFrom('meeting_notice_recipients')
        .select(['id', 'read_at'])
        .where('notice_id', '=', noticeId)
        .where('user_id', '=', userId)
        .executeTakeFirst(),

    /**
     * Adds the accounts of the members an audience names, in one INSERT ... SELECT (the whole
     * provincial body is one statement, not one per person); answers how many were added.
     */
    async addMemberRecipients(db: Db, noticeId: number, a: MemberAudience) {
      const members = audienceMembersQuery(db, a);
      if (!members) return 0;
      const r = await db
        .insertInto('meeting_notice_recipients')
        .columns(['notice_id', 'user_id', 'member_id'])
        .expression(
          db
            .selectFrom('users as u')
            .select([sql.lit(noticeId).as('notice_id'), 'u.id', 'u.member_id'])
            .where('u.active', '=', 1)
            .where('u.member_id', 'in', members.select('members.id')),
        )
        .onConflict((oc) => oc.columns(['user_id', 'notice_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0);
    },
    /**
     * How many members the audience names have no active account: the notice cannot reach them
     * in the app, and the office is told so it can send word another way (the Word copy).
     */
    async membersWithoutAccount(db: Db, a: MemberAudience) {
      const members = audienceMembersQuery(db, a);
      if (!members) return 0;
      const r = await members
        .select(count)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('users as u')
                .select('u.id')
                .whereRef('u.member_id', '=', 'members.id')
                .where('u.active', '=', 1),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /** Adds office accounts (a county's office), skipping any already reached. */
    async addUserRecipients(db: Db, noticeId: number, userIds: readonly number[]) {
      let added = 0;
      for (let i = 0; i < userIds.length; i += 500) {
        const r = await db
          .insertInto('meeting_notice_recipients')
          .values(userIds.slice(i, i + 500).map((user_id) => ({ notice_id: noticeId, user_id, member_id: null })))
          .onConflict((oc) => oc.columns(['user_id', 'notice_id']).doNothing())
          .executeTakeFirst();
        added += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
      return added;
    },
    /** The accounts to tell: every recipient, or those who have not read it. */
    recipientUserIds: async (db: Db, noticeId: number, unreadOnly: boolean) => {
      let q = db.selectFrom('meeting_notice_recipients').select('user_id').where('notice_id', '=', noticeId);
      if (unreadOnly) q = q.where('read_at', 'is', null);
      return (await q.execute()).map((r) => r.user_id);
    },
    /** Records the first read; a later open changes nothing. Answers whether this was the first. */
    markRead: async (db: Db, id: number, at: string) =>
      Number(
        (
          await db
            .updateTable('meeting_notice_recipients')
            .set({ read_at: at } satisfies Updateable<MeetingNoticeRecipientsTable>)
            .where('id', '=', id)
            .where('read_at', 'is', null)
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    /** Takes the reminder's turn if no one took it since `prev` was read; false when someone did. */
    claimReminder: async (db: Db, id: number, prev: string | null, at: string) =>
      Number(
        (
          await db
            .updateTable('meeting_notices')
            .set({ reminded_at: at })
            .where('id', '=', id)
            .where((eb) => (prev ? eb('reminded_at', '=', prev) : eb('reminded_at', 'is', null)))
            .executeTakeFirst()
        ).numUpdatedRows,
      ) > 0,
    readCount: async (db: Db, noticeId: number) => (await readCounts(db, [noticeId])).get(noticeId) ?? 0,

    /** The recipients with their names, read or unread, in roster order of names. */
    async receipts(db: Db, noticeId: number, read: boolean | undefined, limit: number, offset: number) {
      let q = db
        .selectFrom('meeting_notice_recipients as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .leftJoin('members as m', 'm.id', 'r.member_id')
        .leftJoin('organisations as o', 'o.id', 'u.org_id')
        .where('r.notice_id', '=', noticeId);
      if (read !== undefined) q = q.where('r.read_at', read ? 'is not' : 'is', null);
      const [items, total] = await Promise.all([
        q
          .select([
            'r.user_id',
            'r.member_id',
            'r.read_at',
            'm.name as member_name',
            'u.display_name',
            'o.name as org_name',
          ])
          .orderBy('r.read_at')
          .orderBy('r.id')
          .limit(limit)
          .offset(offset)
          .execute(),
        q.select(count).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n) };
    },

    /** The office's list: its organisation's notices (and the published ones of those it reads), newest first. */
    async list(
      db: Db,
      q: { ownOrgId: number | null; readOrgIds: readonly number[]; status?: NoticeStatus; meetingId?: number },
      limit: number,
      offset: number,
    ) {
      let base = db.selectFrom('meeting_notices').where((eb) => {
        const ors = [];
        if (q.ownOrgId !== null) ors.push(eb('org_id', '=', q.ownOrgId));
        if (q.readOrgIds.length) ors.push(eb.and([eb('org_id', 'in', [...q.readOrgIds]), eb('status', '!=', 'draft')]));
        return ors.length ? eb.or(ors) : eb.val(false);
      });
      if (q.status) base = base.where('status', '=', q.status);
      if (q.meetingId) base = base.where('meeting_id', '=', q.meetingId);
      const [items, total] = await Promise.all([
        base.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        base.select(count).executeTakeFirstOrThrow(),
      ]);
      const reads = await readCounts(
        db,
        items.map((i) => i.id),
      );
      return { items: items.map((i) => ({ ...i, read_count: reads.get(i.id) ?? 0 })), total: Number(total.n) };
    },

    /** A recipient's published notices: unread first, then newest; with his unread count. */
    async mine(db: Db, userId: number, limit: number, offset: number) {
      const base = db
        .selectFrom('meeting_notice_recipients as r')
        .innerJoin('meeting_notices as n', 'n.id', 'r.notice_id')
        .where('r.user_id', '=', userId)
        .where('n.status', '=', 'published');
      const [items, total, unread] = await Promise.all([
        base
          .select(['n.id', 'n.title', 'n.org_id', 'n.meeting_id', 'n.published_at', 'r.read_at'])
          .orderBy(sql`case when r.read_at is null then 0 else 1 end`)
          .orderBy('n.published_at', 'desc')
          .orderBy('n.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        base.select(count).executeTakeFirstOrThrow(),
        base.where('r.read_at', 'is', null).select(count).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.n), unread: Number(unread.n) };
    },
  };
}

export type NoticeRepo = ReturnType<typeof createNoticeRepo>;
