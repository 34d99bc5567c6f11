// The rules of "four jointly" topics: the office of the organisation writes them, flags the
// key ones with the leader who assigned them, and moves each along its stages until it is
// done; the office and leaders read them. Composed in ../workplan.policy.ts.
import { abilities, rulebook, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { TopicStage } from '../../../db/tables/workplan.js';
import { managesAny, officeOf, readsAny } from '../scope.policy.js';

export interface TopicSubject {
  orgId: number;
  stage: TopicStage;
}

const office = officeOf<TopicSubject, null>();
const notDone: Check<TopicSubject, null> = {
  test: (_a, s) => s.stage !== 'done',
  fail: () => conflict('TOPIC_DONE', '课题已完成，不能再推进'),
};

export const TOPIC_RULES = {
  editTopic: { who: [office], when: [] },
  advanceTopic: { who: [office], when: [notDone] },
} satisfies Record<string, Rule<TopicSubject, null>>;

export const topicRules = rulebook<TopicSubject, null, keyof typeof TOPIC_RULES>(TOPIC_RULES);
export type TopicStep = keyof typeof TOPIC_RULES;

/** What may be done with topics as a whole. */
export const topicAccess = abilities({
  readTopics: readsAny,
  exportTopicReport: readsAny,
  createTopic: managesAny,
});
