// /api/meetings/:id/invitations and the invitee's replies (attend, decline, leave) and the office's leave decision.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './invitations.schema.js';
import type { InvitationService } from './invitations.service.js';

export function invitationRoutes(app: ZodApp, service: InvitationService): void {
  const tags = ['meetings'];

  app.post(
    '/api/meetings/:id/invitations',
    {
      config: { rule: 'invite' },
      schema: {
        tags,
        summary: '邀请参会人（按委员、专委会、界别、小组、党派或全体委员；已邀请的不重复）',
        params: idParam,
        body: S.inviteBody,
        response: { 200: S.inviteResult },
      },
    },
    async (request) => service.invite(actorOf(request), request.params.id, request.body.audience),
  );

  app.get(
    '/api/meetings/:id/invitations',
    {
      config: { rule: 'listInvitations' },
      schema: {
        tags,
        summary: '参会人名单及回复、请假、签到情况',
        params: idParam,
        querystring: S.invitationListQuery,
        response: { 200: S.invitationList },
      },
    },
    async (request) => service.list(actorOf(request), request.params.id, request.query),
  );

  app.post(
    '/api/meetings/:id/attend',
    {
      config: { rule: 'attend' },
      schema: {
        tags,
        summary: '回复参加（报名类会议满额时进入候补）',
        params: idParam,
        response: { 200: S.myInvitation },
      },
    },
    async (request) => service.attend(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/decline',
    {
      config: { rule: 'decline' },
      schema: { tags, summary: '谢绝参加（会议类型允许时）', params: idParam, response: { 200: S.myInvitation } },
    },
    async (request) => service.decline(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/leave',
    {
      config: { rule: 'requestLeave' },
      schema: {
        tags,
        summary: '请假（须出席的会议由机关审批）',
        params: idParam,
        body: S.leaveBody,
        response: { 200: S.myInvitation },
      },
    },
    async (request) => service.requestLeave(actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/meetings/:id/invitations/:invitationId/leave-decision',
    {
      config: { rule: 'decideLeave' },
      schema: {
        tags,
        summary: '审批请假',
        params: S.invitationParams,
        body: S.leaveDecisionBody,
        response: { 200: z.object({ ok: z.literal(true), reply: S.invitation.shape.reply }) },
      },
    },
    async (request) =>
      service.decideLeave(actorOf(request), request.params.id, request.params.invitationId, request.body),
  );
}
