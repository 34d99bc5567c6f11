// /api/meetings/:id/my-code (the member's personal check-in code) and /scan (the office's
// scanner at the door reading it).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './attendance.schema.js';
import type { PersonalCodeService } from './personal-code.service.js';

export function personalCodeRoutes(app: ZodApp, service: PersonalCodeService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/:id/my-code',
    {
      config: { rule: 'myCode' },
      schema: {
        tags,
        summary: '我的签到码（每 30 秒更换，由工作人员扫码签到）',
        params: idParam,
        response: { 200: S.personalCodeResult },
      },
    },
    async (request) => service.myCode(actorOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/scan',
    {
      config: { rule: 'scanCode' },
      schema: {
        tags,
        summary: '扫描委员的个人签到码签到（未受邀者记为临时到会）',
        params: idParam,
        body: S.scanBody,
        response: { 200: S.scanResult },
      },
    },
    async (request) => service.scan(actorOf(request), request.params.id, request.body.code),
  );
}
