// Who may see a meeting and the rules of the meeting's own steps (edit, publish, cancel).
// The whole table is composed in ../meetings.policy.ts; this file also gives the other
// sub-domains the checks their rules are made of.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import type { MeetingStatus } from '../../../db/tables/meetings.js';
import { conflict } from '../../../platform/errors.js';
import { canStep, MEETING_STEPS, type MeetingStep } from './meetings.model.js';
import type { InvitationRow, MeetingRow } from './meetings.repo.js';

export interface MeetingRelation {
  /** The viewer's own invitation to the meeting, if any. */
  invitation: InvitationRow | null;
  /** Whether the meeting's kind lets an invitee decline (else only leave, with the office's approval). */
  allowsDecline: boolean;
  /** The time of the request (rules about reply deadlines and the meeting's end read it). */
  now: string;
}

/** The meetings office of the meeting's own organisation. */
export function isOffice(actor: Actor, m: Pick<MeetingRow, 'org_id'>): boolean {
  return can(actor, 'meetings.manage') && actor.orgId === m.org_id;
}

/** An office or leader reading the organisation's meetings (a city office reads its counties'). */
export function readsOrg(actor: Actor, m: Pick<MeetingRow, 'org_id'>): boolean {
  return (can(actor, 'meetings.manage') || can(actor, 'meetings.read_all')) && actor.visibleOrgIds.includes(m.org_id);
}

/** Drafts are the office's; a published or cancelled meeting is seen by its readers and its invitees. */
export function canView(actor: Actor, m: Pick<MeetingRow, 'org_id' | 'status'>, rel: MeetingRelation): boolean {
  if (isOffice(actor, m)) return true;
  if (m.status === 'draft') return false;
  return readsOrg(actor, m) || !!rel.invitation;
}

export type MeetingRule = Rule<MeetingRow, MeetingRelation>;
export type MeetingCheck = Check<MeetingRow, MeetingRelation>;

export const office: MeetingCheck = who((a, m) => isOffice(a, m));

/** The meeting is in a status the step may start from; else a 409 naming the status. */
export function inStatus(step: MeetingStep, message?: string): MeetingCheck {
  return {
    test: (_a, m) => canStep(step, m.status),
    fail: (_a, m) => conflict('INVALID_STATE', message, { step, state: m.status, allowedFrom: MEETING_STEPS[step] }),
  };
}

/** The meeting has the given status (for the steps of the other sub-domains). */
export function hasStatus(statuses: readonly MeetingStatus[], code: string, message: string): MeetingCheck {
  return { test: (_a, m) => statuses.includes(m.status), fail: () => conflict(code, message) };
}

/** The meeting has not ended yet (at the request's time); else a 409 with the step's own code and sentence. */
export function notEnded(code: string, message: string): MeetingCheck {
  return { test: (_a, m, rel) => rel.now < m.ends_at, fail: () => conflict(code, message) };
}

export const CORE_RULES = {
  edit: { who: [office], when: [inStatus('edit', '会议已取消，不能修改')] },
  publish: { who: [office], when: [inStatus('publish', '会议已发布或已取消')] },
  // A meeting that has taken place is part of the record (attendance, speeches): it stays.
  cancel: {
    who: [office],
    when: [inStatus('cancel', '会议已取消'), notEnded('MEETING_ENDED', '会议已结束，不能取消')],
  },
} satisfies Record<string, MeetingRule>;

/** What may be done with meetings as a whole. */
export const coreAccess = abilities({
  create: (a) => can(a, 'meetings.manage'),
  list: (a) => can(a, 'meetings.manage') || can(a, 'meetings.read_all') || can(a, 'meetings.attend'),
});
