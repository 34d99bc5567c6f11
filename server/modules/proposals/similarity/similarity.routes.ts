// /api/proposals/similar (while drafting) and /api/proposals/:id/similar (at review).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { similarDraftBody, similarResponse } from './similarity.schema.js';
import type { SimilarityService } from './similarity.service.js';

export function similarityRoutes(app: ZodApp, similarity: SimilarityService): void {
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
}
