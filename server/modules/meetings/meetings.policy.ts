// The one rule table of meetings: for every step, who may take it and in which state (each
// sub-domain writes the rules of its own steps). `authorize` enforces a rule (403 for who,
// 409 for when) and `allowedActions` offers the same rules with every meeting.
import type { Actor } from '../../platform/access/actor.js';
import { rulebook } from '../../platform/access/rulebook.js';
import { coreAccess, CORE_RULES, type MeetingRelation } from './core/meetings.policy.js';
import type { MeetingRow } from './core/meetings.repo.js';
import { ATTENDANCE_RULES } from './attendance/attendance.policy.js';
import { GUEST_RULES } from './guests/guests.policy.js';
import { INVITATION_RULES } from './invitations/invitations.policy.js';
import { calendarAccess } from './calendar/calendar.policy.js';
import { kindsAccess } from './kinds/kinds.policy.js';
import { FOLLOWUP_RULES, followupAccess, MINUTES_RULES, type FollowupRelation } from './minutes/minutes.policy.js';
import type { FollowupRow } from './minutes/minutes.repo.js';
import { GUIDE_RULES } from './guide/guide.policy.js';
import { NOTICE_RULES, noticesAccess, type NoticeRelation } from './notices/notices.policy.js';
import type { NoticeRow } from './notices/notices.repo.js';

import { SPEECH_RULES, speechAccess } from './speeches/speeches.policy.js';
import { QUESTION_RULES, questionAccess } from './questions/questions.policy.js';

const RULES = {
  ...CORE_RULES,
  ...INVITATION_RULES,
  ...ATTENDANCE_RULES,
  ...GUEST_RULES,
  ...MINUTES_RULES,
  ...SPEECH_RULES,
  ...QUESTION_RULES,
  ...GUIDE_RULES,
};

export type MeetingStepName = keyof typeof RULES;

export const meetingRules = rulebook<MeetingRow, MeetingRelation, MeetingStepName>(RULES);

export function authorize(actor: Actor, step: MeetingStepName, m: MeetingRow, rel: MeetingRelation): void {
  meetingRules.authorize(actor, step, m, rel);
}

/** The notices' steps: a table of its own, since a notice, not a meeting, is what they act on. */
export const noticeRules = rulebook<NoticeRow, NoticeRelation, keyof typeof NOTICE_RULES>(NOTICE_RULES);

export function allowedActions(actor: Actor, m: MeetingRow, rel: MeetingRelation): string[] {
  return meetingRules.allowed(actor, m, rel);
}

/** The steps on one follow-up of a meeting (督办事项): its owner's progress, the office's edits. */
export type FollowupStepName = keyof typeof FOLLOWUP_RULES;
export const followupRules = rulebook<FollowupRow, FollowupRelation, FollowupStepName>(FOLLOWUP_RULES);

/** Every rule a route of the module may name: the steps, the abilities, "view" for reads of one meeting, and the feed's token. */
export const RULE_NAMES: readonly string[] = [
  ...meetingRules.steps,
  ...followupRules.steps,
  ...noticeRules.steps,
  ...[coreAccess, kindsAccess, calendarAccess, followupAccess, speechAccess, noticesAccess, questionAccess].flatMap(
    (t) => t.names,
  ),
  'view',
  // The calendar feed read by its secret address alone (no session).
  'feedToken',
  // The forum's public question link and the projector's screen link, read by their tokens alone.
  'questionLink',
  'screenLink',
];
