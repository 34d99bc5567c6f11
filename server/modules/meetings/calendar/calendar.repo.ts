// Every query of calendars: a member's feed row, and the meetings a feed lists.
import type { Db } from '../../../db/tx.js';

export const calendarRepo = {
  feedOf: (db: Db, userId: number) =>
    db.selectFrom('meeting_calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst(),

  /** The feed of a token's hash, with its account (which must still be active and a member's). */
  byHash: (db: Db, tokenHash: string) =>
    db
      .selectFrom('meeting_calendar_feeds as f')
      .innerJoin('users as u', 'u.id', 'f.user_id')
      .select(['f.id', 'f.user_id', 'f.last_used_at', 'u.member_id', 'u.active'])
      .where('f.token_hash', '=', tokenHash)
      .executeTakeFirst(),

  /** One feed per account: a reset replaces the old token. */
  replace: async (db: Db, userId: number, tokenHash: string, at: string) => {
    await db.deleteFrom('meeting_calendar_feeds').where('user_id', '=', userId).execute();
    await db
      .insertInto('meeting_calendar_feeds')
      .values({ user_id: userId, token_hash: tokenHash, created_at: at })
      .execute();
  },

  remove: async (db: Db, userId: number) =>
    Number(
      (await db.deleteFrom('meeting_calendar_feeds').where('user_id', '=', userId).executeTakeFirst()).numDeletedRows,
    ),

  touch: (db: Db, id: number, at: string) =>
    db.updateTable('meeting_calendar_feeds').set({ last_used_at: at }).where('id', '=', id).execute(),

  /**
   * The meetings a member's feed lists: published or cancelled (so his calendar drops it),
   * starting in [from, to), not declined or withdrawn, at most `limit`, soonest first.
   */
  meetingsOf: (db: Db, memberId: number, from: string, to: string, limit: number) =>
    db
      .selectFrom('meeting_invitations as i')
      .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .select([
        'm.id',
        'm.title',
        'm.description',
        'm.starts_at',
        'm.ends_at',
        'm.venue',
        'm.online_url',
        'm.status',
        'm.version',
        'm.updated_at',
      ])
      .where('i.member_id', '=', memberId)
      .where('i.reply', 'not in', ['declined', 'withdrawn'])
      .where('m.status', '!=', 'draft')
      .where('m.starts_at', '>=', from)
      .where('m.starts_at', '<', to)
      .orderBy('m.starts_at')
      .limit(limit)
      .execute(),
};
