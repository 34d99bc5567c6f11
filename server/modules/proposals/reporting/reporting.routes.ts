// /api/proposals/stats and /api/proposals/unit-evaluation: the statistics page's data,
// the handling-unit evaluation table, its Excel export and the democratic scores entry.
import type { ZodApp } from '../../../platform/http/types.js';
import { sendDownload, streamedBody } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import * as E from './evaluation.schema.js';
import type { EvaluationService } from './evaluation.service.js';
import { statsQuery, statsResponse } from './stats.schema.js';
import type { StatsExport } from './stats-export.service.js';
import type { StatsService } from './stats.service.js';

export function reportRoutes(
  app: ZodApp,
  s: { stats: StatsService; evaluation: EvaluationService; statsExport: StatsExport },
): void {
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
    '/api/proposals/stats/export.xlsx',
    {
      config: { rule: 'stats' },
      schema: {
        tags,
        summary: '导出提案统计 Excel：概况、各分组统计表和统计范围内的提案清单（记入审计日志）',
        querystring: statsQuery,
      },
    },
    async (request, reply) => {
      const { name, write } = await s.statsExport.prepareXlsx(actorOf(request), request.query);
      return sendDownload(reply, 'xlsx', name, streamedBody(request, 'statistics export', write));
    },
  );

  app.get(
    '/api/proposals/stats/report.docx',
    {
      config: { rule: 'stats' },
      schema: {
        tags,
        summary: '导出提案统计 Word 报告（年度提案工作报告所用数据；记入审计日志）',
        querystring: statsQuery,
      },
    },
    async (request, reply) => {
      const { name, data } = await s.statsExport.reportDocx(actorOf(request), request.query);
      return sendDownload(reply, 'docx', name, data);
    },
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
      return sendDownload(reply, 'xlsx', `${year}年承办单位考评.xlsx`, data);
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
