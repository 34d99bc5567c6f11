// /api/opinions: a member's own opinions (submit, list, read), the office's paper forms, the
// office's and leaders' list, detail, contact and Excel export; and, without a session, the
// public form /api/public/opinions/:token (+ /challenge).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { sendDownload } from '../../../platform/files/download.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { createOpinionExport } from './export.service.js';
import { intakeAccess, PUBLIC_RULE } from './intake.policy.js';
import { paperTemplate, readPaperSheet } from './paper-sheet.js';
import { readUpload } from '../../../platform/files/read-upload.js';
import * as S from './intake.schema.js';
import type { IntakeService } from './intake.service.js';
import type { PublicIntakeService } from './public.service.js';

export function intakeRoutes(
  app: ZodApp,
  s: { intake: IntakeService; pub: PublicIntakeService; exports: ReturnType<typeof createOpinionExport> },
): void {
  const tags = ['opinions'];
  app.post(
    '/api/opinions',
    {
      config: { rule: 'submitOpinion' },
      schema: { tags, summary: '委员提交意见建议', body: S.submitBody, response: { 201: S.listed } },
    },
    async (request, reply) => reply.code(201).send(await s.intake.submit(actorOf(request), request.body)),
  );
  app.get(
    '/api/opinions/mine',
    { config: { rule: 'myOpinions' }, schema: { tags, summary: '我的意见建议', response: { 200: S.mine } } },
    async (request) => s.intake.mine(actorOf(request)),
  );
  app.get(
    '/api/opinions/mine/:id',
    {
      config: { rule: 'myOpinions' },
      schema: { tags, summary: '我的意见建议详情', params: idParam, response: { 200: S.myOne } },
    },
    async (request) => s.intake.myOne(actorOf(request), request.params.id),
  );
  app.post(
    '/api/opinions/paper',
    {
      config: { rule: 'enterPaper' },
      schema: {
        tags,
        summary: '批量录入纸质意见表（每条生成回执码，仅显示一次）',
        body: S.paperBody,
        response: { 201: S.paperResult },
      },
    },
    async (request, reply) => reply.code(201).send(await s.intake.enterPaper(actorOf(request), request.body)),
  );
  app.get(
    '/api/opinions/paper/template.xlsx',
    {
      config: { rule: 'enterPaper' },
      schema: { tags, summary: '下载纸质意见表导入模板（Excel）' },
    },
    async (request, reply) => {
      intakeAccess.require(actorOf(request), 'enterPaper');
      return sendDownload(reply, 'xlsx', '纸质意见表导入模板.xlsx', await paperTemplate());
    },
  );
  app.post(
    '/api/opinions/paper/import',
    {
      config: { rule: 'enterPaper' },
      schema: {
        tags,
        summary: '导入纸质意见表（Excel，逐行检查，有错则全部不导入并列出行号；每条生成回执码，仅显示一次）',
        consumes: ['multipart/form-data'],
        querystring: S.importQuery,
        response: { 201: S.paperResult },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      intakeAccess.require(actor, 'enterPaper');
      const { data } = await readUpload(request, 'opinions.xlsx');
      const rows = await readPaperSheet(data);
      const result = await s.intake.enterPaper(
        actor,
        { campaignId: request.query.campaignId, rows },
        'opinions.paper_import',
      );
      return reply.code(201).send(result);
    },
  );
  app.get(
    '/api/opinions',
    {
      config: { rule: 'listOpinions' },
      schema: {
        tags,
        summary: '意见建议列表（按活动、单位、渠道、状态、类别、关键词）',
        querystring: S.listQuery,
        response: { 200: S.list },
      },
    },
    async (request) => s.intake.list(actorOf(request), request.query),
  );
  app.get(
    '/api/opinions/filters',
    {
      config: { rule: 'listOpinions' },
      schema: { tags, summary: '意见建议筛选项（活动、类别与主题）', response: { 200: S.filterChoices } },
    },
    async (request) => s.intake.filters(actorOf(request)),
  );
  app.get(
    '/api/opinions/export.xlsx',
    {
      config: { rule: 'exportOpinions' },
      schema: { tags, summary: '导出意见建议（Excel，记入审计日志）', querystring: S.exportQuery },
    },
    async (request, reply) => {
      const { filename, data } = await s.exports.opinions(actorOf(request), request.query);
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );
  app.get(
    '/api/opinions/:id',
    {
      config: { rule: 'listOpinions' },
      schema: { tags, summary: '意见建议详情（联系方式脱敏）', params: idParam, response: { 200: S.detail } },
    },
    async (request) => s.intake.detail(actorOf(request), request.params.id),
  );
  app.post(
    '/api/opinions/:id/contact',
    {
      config: { rule: 'unmaskContact' },
      schema: { tags, summary: '查看意见人联系方式（记入审计日志）', params: idParam, response: { 200: S.contact } },
    },
    async (request) => s.intake.unmask(actorOf(request), request.params.id),
  );

  const publicTags = ['public'];
  app.get(
    '/api/public/opinions/:token',
    {
      config: { access: 'public', rule: PUBLIC_RULE },
      schema: {
        tags: publicTags,
        summary: '公众意见征集页：活动名称与主题（凭链接，无需登录）',
        params: S.tokenParam,
        response: { 200: S.publicLink },
      },
    },
    async (request) => s.pub.link(request.params.token),
  );
  app.get(
    '/api/public/opinions/:token/challenge',
    {
      config: { access: 'public', rule: PUBLIC_RULE },
      schema: {
        tags: publicTags,
        summary: '公众意见的人机验证题（工作量证明）',
        params: S.tokenParam,
        response: { 200: S.challenge },
      },
    },
    async (request) => s.pub.challenge(request.params.token, request.ip),
  );
  app.post(
    '/api/public/opinions/:token',
    {
      config: { access: 'public', rule: PUBLIC_RULE },
      schema: {
        tags: publicTags,
        summary: '公众提交意见建议（凭链接与验证，限频；回执码仅显示一次）',
        params: S.tokenParam,
        body: S.publicBody,
        response: { 201: S.publicResult },
      },
    },
    async (request, reply) => reply.code(201).send(await s.pub.submit(request.params.token, request.ip, request.body)),
  );
}
