// /api/meetings/:id/attendance (the live board), its Excel sheet, and the office's desk at the
// door: check-out of an invitee and walk-ins.
import { contentDisposition } from '../../../platform/files/files.routes.js';
import { KIND_MIME } from '../../../platform/files/sniff.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { FastSerializer } from '../../../platform/http/fast-serializer.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { invitationParams } from '../invitations/invitations.schema.js';
import * as S from './board.schema.js';
import type { BoardService } from './board.service.js';
import type { DeskService } from './desk.service.js';

export function boardRoutes(app: ZodApp, board: BoardService, desk: DeskService, fast?: FastSerializer): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/attendance',
    {
      config: { rule: 'board' },
      schema: {
        tags,
        summary: '实时出席情况：按出席状态和回复的人数，及参会人名单（默认一页全部）',
        params: idParam,
        querystring: S.boardQuery,
        response: { 200: S.board },
      },
      ...(fast && { serializerCompiler: fast }),
    },
    async (request) => board.board(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/meetings/:id/attendance.xlsx',
    {
      config: { rule: 'board' },
      schema: { tags, summary: '导出出席情况表 Excel（记入审计日志）', params: idParam },
    },
    async (request, reply) => {
      const { filename, data } = await board.sheet(actorOf(request), request.params.id);
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header('content-disposition', contentDisposition(filename))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.post(
    '/api/meetings/:id/invitations/:invitationId/checkout',
    {
      config: { rule: 'checkOut' },
      schema: {
        tags,
        summary: '机关代为签退（会议结束前离会记为早退）',
        params: invitationParams,
        response: { 200: S.officeCheckResult },
      },
    },
    async (request) => desk.checkOut(actorOf(request), request.params.id, request.params.invitationId),
  );

  app.post(
    '/api/meetings/:id/walk-ins',
    {
      config: { rule: 'walkIn' },
      schema: {
        tags,
        summary: '登记未受邀到会的委员（记为临时到会）',
        params: idParam,
        body: S.walkInBody,
        response: { 201: S.officeCheckResult },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await desk.walkIn(actorOf(request), request.params.id, request.body.memberId)),
  );
}
