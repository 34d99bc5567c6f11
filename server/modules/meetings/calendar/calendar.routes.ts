// /api/meetings/:id/event.ics (one meeting for the phone's calendar), the member's private feed
// (/api/meetings/calendar-feed: state, make or reset, revoke) and the feed itself at its secret
// address (/api/meetings/feed/:token.ics, no session: calendar apps cannot sign in).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contentDisposition } from '../../../platform/files/files.routes.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './calendar.schema.js';
import type { CalendarService, Origin } from './calendar.service.js';

const originOf = (request: FastifyRequest): Origin => ({
  host: request.hostname,
  base: `${request.protocol}://${request.host}`,
});

const sendIcs = (reply: FastifyReply, text: string, filename?: string) => {
  reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'no-store');
  if (filename) reply.header('content-disposition', contentDisposition(filename));
  return reply.send(text);
};

export function calendarRoutes(app: ZodApp, service: CalendarService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/event.ics',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '下载会议日历事件（.ics，可加入手机日历）', params: idParam },
    },
    async (request, reply) => {
      const { filename, text } = await service.event(actorOf(request), request.params.id, originOf(request));
      return sendIcs(reply, text, filename);
    },
  );

  app.get(
    '/api/meetings/calendar-feed',
    {
      config: { rule: 'calendarFeed' },
      schema: { tags, summary: '我的会议日历订阅：是否已开通', response: { 200: S.feedState } },
    },
    async (request) => service.state(actorOf(request)),
  );

  app.post(
    '/api/meetings/calendar-feed',
    {
      config: { rule: 'calendarFeed', anyOrg: true },
      schema: {
        tags,
        summary: '开通或重置会议日历订阅（新地址只显示这一次，旧地址随即失效）',
        response: { 201: S.newFeed },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(actorOf(request))),
  );

  app.delete(
    '/api/meetings/calendar-feed',
    {
      config: { rule: 'calendarFeed', anyOrg: true },
      schema: { tags, summary: '停用会议日历订阅', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.revoke(actorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/meetings/feed/:file',
    {
      config: { access: 'public', rule: 'feedToken' },
      schema: { tags, summary: '会议日历订阅地址（凭地址中的密钥读取，无需登录）', params: S.feedParams },
    },
    async (request, reply) => sendIcs(reply, await service.feed(request.params.file, originOf(request))),
  );
}
