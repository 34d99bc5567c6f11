// /api/meetings/:id/checkin-code, /checkin, /checkin/remote and the office's hand check-in.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { invitationParams } from '../invitations/invitations.schema.js';
import * as S from './attendance.schema.js';
import type { AttendanceService } from './attendance.service.js';

export function attendanceRoutes(app: ZodApp, service: AttendanceService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/checkin-code',
    {
      config: { rule: 'showCode' },
      schema: { tags, summary: '现场签到二维码（每 30 秒更换）', params: idParam, response: { 200: S.checkinCode } },
    },
    async (request) => service.code(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/checkin',
    {
      config: { rule: 'checkIn' },
      schema: {
        tags,
        summary: '扫码签到（需要时附定位）',
        params: idParam,
        body: S.checkinBody,
        response: { 200: S.checkinResult },
      },
    },
    async (request) => service.checkIn(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/checkin/remote',
    {
      config: { rule: 'checkInRemote' },
      schema: {
        tags,
        summary: '线上参会确认（有线上会议链接的会议，会议进行中）',
        params: idParam,
        response: { 200: S.checkinResult },
      },
    },
    async (request) => service.checkInRemote(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/invitations/:invitationId/checkin',
    {
      config: { rule: 'manualCheckIn' },
      schema: {
        tags,
        summary: '机关代为签到（remote: 线上参会）',
        params: invitationParams,
        body: S.manualCheckinBody,
        response: { 200: S.checkinResult },
      },
    },
    async (request) =>
      service.manualCheckIn(actorOf(request), request.params.id, request.params.invitationId, !!request.body?.remote),
  );
}
