// A consultation's report (/report), the office's "analyse now", and the Polis-format CSV files.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { z } from 'zod';
import * as S from './analysis.schema.js';
import type { ReportService } from './report.service.js';

export function analysisRoutes(app: ZodApp, s: ReportService): void {
  const tags = ['consultations'];
  app.get(
    '/api/consultations/:id/report',
    {
      config: { rule: 'readReport' },
      schema: {
        tags,
        summary: '协商报告：意见地图、群组、各组代表性观点、共识与分歧',
        params: idParam,
        response: { 200: S.report },
      },
    },
    async (request) => s.report(actorOf(request), request.params.id),
  );
  app.post(
    '/api/consultations/:id/analyse',
    {
      config: { rule: 'analyseConsultation' },
      schema: {
        tags,
        summary: '立即重新分析（平时投票后在后台自动分析）',
        params: idParam,
        response: { 200: okResponse },
      },
    },
    async (request) => s.analyseNow(actorOf(request), request.params.id),
  );
  app.get(
    '/api/consultations/:id/export/:file',
    {
      config: { rule: 'readReport' },
      schema: {
        tags,
        summary: '按 Polis 导出格式下载 CSV（comments.csv、votes.csv、participants-votes.csv）',
        params: S.exportParams,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const csv = await s.exportCsv(actorOf(request), request.params.id, request.params.file);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.file}"`)
        .send(csv);
    },
  );
}
