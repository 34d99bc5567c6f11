// The rules of minutes and follow-ups. On the meeting: the office writes the minutes of a
// published meeting, publishes them once it has begun, and adds follow-ups; the office and
// leaders read a meeting's follow-ups. On one follow-up: the office edits, cancels (with a
// reason) and reopens it; its owner (the handling unit's users, or the person named) and the
// office report progress while it is open. Composed in ../meetings.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { hasStatus, isOffice, office, readsOrg, type MeetingCheck, type MeetingRule } from '../core/meetings.policy.js';
import type { FollowupRow } from './minutes.repo.js';
import { OPEN_STATUSES } from './minutes.model.js';

const published = hasStatus(['published'], 'NOT_PUBLISHED', '会议未发布或已取消，不能记录纪要和督办事项');
const begun: MeetingCheck = {
  test: (_a, m, rel) => rel.now >= m.starts_at,
  fail: () => conflict('NOT_STARTED', '会议开始后才能发布纪要'),
};

export const MINUTES_RULES = {
  // Offered with the minutes and the meeting's follow-ups (their own allowedActions), not with the meeting.
  writeMinutes: { who: [office], when: [published], offered: false },
  publishMinutes: { who: [office], when: [published, begun], offered: false },
  addFollowup: { who: [office], when: [published], offered: false },
  // A meeting's follow-ups: the office and the organisation's readers (leaders).
  followups: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [], offered: false },
} satisfies Record<string, MeetingRule>;

/** The viewer's relation to one follow-up. */
export interface FollowupRelation {
  now: string;
}

export type FollowupCheck = Check<FollowupRow, FollowupRelation>;

/** The meetings office of the follow-up's organisation. */
export const isFollowupOffice = (a: Actor, f: Pick<FollowupRow, 'org_id'>) => isOffice(a, f);
/** Its owner: a user of the owning unit, or the person named. */
export const isOwner = (a: Actor, f: Pick<FollowupRow, 'owner_unit_id' | 'owner_user_id'>) =>
  (f.owner_unit_id !== null && a.unitId === f.owner_unit_id && can(a, 'meetings.follow_up')) ||
  (f.owner_user_id !== null && a.userId === f.owner_user_id);
/** Who sees a follow-up: the office and readers of its organisation, and its owner. */
export const seesFollowup = (a: Actor, f: FollowupRow) => readsOrg(a, f) || isOffice(a, f) || isOwner(a, f);

const followupOffice: FollowupCheck = who((a, f) => isFollowupOffice(a, f));
const stillOpen: FollowupCheck = {
  test: (_a, f) => OPEN_STATUSES.includes(f.status),
  fail: (_a, f) => conflict('FOLLOWUP_CLOSED', '督办事项已办结或已撤销', { state: f.status }),
};
const closed: FollowupCheck = {
  test: (_a, f) => !OPEN_STATUSES.includes(f.status),
  fail: (_a, f) => conflict('FOLLOWUP_OPEN', '督办事项仍在办理中', { state: f.status }),
};

export const FOLLOWUP_RULES = {
  reportProgress: {
    who: [
      who((a, f) => isFollowupOffice(a, f) || isOwner(a, f), 'NOT_OWNER', '只有责任单位（人）和会议办公室可以报送进展'),
    ],
    when: [stillOpen],
  },
  editFollowup: { who: [followupOffice], when: [stillOpen] },
  cancelFollowup: { who: [followupOffice], when: [stillOpen] },
  reopenFollowup: { who: [followupOffice], when: [closed] },
} satisfies Record<string, Rule<FollowupRow, FollowupRelation>>;

/** Follow-ups across meetings: the office's list of its organisation's, and an owner's own. */
export const followupAccess = abilities({
  followupsOffice: (a) => can(a, 'meetings.manage') || can(a, 'meetings.read_all'),
  followupsMine: (a) => can(a, 'meetings.follow_up') || can(a, 'meetings.attend') || can(a, 'meetings.manage'),
});
