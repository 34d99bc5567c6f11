// The forum's live questions (现场提问): members and the invited public ask, the office
// moderates, the projector shows the approved ones, the leaders' answers are kept.
import type { ZodApp } from '../../../platform/http/types.js';
import type { MeetingDeps } from '../core/meetings.service.js';
import { createPublicQuestionService } from './public.service.js';
import { createQuestionRepo } from './questions.repo.js';
import { questionRoutes } from './questions.routes.js';
import { createQuestionService } from './questions.service.js';

export function registerQuestions(app: ZodApp, deps: MeetingDeps): void {
  const withQuestions = { ...deps, questions: createQuestionRepo() };
  questionRoutes(app, createQuestionService(withQuestions), createPublicQuestionService(withQuestions));
}
