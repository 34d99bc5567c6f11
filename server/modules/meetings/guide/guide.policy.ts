// The rules of the plenary guide: the office of the meeting's organisation builds it while the
// meeting is not cancelled and alone reads everyone's seat, lodging and transport (the roster,
// the overview, the Excel list); an invitee reads his own guide once the meeting is published.
// The shared parts (agenda, groups, documents) are read by whoever sees the meeting ("view").
// Composed in ../meetings.policy.ts.
import { who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { hasStatus, office, type MeetingCheck, type MeetingRule } from '../core/meetings.policy.js';

const notCancelled: MeetingCheck = {
  test: (_a, m) => m.status !== 'cancelled',
  fail: () => conflict('MEETING_CANCELLED', '会议已取消，不能再修改会务指南'),
};
const invitee: MeetingCheck = who(
  (a, _m, rel) => !!rel.invitation && a.memberId !== null,
  'NOT_INVITED',
  '您不在此会议的邀请之列，没有个人会务指南',
);

export const GUIDE_RULES = {
  editGuide: { who: [office], when: [notCancelled] },
  // Everyone's seat, lodging and transport: personal details, the office's alone.
  readGuideRoster: { who: [office], when: [], offered: false },
  myGuide: { who: [invitee], when: [hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消')], offered: false },
} satisfies Record<string, MeetingRule>;
