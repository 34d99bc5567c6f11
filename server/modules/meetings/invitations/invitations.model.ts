// Invitations (pure): how an audience is written down as an invitation's source, and which
// replies each of the invitee's steps starts from.
import type { Reply } from '../../../db/tables/meetings.js';

/** Who the office invites: the whole body, or any of these (members, committees, sectors, groups, parties); a county's members through orgIds. */
export interface Audience {
  all?: boolean;
  memberIds?: number[];
  committeeIds?: number[];
  sectorIds?: number[];
  groupIds?: number[];
  parties?: string[];
  orgIds?: number[];
  /** Only the new members (joined this term) among those named, or every new member. */
  newOnly?: boolean;
}

/** The part of the audience that named a member (the first that applies, in the order a person reads them). */
export function sourceOf(
  a: Audience,
  m: { id: number; committee_id: number | null; sector_id: number; group_id: number | null; party: string },
): string {
  if (a.memberIds?.includes(m.id)) return 'person';
  if (m.committee_id !== null && a.committeeIds?.includes(m.committee_id)) return `committee:${m.committee_id}`;
  if (a.sectorIds?.includes(m.sector_id)) return `sector:${m.sector_id}`;
  if (m.group_id !== null && a.groupIds?.includes(m.group_id)) return `group:${m.group_id}`;
  if (a.parties?.includes(m.party)) return `party:${m.party}`;
  return 'all';
}

/** The replies each step of the invitee starts from. */
export const REPLY_STEPS = {
  attend: ['pending', 'declined', 'leave_requested', 'leave_refused'],
  decline: ['pending', 'attending', 'waitlisted', 'leave_refused'],
  requestLeave: ['pending', 'attending', 'waitlisted', 'leave_refused'],
} as const satisfies Record<string, readonly Reply[]>;

/** Replies that hold a place in a sign-up meeting with a cap. */
export const HOLDS_PLACE: readonly Reply[] = ['attending'];
