// The rules of speeches: an invitee hands in (and revises) his speech until the meeting ends;
// the office reviews them and orders the oral ones into the programme; the office and the
// organisation's readers read every speech handed in. The programme itself is read by whoever
// sees the meeting ("view"). Composed in ../meetings.policy.ts; the speech's own state is
// checked by the service against SPEECH_STEPS.
import { can } from '../../../platform/access/actor.js';
import { abilities, who } from '../../../platform/access/rulebook.js';
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

const published = hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消');
const invitee: MeetingCheck = who(
  (a, _m, rel) => !!rel.invitation && a.memberId !== null,
  'NOT_INVITED',
  '您不在此会议的邀请之列，不能提交发言',
);
const stillAttending: MeetingCheck = {
  test: (_a, _m, rel) => !!rel.invitation && !['declined', 'withdrawn'].includes(rel.invitation.reply),
  fail: () => conflict('NOT_ATTENDING', '您已谢绝或退出本次会议，不能提交发言'),
};
const notOver = notEnded('SPEECHES_CLOSED', '会议已结束，不再接收或修改发言');

export const SPEECH_RULES = {
  submitSpeech: { who: [invitee], when: [published, notOver, stillAttending] },
  // On the author's own speech, not a button of the meeting.
  reviseSpeech: { who: [invitee], when: [published, notOver, stillAttending], offered: false },
  // On one speech of the list.
  reviewSpeech: { who: [office], when: [published, notOver], offered: false },
  orderProgramme: { who: [office], when: [published, notOver], offered: false },
  listSpeeches: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [], offered: false },
} satisfies Record<string, MeetingRule>;

/** A member's own speeches, across meetings (his phone's 我的发言). */
export const speechAccess = abilities({
  mySpeeches: (a) => can(a, 'meetings.attend') && a.memberId !== null,
});
