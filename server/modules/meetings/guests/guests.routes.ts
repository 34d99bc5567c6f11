// /api/meetings/:id/guests: the office's list of a meeting's guests, adding and removing one,
// and reading one guest's whole phone number (audited).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { invitationParams } from '../invitations/invitations.schema.js';
import * as S from './guests.schema.js';
import type { GuestService } from './guests.service.js';

export function guestRoutes(app: ZodApp, service: GuestService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/guests',
    {
      config: { rule: 'listGuests' },
      schema: { tags, summary: '会议嘉宾名单（手机号码已脱敏）', params: idParam, response: { 200: S.guestList } },
    },
    async (request) => service.list(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/guests',
    {
      config: { rule: 'addGuest' },
      schema: {
        tags,
        summary: '添加会议嘉宾（专家、基层代表、单位代表、公众等）',
        params: idParam,
        body: S.guestBody,
        response: { 201: S.guest },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.add(actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/api/meetings/:id/guests/:invitationId',
    {
      config: { rule: 'removeGuest' },
      schema: { tags, summary: '移除尚未签到的嘉宾', params: invitationParams },
    },
    async (request, reply) => {
      await service.remove(actorOf(request), request.params.id, request.params.invitationId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/meetings/:id/guests/:invitationId/phone',
    {
      config: { rule: 'unmaskGuest' },
      schema: {
        tags,
        summary: '查看嘉宾完整手机号码（记入审计日志）',
        params: invitationParams,
        response: { 200: S.guestPhone },
      },
    },
    async (request) => service.phone(actorOf(request), request.params.id, request.params.invitationId),
  );
}
