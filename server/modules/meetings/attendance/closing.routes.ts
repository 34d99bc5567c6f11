// /api/meetings/:id/attendance/close and the office's correction of one invitee's state.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { invitationParams } from '../invitations/invitations.schema.js';
import * as S from './closing.schema.js';
import type { ClosingService } from './closing.service.js';

export function closingRoutes(app: ZodApp, service: ClosingService): void {
  const tags = ['meetings'];

  app.post(
    '/api/meetings/:id/attendance/close',
    {
      config: { rule: 'closeAttendance' },
      schema: {
        tags,
        summary: '确认考勤：会后将未签到且未请假的参会人记为缺席',
        params: idParam,
        response: { 200: S.closeResult },
      },
    },
    async (request) => service.close(actorOf(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/invitations/:invitationId/attendance',
    {
      config: { rule: 'setAttendance' },
      schema: {
        tags,
        summary: '更正一名参会人的出席状态（须说明理由，记入审计日志）',
        params: invitationParams,
        body: S.setAttendanceBody,
        response: { 200: S.setAttendanceResult },
      },
    },
    async (request) => service.set(actorOf(request), request.params.id, request.params.invitationId, request.body),
  );
}
