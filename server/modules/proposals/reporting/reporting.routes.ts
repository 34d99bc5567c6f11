// /api/proposals/stats and /api/proposals/unit-evaluation: the statistics page's data,
// the handling-unit evaluation table, its Excel export and the democratic scores entry.
import type { ZodApp } from '../../../platform/http/types.js';
import { contentDisposition } from '../../../platform/files/files.routes.js';
import { KIND_MIME } from '../../../platform/files/sniff.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import * as E from './evaluation.schema.js';
import type { EvaluationService } from './evaluation.service.js';
import { statsQuery, statsResponse } from './stats.schema.js';
import type { StatsService } from './stats.service.js';

export function reportRoutes(app: ZodApp, s: { stats: StatsService; evaluation: EvaluationService }): void {
  const tags = ['proposals: statistics'];

  app.get(
    '/api/proposals/stats',
    {
      config: { rule: 'stats' },
      schema: {
        tags,
        summary:
          '提案统计：按状态、类型、类别、主题、界别、专委会、承办单位，答复等级、满意度、按时答复率（每项附列表筛选参数）',
        querystring: statsQuery,
        response: { 200: statsResponse },
      },
    },
    async (request) => s.stats.stats(actorOf(request), request.query),
  );

  app.get(
    '/api/proposals/unit-evaluation',
    {
      config: { rule: 'evaluation' },
      schema: {
        tags,
        summary:
          '承办单位年度考评排名（签收率、按时答复率、答复等级、满意率、超期、未兑现承诺、民主评议得分、综合得分）',
        querystring: E.yearQuery,
        response: { 200: E.evaluationTable },
      },
    },
    async (request) => s.evaluation.table(actorOf(request), request.query.year),
  );

  app.get(
    '/api/proposals/unit-evaluation/export',
    {
      config: { rule: 'evaluation' },
      schema: { tags, summary: '导出承办单位年度考评表 .xlsx（记入审计日志）', querystring: E.yearQuery },
    },
    async (request, reply) => {
      const { year, data } = await s.evaluation.exportXlsx(actorOf(request), request.query.year);
      return reply
        .header('content-type', KIND_MIME.xlsx)
        .header('content-disposition', contentDisposition(`${year}年承办单位考评.xlsx`))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.put(
    '/api/proposals/unit-evaluation/scores',
    {
      config: { rule: 'evaluationScores' },
      schema: {
        tags,
        summary: '录入承办单位的民主评议得分（民主评议模块建成前由机关录入）',
        body: E.scoresBody,
        response: { 200: E.evaluationTable },
      },
    },
    async (request) => s.evaluation.saveScores(actorOf(request), request.body),
  );
}
