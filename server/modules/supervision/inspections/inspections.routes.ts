// /api/supervision/inspections (the office's and a member's lists, the people to pick, one
// inspection, its edit, participants, sites, steps, findings and new recommendations) and
// /api/supervision/recommendations (the office's list and a unit's own, one with its history,
// its edit, the unit's answer and the office's follow-up steps).
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './inspections.schema.js';
import type { InspectionService } from './inspections.service.js';
import type { RecommendationService } from './recommendations.service.js';

const tags = ['supervision'];

export function inspectionRoutes(app: ZodApp, service: InspectionService): void {
  const params = S.inspectionParams;
  const detail = { 200: S.inspectionDetail };

  app.get(
    '/api/supervision/inspections',
    {
      config: { rule: ['readInspections', 'myInspections'] },
      schema: {
        tags,
        summary: '视察列表（org: 本级全部；mine: 本人参加的）',
        querystring: S.listInspectionsQuery,
        response: { 200: S.inspectionList },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/supervision/inspections/choices',
    {
      config: { rule: 'inspectionChoices' },
      schema: { tags, summary: '可选的视察人员、带队领导和承办单位', response: { 200: S.inspectionChoices } },
    },
    async (request) => service.choices(actorOf(request)),
  );

  app.post(
    '/api/supervision/inspections',
    {
      config: { rule: 'createInspection' },
      schema: {
        tags,
        summary: '新建视察（草稿）',
        body: S.createInspectionBody,
        response: { 201: S.inspectionDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)),
  );

  app.get(
    '/api/supervision/inspections/:id',
    {
      config: { rule: 'viewInspection' },
      schema: { tags, summary: '视察详情（人员、视察点、发现的问题、建议）', params, response: detail },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/supervision/inspections/:id',
    {
      config: { rule: 'editInspection' },
      schema: { tags, summary: '修改视察', params, body: S.updateInspectionBody, response: detail },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/supervision/inspections/:id/participants',
    {
      config: { rule: 'setParticipants' },
      schema: {
        tags,
        summary: '设置视察人员（发布后新增的人员会收到通知）',
        params,
        body: S.participantsBody,
        response: detail,
      },
    },
    async (request) => service.setParticipants(actorOf(request), request.params.id, request.body.memberIds),
  );

  app.post(
    '/api/supervision/inspections/:id/sites',
    {
      config: { rule: 'editSites' },
      schema: { tags, summary: '添加视察点', params, body: S.siteInput, response: detail },
    },
    async (request) => service.addSite(actorOf(request), request.params.id, request.body),
  );

  app.patch(
    '/api/supervision/inspections/:id/sites/:siteId',
    {
      config: { rule: 'editSites' },
      schema: { tags, summary: '修改视察点', params: S.siteParams, body: S.updateSiteBody, response: detail },
    },
    async (request) => service.updateSite(actorOf(request), request.params.id, request.params.siteId, request.body),
  );

  app.delete(
    '/api/supervision/inspections/:id/sites/:siteId',
    {
      config: { rule: 'editSites' },
      schema: { tags, summary: '删除视察点（已有建议的不能删除）', params: S.siteParams, response: detail },
    },
    async (request) => service.deleteSite(actorOf(request), request.params.id, request.params.siteId),
  );

  for (const [path, rule, summary, run] of [
    ['publish', 'publishInspection', '发布视察（通知视察人员）', service.publish],
    ['start', 'startInspection', '开始视察', service.start],
    ['finish', 'finishInspection', '结束视察', service.finish],
  ] as const)
    app.post(
      `/api/supervision/inspections/:id/${path}`,
      { config: { rule }, schema: { tags, summary, params, response: detail } },
      async (request) => run(actorOf(request), request.params.id),
    );

  app.post(
    '/api/supervision/inspections/:id/cancel',
    {
      config: { rule: 'cancelInspection' },
      schema: { tags, summary: '取消视察（须说明原因）', params, body: S.reasonBody, response: detail },
    },
    async (request) => service.cancel(actorOf(request), request.params.id, request.body.reason),
  );

  app.put(
    '/api/supervision/inspections/:id/findings',
    {
      config: { rule: 'writeFindings' },
      schema: { tags, summary: '记录视察发现的问题（总体和各视察点）', params, body: S.findingsBody, response: detail },
    },
    async (request) => service.writeFindings(actorOf(request), request.params.id, request.body),
  );
}

export function recommendationRoutes(app: ZodApp, service: RecommendationService): void {
  const params = S.inspectionParams;
  const detail = { 200: S.recommendationDetail };

  app.post(
    '/api/supervision/inspections/:id/recommendations',
    {
      config: { rule: 'addRecommendation' },
      schema: {
        tags,
        summary: '提出视察建议并交承办单位答复',
        params,
        body: S.addRecommendationBody,
        response: { 201: S.recommendationDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.add(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/supervision/recommendations',
    {
      config: { rule: ['readRecommendations', 'myRecommendations'] },
      schema: {
        tags,
        summary: '视察建议列表（org: 本级全部；mine: 交本单位答复的）',
        querystring: S.listRecommendationsQuery,
        response: { 200: S.recommendationList },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/supervision/recommendations/:id',
    {
      config: { rule: 'viewRecommendation' },
      schema: { tags, summary: '视察建议及其办理经过', params, response: detail },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/supervision/recommendations/:id',
    {
      config: { rule: 'editRecommendation' },
      schema: {
        tags,
        summary: '修改视察建议（内容、承办单位、期限）',
        params,
        body: S.updateRecommendationBody,
        response: detail,
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/supervision/recommendations/:id/answer',
    {
      config: { rule: 'answerRecommendation' },
      schema: { tags, summary: '承办单位答复视察建议', params, body: S.answerBody, response: detail },
    },
    async (request) => service.answer(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/supervision/recommendations/:id/urge',
    {
      config: { rule: 'urgeRecommendation' },
      schema: { tags, summary: '催办（通知承办单位）', params, body: S.urgeBody, response: detail },
    },
    async (request) => service.urge(actorOf(request), request.params.id, request.body.note),
  );

  const withNote = [
    [
      'send-back',
      'sendBackRecommendation',
      '退回答复（须说明理由）',
      S.reasonBody,
      (b: { reason: string }) => b.reason,
      service.sendBack,
    ],
    [
      'close',
      'closeRecommendation',
      '关闭视察建议（须说明理由）',
      S.reasonBody,
      (b: { reason: string }) => b.reason,
      service.close,
    ],
  ] as const;
  for (const [path, rule, summary, body, text, run] of withNote)
    app.post(
      `/api/supervision/recommendations/:id/${path}`,
      { config: { rule }, schema: { tags, summary, params, body, response: detail } },
      async (request) => run(actorOf(request), request.params.id, text(request.body)),
    );

  app.post(
    '/api/supervision/recommendations/:id/complete',
    {
      config: { rule: 'completeRecommendation' },
      schema: { tags, summary: '办结视察建议（记录落实情况）', params, body: S.noteBody, response: detail },
    },
    async (request) => service.complete(actorOf(request), request.params.id, request.body.note),
  );
}
