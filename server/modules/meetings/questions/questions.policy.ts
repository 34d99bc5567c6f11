// The rules of the forum's live questions: a member who sees a meeting that takes questions
// (its own flag, copied from its kind: forums and open meetings) asks until it ends; the office moderates, keeps the links and may
// record answers after the end; the office and the organisation's readers read the list and
// the screen. Composed in ../meetings.policy.ts; a question's own state is checked by the
// service against QUESTION_STEPS. The public link and the screen link are read by token
// ("questionLink", "screenLink" in RULE_NAMES).
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
import { questionTexts } from './questions.texts.js';

const enabled: MeetingCheck = {
  test: (_a, m) => m.questions_enabled === 1,
  fail: () => conflict('QUESTIONS_NOT_ENABLED', questionTexts.notEnabled),
};
const published = hasStatus(['published'], 'NOT_OPEN', '会议未发布或已取消');
const member: MeetingCheck = who(
  (a) => can(a, 'meetings.attend') && a.memberId !== null,
  'NOT_A_MEMBER',
  '只有委员可以在此提问',
);

export const QUESTION_RULES = {
  askQuestion: { who: [member], when: [enabled, published, notEnded('QUESTIONS_CLOSED', questionTexts.closed)] },
  moderateQuestions: { who: [office], when: [enabled] },
  manageQuestionLinks: { who: [office], when: [enabled, published], offered: false },
  listQuestions: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [enabled], offered: false },
  viewQuestionScreen: { who: [who((a, m) => isOffice(a, m) || readsOrg(a, m))], when: [enabled], offered: false },
} satisfies Record<string, MeetingRule>;

/** A member's own questions across meetings (his phone's 我的提问). */
export const questionAccess = abilities({
  myQuestions: (a) => can(a, 'meetings.attend') && a.memberId !== null,
});
