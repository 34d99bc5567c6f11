// topics/: "four jointly" topics (四共同): proposed, jointly set, researched, consulted on and
// implemented, with each stage's dates, participants, meeting and documents. See ../index.ts.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { TOPIC_RULES, topicAccess } from './topics.policy.js';
import { createTopicRepo } from './topics.repo.js';
import { topicRoutes } from './topics.routes.js';
import { createTopicService, STAGE_FILE_OWNER } from './topics.service.js';
import { TOPICS_TEXT_PHRASES } from './topics.texts.js';

export function registerTopics(app: ZodApp, platform: Platform): void {
  const service = createTopicService({ ...platform, topics: createTopicRepo() });
  platform.files.registerOwner(STAGE_FILE_OWNER, (actor, ownerId) => service.mayReadFiles(actor, Number(ownerId)));
  topicRoutes(app, service);
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../workplan.policy.ts). */
export const topicsRuleNames: readonly string[] = [...Object.keys(TOPIC_RULES), ...topicAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../workplan.texts.ts). */
export const TOPICS_PHRASES: Record<string, string> = TOPICS_TEXT_PHRASES;
