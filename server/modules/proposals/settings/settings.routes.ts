// /api/proposals/settings: the organisation's categories, themes, result labels and deadlines.
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { proposalSettingsResponse, proposalSettingsSchema } from './settings.schema.js';
import type { SettingsService } from './settings.service.js';

export function settingsRoutes(app: ZodApp, settings: SettingsService): void {
  const tags = ['proposals'];

  app.get(
    '/api/proposals/settings',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        summary: '本组织的提案设置（类别、主题、答复等级、期限）',
        response: { 200: proposalSettingsResponse },
      },
    },
    async (request) => settings.get(actorOf(request)),
  );

  app.put(
    '/api/proposals/settings',
    {
      config: { rule: 'editSettings' },
      schema: {
        tags,
        summary: '修改本组织的提案设置',
        body: proposalSettingsSchema,
        response: { 200: proposalSettingsResponse },
      },
    },
    async (request) => settings.save(actorOf(request), request.body),
  );
}
