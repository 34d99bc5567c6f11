// /api/proposals/similar (while drafting) and /api/proposals/:id/similar (at review).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { QueueDuplicatesService } from './queue-duplicates.service.js';
import {
  reviewDuplicatesQuery,
  reviewDuplicatesResponse,
  similarDraftBody,
  similarResponse,
} from './similarity.schema.js';
import type { SimilarityService } from './similarity.service.js';

export function similarityRoutes(app: ZodApp, similarity: SimilarityService, queue: QueueDuplicatesService): void {
  const tags = ['proposals'];

  app.post(
    '/api/proposals/similar',
    {
      config: { anyOrg: true, rule: 'draft' },
      schema: {
        tags,
        summary: '相似提案检测（起草时）：本组织本届及以前各届最相似的 10 件提案',
        body: similarDraftBody,
        response: { 200: similarResponse },
      },
    },
    async (request) => similarity.similarToDraft(actorOf(request), request.body),
  );

  app.get(
    '/api/proposals/:id/similar',
    {
      config: { rule: 'reviewSimilar' },
      schema: { tags, summary: '相似提案（审查时，提案委）', params: idParam, response: { 200: similarResponse } },
    },
    async (request) => similarity.similarToProposal(actorOf(request), request.params.id),
  );

  app.get(
    '/api/proposals/review/duplicates',
    {
      config: { rule: 'review' },
      schema: {
        tags,
        summary: '审查队列中的疑似重复提案（彼此之间或与往届、已立案提案之间），供并案参考',
        querystring: reviewDuplicatesQuery,
        response: { 200: reviewDuplicatesResponse },
      },
    },
    async (request) => queue.duplicatesInQueue(actorOf(request), request.query.ids),
  );
}
