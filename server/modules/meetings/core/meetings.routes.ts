// /api/meetings: the meeting itself (the lists, the detail, create, edit, publish, cancel).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { FastSerializer } from '../../../platform/http/fast-serializer.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './meetings.schema.js';
import type { MeetingService } from './meetings.service.js';

export function meetingRoutes(app: ZodApp, service: MeetingService, fast?: FastSerializer): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings',
    {
      config: { rule: 'list' },
      schema: {
        tags,
        summary: '会议活动列表：我的会议（mine），或本组织的会议（org，机关与领导）',
        querystring: S.listMeetingsQuery,
        response: { 200: S.meetingList },
      },
      ...(fast && { serializerCompiler: fast }),
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.post(
    '/api/meetings',
    {
      config: { rule: 'create' },
      schema: { tags, summary: '新建会议活动（草稿）', body: S.createMeetingBody, response: { 201: S.meetingDetail } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.create(actorOf(request), request.body);
    },
  );

  app.get(
    '/api/meetings/:id',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '会议活动详情', params: idParam, response: { 200: S.meetingDetail } },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: { rule: 'edit' },
      schema: {
        tags,
        summary: '修改会议活动（已发布会议改时间地点时通知受邀人）',
        params: idParam,
        body: S.updateMeetingBody,
        response: { 200: S.meetingDetail },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/publish',
    {
      config: { rule: 'publish' },
      schema: { tags, summary: '发布会议，通知受邀人', params: idParam, response: { 200: S.meetingDetail } },
    },
    async (request) => service.publish(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/cancel',
    {
      config: { rule: 'cancel' },
      schema: {
        tags,
        summary: '取消会议，通知受邀人',
        params: idParam,
        body: S.cancelMeetingBody,
        response: { 200: S.meetingDetail },
      },
    },
    async (request) => service.cancel(actorOf(request), request.params.id, request.body.reason),
  );
}
