// /api/workplan/reports and /api/workplan/recommendations: research reports and their SMART
// recommendations, the tracker (overdue first), the year's figure, and each step of following one.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { sendDownload } from '../../../platform/files/download.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './recommendations.schema.js';
import type { RecommendationService } from './recommendations.service.js';
import type { ReportService } from './reports.service.js';

export function recommendationRoutes(app: ZodApp, service: RecommendationService, reportService: ReportService): void {
  const tags = ['workplan'];
  const reports = '/api/workplan/reports';
  const base = '/api/workplan/recommendations';
  app.get(
    reports,
    {
      config: { rule: 'readReports' },
      schema: { tags, summary: '调研报告列表', querystring: S.yearQuery, response: { 200: S.reportList } },
    },
    async (request) => reportService.reports(actorOf(request), request.query.year),
  );
  app.post(
    reports,
    {
      config: { rule: 'createReport' },
      schema: { tags, summary: '新建调研报告', body: S.reportBody, response: { 201: S.report } },
    },
    async (request, reply) => reply.code(201).send(await reportService.createReport(actorOf(request), request.body)),
  );
  app.get(
    `${reports}/:id`,
    {
      config: { rule: 'readReports' },
      schema: { tags, summary: '调研报告及其建议', params: idParam, response: { 200: S.report } },
    },
    async (request) => reportService.reportDetail(actorOf(request), request.params.id),
  );
  app.post(
    `${reports}/:id/recommendations`,
    {
      config: { rule: 'addRecommendation' },
      schema: {
        tags,
        summary: '新增建议（草稿，交办前须补全指标、目标、措施、责任单位、责任人、时限）',
        params: idParam,
        body: S.recommendationBody,
        response: { 201: S.recommendationDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.add(actorOf(request), request.params.id, request.body)),
  );
  app.get(
    base,
    {
      config: { rule: 'readRecommendations' },
      schema: {
        tags,
        summary: '建议跟踪（逾期在前；责任单位只见交办给本单位的）',
        querystring: S.trackerQuery,
        response: { 200: S.tracker },
      },
    },
    async (request) => service.tracker(actorOf(request), request.query),
  );
  app.get(
    `${base}/tracker.xlsx`,
    {
      config: { rule: 'exportRecommendations' },
      schema: {
        tags,
        summary: '导出调研建议跟踪表（Excel，筛选同跟踪列表，记入审计日志）',
        querystring: S.trackerSheetQuery,
      },
    },
    async (request, reply) => {
      const { filename, data } = await service.trackerSheet(actorOf(request), request.query);
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );
  app.get(
    `${base}/figures`,
    {
      config: { rule: 'recommendationFigures' },
      schema: { tags, summary: '年度建议采纳率与办结率', querystring: S.yearQuery, response: { 200: S.figures } },
    },
    async (request) => service.figures(actorOf(request), request.query.year),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readRecommendations' },
      schema: { tags, summary: '建议详情及办理过程', params: idParam, response: { 200: S.recommendationDetail } },
    },
    async (request) => service.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editRecommendation' },
      schema: {
        tags,
        summary: '修改建议',
        params: idParam,
        body: S.recommendationPatch,
        response: { 200: S.recommendationDetail },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );
  const step = (rule: string, summary: string) => ({
    config: { rule },
    schema: { tags, summary, params: idParam, response: { 200: S.recommendationDetail } },
  });
  app.post(`${base}/:id/send`, step('sendRecommendation', '交办责任单位（缺项逐一提示）'), async (request) =>
    service.send(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/answer`,
    {
      config: { rule: 'answerRecommendation' },
      schema: { ...step('', '责任单位答复（采纳、部分采纳、不采纳）').schema, body: S.answerBody },
    },
    async (request) => service.answer(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/progress`,
    {
      config: { rule: 'reportRecommendationProgress' },
      schema: { ...step('', '责任单位报送落实进展').schema, body: S.noteBody },
    },
    async (request) => service.progress(actorOf(request), request.params.id, request.body.note),
  );
  app.post(
    `${base}/:id/complete`,
    { config: { rule: 'completeRecommendation' }, schema: { ...step('', '办结').schema, body: S.noteBody } },
    async (request) => service.complete(actorOf(request), request.params.id, request.body.note),
  );
  app.post(
    `${base}/:id/urge`,
    {
      config: { rule: 'urgeRecommendation' },
      schema: { ...step('', '督促责任单位办理（通知责任单位，记入办理过程）').schema, body: S.urgeBody },
    },
    async (request) => service.urge(actorOf(request), request.params.id, request.body.note ?? null),
  );
  app.post(
    `${base}/:id/drop`,
    {
      config: { rule: 'dropRecommendation' },
      schema: { ...step('', '终止（须说明原因）').schema, body: S.reasonBody },
    },
    async (request) => service.drop(actorOf(request), request.params.id, request.body.reason),
  );
}
