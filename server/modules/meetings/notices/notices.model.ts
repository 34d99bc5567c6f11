// Notices (pure): the audience a notice is addressed to, and how often the unread may be reminded.
import type { Audience } from '../invitations/invitations.model.js';

/** The members an invitation could name, and the offices of the counties below (a city addresses its counties). */
export interface NoticeAudience extends Audience {
  /** Organisations (the office's own counties) whose meetings offices receive the notice. */
  officeOrgIds?: number[];
}

/** Roles that make up an organisation's office: who an address to "the county's office" reaches. */
export const OFFICE_ROLES = ['staff', 'county_admin'] as const;

/** One reminder to the unread, then none for this many hours (a second one the next working day at the earliest). */
export const REMIND_GAP_HOURS = 12;

/** The earliest time the next reminder may go, or null when one may go now. */
export function nextReminderAt(remindedAt: string | null, now: string): string | null {
  if (!remindedAt) return null;
  const next = new Date(new Date(remindedAt).getTime() + REMIND_GAP_HOURS * 3600_000).toISOString();
  return next > now ? next : null;
}
