// Every query of the exchange's tables: the attendees, the accounts, the reminders. Members'
// names are joined for display only (the roster is the members module's).
import type { Insertable } from 'kysely';
import type { StudyExchangeRemindersTable } from '../../../db/tables/study-plan.js';
import type { Db } from '../../../db/tx.js';

export function createExchangeRepo() {
  return {
    /** The organisation's attendees with their names, in roster order. */
    attendees: (db: Db, orgId: number) =>
      db
        .selectFrom('study_exchange_attendees as a')
        .innerJoin('members as m', 'm.id', 'a.member_id')
        .select(['a.member_id', 'a.added_at', 'm.name', 'm.active'])
        .where('a.org_id', '=', orgId)
        .orderBy('m.pinyin')
        .orderBy('m.id')
        .execute(),
    isAttendee: async (db: Db, orgId: number, memberId: number) =>
      !!(await db
        .selectFrom('study_exchange_attendees')
        .select('id')
        .where('org_id', '=', orgId)
        .where('member_id', '=', memberId)
        .executeTakeFirst()),
    removeAttendees: (db: Db, orgId: number, keep: readonly number[]) => {
      let q = db.deleteFrom('study_exchange_attendees').where('org_id', '=', orgId);
      if (keep.length) q = q.where('member_id', 'not in', [...keep]);
      return q.executeTakeFirst();
    },
    addAttendees: (db: Db, orgId: number, memberIds: readonly number[], by: number, at: string) =>
      memberIds.length
        ? db
            .insertInto('study_exchange_attendees')
            .values(memberIds.map((member_id) => ({ org_id: orgId, member_id, added_by: by, added_at: at })))
            .onConflict((oc) => oc.columns(['org_id', 'member_id']).doNothing())
            .returning('member_id')
            .execute()
        : Promise.resolve([]),

    /** A month's accounts of the organisation, with the writers' names. */
    accountsOf: (db: Db, orgId: number, month: string) =>
      db
        .selectFrom('study_exchange_accounts as x')
        .innerJoin('members as m', 'm.id', 'x.member_id')
        .select(['x.member_id', 'x.body', 'x.created_at', 'x.updated_at', 'm.name', 'm.pinyin'])
        .where('x.org_id', '=', orgId)
        .where('x.month', '=', month)
        .execute(),
    accountOf: (db: Db, memberId: number, month: string) =>
      db
        .selectFrom('study_exchange_accounts')
        .selectAll()
        .where('member_id', '=', memberId)
        .where('month', '=', month)
        .executeTakeFirst(),
    insertAccount: (db: Db, row: { org_id: number; member_id: number; month: string; body: string; at: string }) =>
      db
        .insertInto('study_exchange_accounts')
        .values({
          org_id: row.org_id,
          member_id: row.member_id,
          month: row.month,
          body: row.body,
          created_at: row.at,
          updated_at: row.at,
        })
        .onConflict((oc) => oc.columns(['member_id', 'month']).doUpdateSet({ body: row.body, updated_at: row.at }))
        .execute(),
    /** A member's accounts, newest month first. */
    accountsOfMember: (db: Db, memberId: number, limit: number) =>
      db
        .selectFrom('study_exchange_accounts')
        .select(['month', 'body', 'created_at', 'updated_at'])
        .where('member_id', '=', memberId)
        .orderBy('month', 'desc')
        .limit(limit)
        .execute(),

    reminderOn: (db: Db, orgId: number, month: string, day: string) =>
      db
        .selectFrom('study_exchange_reminders')
        .select(['id', 'created_at'])
        .where('org_id', '=', orgId)
        .where('month', '=', month)
        .where('reminded_on', '=', day)
        .executeTakeFirst(),
    lastReminder: (db: Db, orgId: number, month: string) =>
      db
        .selectFrom('study_exchange_reminders')
        .select(['created_at', 'reminded'])
        .where('org_id', '=', orgId)
        .where('month', '=', month)
        .orderBy('created_at', 'desc')
        .executeTakeFirst(),
    /** The day's one reminder: false when another request claimed it first. */
    claimReminder: async (db: Db, row: Insertable<StudyExchangeRemindersTable>) =>
      !!(await db
        .insertInto('study_exchange_reminders')
        .values(row)
        .onConflict((oc) => oc.columns(['org_id', 'month', 'reminded_on']).doNothing())
        .returning('id')
        .executeTakeFirst()),
  };
}

export type ExchangeRepo = ReturnType<typeof createExchangeRepo>;
