// The rules of invitations: the office invites and decides leave; an invitee attends,
// declines (where the kind allows it) or asks for leave. Composed in ../meetings.policy.ts.
import { who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import {
  hasStatus,
  isOffice,
  notEnded,
  office,
  readsOrg,
  type MeetingCheck,
  type MeetingRule,
} from '../core/meetings.policy.js';
import { REPLY_STEPS } from './invitations.model.js';

const invitee: MeetingCheck = who((_a, _m, rel) => !!rel.invitation, 'NOT_INVITED', '您不在此会议的邀请之列');
const published = hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消');
const notOver = notEnded('MEETING_ENDED', '会议已结束');
const beforeDeadline: MeetingCheck = {
  test: (_a, m, rel) => !m.reply_deadline || rel.now <= m.reply_deadline,
  fail: () => conflict('REPLY_CLOSED', '已过回复截止时间；如不能出席，请请假'),
};
const replyFrom = (step: keyof typeof REPLY_STEPS): MeetingCheck => ({
  test: (_a, _m, rel) => !!rel.invitation && (REPLY_STEPS[step] as readonly string[]).includes(rel.invitation.reply),
  fail: (_a, _m, rel) => conflict('INVALID_REPLY', undefined, { step, reply: rel.invitation?.reply }),
});

export const INVITATION_RULES = {
  invite: { who: [office], when: [hasStatus(['draft', 'published'], 'INVALID_STATE', '会议已取消')] },
  listInvitations: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [], offered: false },
  attend: { who: [invitee], when: [published, notOver, beforeDeadline, replyFrom('attend')] },
  decline: {
    who: [
      invitee,
      who((_a, _m, rel) => rel.allowsDecline, 'DECLINE_NOT_ALLOWED', '本次会议须出席，不能谢绝；如不能出席，请请假'),
    ],
    when: [published, notOver, beforeDeadline, replyFrom('decline')],
  },
  // Leave may be asked for after the reply deadline, until the meeting ends.
  requestLeave: { who: [invitee], when: [published, notOver, replyFrom('requestLeave')] },
  // On one invitation of the list, not a button of the meeting.
  decideLeave: { who: [office], when: [published], offered: false },
} satisfies Record<string, MeetingRule>;
