// /api/meetings/:id/signin-sheet.docx: the paper sign-in sheet to print for the door.
import { sendDownload } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { SigninService } from './signin.service.js';

export function signinRoutes(app: ZodApp, service: SigninService): void {
  app.get(
    '/api/meetings/:id/signin-sheet.docx',
    {
      config: { rule: 'board' },
      schema: { tags: ['meetings'], summary: '下载纸质签到表（Word，记入审计日志）', params: idParam },
    },
    async (request, reply) => {
      const { filename, data } = await service.sheet(actorOf(request), request.params.id);
      return sendDownload(reply, 'docx', filename, data);
    },
  );
}
