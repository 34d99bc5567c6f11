// /api/members/me (a member's own record and contact-change request) and
// /api/member-contact-changes (the office's queue of requests).
import { actorOf } from '../../platform/http/auth-hook.js';
import { idParam, paged } from '../../platform/http/schemas.js';
import type { ZodApp } from '../../platform/http/types.js';
import type { ContactChangeService } from './contact-changes.service.js';
import * as S from './members.schema.js';

export function contactChangeRoutes(app: ZodApp, service: ContactChangeService): void {
  const tags = ['members'];

  app.get(
    '/api/members/me',
    {
      schema: { tags, summary: '我的委员信息（本人手机号完整显示）及待审核的修改申请', response: { 200: S.myRecord } },
    },
    async (request) => service.me(actorOf(request)),
  );

  app.post(
    '/api/members/me/contact-change',
    {
      schema: {
        tags,
        summary: '申请修改本人联系方式（机关审核通过后生效）',
        body: S.contactChangeBody,
        response: { 201: S.contactChange },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.request(actorOf(request), request.body);
    },
  );

  app.get(
    '/api/member-contact-changes',
    {
      schema: {
        tags,
        summary: '委员联系方式修改申请（待审核 / 已通过 / 已驳回）',
        querystring: S.contactChangeQuery,
        response: { 200: paged(S.contactChange) },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.post(
    '/api/member-contact-changes/:id/approve',
    {
      schema: {
        tags,
        summary: '批准修改申请（修改随即生效）',
        params: idParam,
        body: S.decideBody,
        response: { 200: S.contactChange },
      },
    },
    async (request) => service.approve(actorOf(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/member-contact-changes/:id/reject',
    {
      schema: {
        tags,
        summary: '驳回修改申请（须说明原因）',
        params: idParam,
        body: S.rejectBody,
        response: { 200: S.contactChange },
      },
    },
    async (request) => service.reject(actorOf(request), request.params.id, request.body.note),
  );
}
