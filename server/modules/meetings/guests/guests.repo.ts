// The queries of a meeting's guests: invitation rows without a member.
import type { Db } from '../../../db/tx.js';

export const guestRow = (db: Db, id: number) =>
  db.selectFrom('meeting_invitations').selectAll().where('id', '=', id).executeTakeFirst();

export const guestRows = (db: Db, meetingId: number) =>
  db
    .selectFrom('meeting_invitations')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('member_id', 'is', null)
    .orderBy('id')
    .execute();

export type GuestRow = NonNullable<Awaited<ReturnType<typeof guestRow>>>;
