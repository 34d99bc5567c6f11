// /api/meeting-kinds: the organisation's meeting kinds, edited by the office.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './kinds.schema.js';
import type { KindService } from './kinds.service.js';

export function kindRoutes(app: ZodApp, service: KindService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meeting-kinds',
    {
      config: { rule: 'readKinds' },
      schema: { tags, summary: '本组织的会议活动类型', response: { 200: z.array(S.meetingKind) } },
    },
    async (request) => service.list(actorOf(request)),
  );

  app.post(
    '/api/meeting-kinds',
    {
      config: { rule: 'editKinds' },
      schema: { tags, summary: '新增会议活动类型', body: S.createKindBody, response: { 201: S.meetingKind } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.create(actorOf(request), request.body);
    },
  );

  app.patch(
    '/api/meeting-kinds/:id',
    {
      config: { rule: 'editKinds' },
      schema: {
        tags,
        summary: '修改或停用会议活动类型',
        params: idParam,
        body: S.updateKindBody,
        response: { 200: S.meetingKind },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );
}
