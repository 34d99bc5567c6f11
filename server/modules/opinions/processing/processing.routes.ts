// /api/opinions/...: the office's categories, classification, routing (an opinion or a group)
// and keeping on record; the department's routed opinions, its answer and reroute request; the
// member's answer; the dashboard. /api/public/opinions/receipt: the receipt lookup without sign-in.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { AnswersService } from './answers.service.js';
import type { CategoriesService } from './categories.service.js';
import type { ClassificationService } from './classification.service.js';
import type { DashboardService } from './dashboard.service.js';
import { RECEIPT_RULE } from './processing.policy.js';
import type { OpinionRow } from './processing.repo.js';
import * as S from './processing.schema.js';
import type { ReceiptService } from './receipt.service.js';
import type { RoutingService } from './routing.service.js';

export interface ProcessingServices {
  categories: CategoriesService;
  classification: ClassificationService;
  routing: RoutingService;
  answers: AnswersService;
  dashboard: DashboardService;
  receipt: ReceiptService;
}

const classificationOf = (o: OpinionRow) => ({
  opinionId: o.id,
  categoryId: o.category_id,
  themeId: o.theme_id,
  classifiedBy: o.classified_by,
  confidence: o.classified_confidence,
});

export function processingRoutes(app: ZodApp, s: ProcessingServices): void {
  const tags = ['opinions'];
  const base = '/api/opinions';

  app.get(
    `${base}/categories`,
    {
      config: { rule: 'readProcessing' },
      schema: { tags, summary: '意见类别与主题（含关键词）', response: { 200: S.categories } },
    },
    async (request) => s.categories.list(actorOf(request)),
  );
  app.post(
    `${base}/categories`,
    {
      config: { rule: 'manageCategories' },
      schema: { tags, summary: '添加类别或主题', body: S.categoryBody, response: { 201: S.category } },
    },
    async (request, reply) => reply.code(201).send(await s.categories.create(actorOf(request), request.body)),
  );
  app.patch(
    `${base}/categories/:id`,
    {
      config: { rule: 'manageCategories' },
      schema: {
        tags,
        summary: '修改类别或主题、关键词，或停用',
        params: idParam,
        body: S.categoryPatch,
        response: { 200: S.category },
      },
    },
    async (request) => s.categories.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    `${base}/classify`,
    {
      config: { rule: 'classifyOpinions' },
      schema: {
        tags,
        summary: '批量自动分类（所选意见，或本单位全部未分类意见）',
        body: S.classifyManyBody,
        response: { 200: S.classifyManyResult },
      },
    },
    async (request) => s.classification.classifyMany(actorOf(request), request.body.opinionIds),
  );
  app.post(
    `${base}/:id/classify`,
    {
      config: { rule: 'classifyOpinion' },
      schema: {
        tags,
        summary: '自动分类一条意见（关键词规则，再由分类模型）',
        params: idParam,
        response: { 200: S.classification },
      },
    },
    async (request) => classificationOf(await s.classification.classifyOne(actorOf(request), request.params.id)),
  );
  app.put(
    `${base}/:id/classification`,
    {
      config: { rule: 'correctClassification' },
      schema: {
        tags,
        summary: '更正意见的类别和主题（用于下次训练）',
        params: idParam,
        body: S.correctionBody,
        response: { 200: S.classification },
      },
    },
    async (request) =>
      classificationOf(
        await s.classification.correct(
          actorOf(request),
          request.params.id,
          request.body.categoryId,
          request.body.themeId,
        ),
      ),
  );

  app.get(
    `${base}/:id/processing`,
    {
      config: { rule: 'readProcessing' },
      schema: { tags, summary: '意见的分类、交办与答复情况', params: idParam, response: { 200: S.processing } },
    },
    async (request) => s.answers.processingOf(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/route`,
    {
      config: { rule: 'routeOpinion' },
      schema: {
        tags,
        summary: '交办意见：承办单位、转为提案或转为社情民意',
        params: idParam,
        body: S.routeBody,
        response: { 200: S.routeResult },
      },
    },
    async (request) => s.routing.route(actorOf(request), { opinionId: request.params.id }, request.body),
  );
  app.post(
    `${base}/groups/:id/route`,
    {
      config: { rule: 'routeOpinion' },
      schema: {
        tags,
        summary: '整组交办（该组全部未办结意见）',
        params: idParam,
        body: S.routeBody,
        response: { 200: S.routeResult },
      },
    },
    async (request) => s.routing.route(actorOf(request), { groupId: request.params.id }, request.body),
  );
  app.post(
    `${base}/:id/close`,
    {
      config: { rule: 'closeOpinion' },
      schema: {
        tags,
        summary: '存档留作参考（不交办，须说明理由）',
        params: idParam,
        body: S.closeBody,
        response: { 200: S.closeResult },
      },
    },
    async (request) => s.routing.close(actorOf(request), { opinionId: request.params.id }, request.body.reason),
  );
  app.post(
    `${base}/groups/:id/close`,
    {
      config: { rule: 'closeOpinion' },
      schema: {
        tags,
        summary: '整组存档留作参考',
        params: idParam,
        body: S.closeBody,
        response: { 200: S.closeResult },
      },
    },
    async (request) => s.routing.close(actorOf(request), { groupId: request.params.id }, request.body.reason),
  );

  app.get(
    `${base}/unit/routes`,
    {
      config: { rule: 'unitRoutes' },
      schema: {
        tags,
        summary: '交办本单位的意见建议',
        querystring: S.unitRoutesQuery,
        response: { 200: S.unitRoutes },
      },
    },
    async (request) => s.answers.unitRoutes(actorOf(request), request.query.state),
  );
  app.post(
    `${base}/routes/:id/answer`,
    {
      config: { rule: 'answerRoute' },
      schema: {
        tags,
        summary: '答复交办的意见（同组意见一并答复）',
        params: idParam,
        body: S.answerBody,
        response: { 200: S.route },
      },
    },
    async (request) => s.answers.answer(actorOf(request), request.params.id, request.body.answer),
  );
  app.post(
    `${base}/routes/:id/reroute-request`,
    {
      config: { rule: 'requestReroute' },
      schema: {
        tags,
        summary: '申请改派（说明理由）',
        params: idParam,
        body: S.rerouteBody,
        response: { 200: S.route },
      },
    },
    async (request) => s.answers.requestReroute(actorOf(request), request.params.id, request.body.reason),
  );
  app.get(
    `${base}/:id/answer`,
    {
      config: { rule: 'readAnswer' },
      schema: { tags, summary: '意见的办理情况与答复（提出人本人）', params: idParam, response: { 200: S.answerView } },
    },
    async (request) => s.answers.answerOf(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/dashboard`,
    {
      config: { rule: 'readProcessing' },
      schema: {
        tags,
        summary: '意见建议统计（类别、主题、界别、地区、分组、交办与答复）',
        querystring: S.dashboardQuery,
        response: { 200: S.dashboard },
      },
    },
    async (request) => s.dashboard.dashboard(actorOf(request), request.query),
  );

  app.post(
    '/api/public/opinions/receipt',
    {
      config: { access: 'public', rule: RECEIPT_RULE },
      schema: {
        tags: ['public'],
        summary: '凭回执码查询意见办理情况（无需登录，限频）',
        body: S.receiptBody,
        response: { 200: S.receipt },
      },
    },
    async (request) => s.receipt.lookup(request.ip, request.body.code),
  );
}
