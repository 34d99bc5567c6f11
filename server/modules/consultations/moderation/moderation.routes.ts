// The office's statements of a consultation: the list (by status), a statement it adds, and the
// moderation of a participant's statement.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { z } from 'zod';
import * as S from './moderation.schema.js';
import type { ModerationService } from './moderation.service.js';

export function moderationRoutes(app: ZodApp, s: ModerationService): void {
  const tags = ['consultations'];
  app.get(
    '/api/consultations/:id/statements',
    {
      config: { rule: 'readStatements' },
      schema: {
        tags,
        summary: '协商的观点（可按审核状态筛选）',
        params: idParam,
        querystring: S.listQuery,
        response: { 200: S.statementList },
      },
    },
    async (request) => s.list(actorOf(request), request.params.id, request.query.status),
  );
  app.post(
    '/api/consultations/:id/statements',
    {
      config: { rule: 'moderateStatements' },
      schema: {
        tags,
        summary: '政协办新增观点（直接通过）',
        params: idParam,
        body: S.statementBody,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await s.add(actorOf(request), request.params.id, request.body.body)),
  );
  app.post(
    '/api/consultation-statements/:id/moderate',
    {
      config: { rule: 'moderateStatements' },
      schema: {
        tags,
        summary: '审核参与者提出的观点：通过，或说明理由不予采用',
        params: idParam,
        body: S.moderateBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.moderate(actorOf(request), request.params.id, request.body),
  );
}
