// /api/supervision: a member's list of what to visit, a visit sent from the phone (a resend of
// the same visit answers 200 with it), a visit read back, and a campaign's visits for the office.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './visits.schema.js';
import type { VisitService } from './visits.service.js';

export function visitRoutes(app: ZodApp, visits: VisitService): void {
  const tags = ['supervision'];
  app.get(
    '/api/supervision/my-assignments',
    {
      config: { rule: 'myEvalAssignments' },
      schema: {
        tags,
        summary: '我的评议走访清单（按区县排好路线顺序，含评议指标）',
        response: { 200: S.myAssignments },
      },
    },
    async (request) => visits.myAssignments(actorOf(request)),
  );
  app.post(
    '/api/supervision/visits',
    {
      config: { rule: 'submitVisit' },
      schema: {
        tags,
        summary: '提交实地评议走访（照片先经 /api/files?purpose=photo 上传；同一 clientId 重发返回 200 与原记录）',
        body: S.visitBody,
        response: { 200: S.visit, 201: S.visit },
      },
    },
    async (request, reply) => {
      const { created, visit } = await visits.submit(actorOf(request), request.body);
      return reply.code(created ? 201 : 200).send(visit);
    },
  );
  app.get(
    '/api/supervision/visits/:id',
    {
      config: { rule: 'readEvalVisit' },
      schema: {
        tags,
        summary: '走访记录详情（打分、访谈、照片与其时间地点核验）',
        params: idParam,
        response: { 200: S.visit },
      },
    },
    async (request) => visits.get(actorOf(request), request.params.id),
  );
  app.get(
    '/api/supervision/campaigns/:id/visits',
    {
      config: { rule: 'listEvalVisits' },
      schema: {
        tags,
        summary: '评议活动的走访记录（可按对象、是否存疑筛选）',
        params: idParam,
        querystring: S.visitListQuery,
        response: { 200: S.visitList },
      },
    },
    async (request) => visits.list(actorOf(request), request.params.id, request.query),
  );
}
