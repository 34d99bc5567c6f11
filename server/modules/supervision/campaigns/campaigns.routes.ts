// /api/supervision/campaigns: evaluation campaigns (民主评议) — the campaign and its steps, its
// criteria, its objects (by hand or from the office's workbook) and its participants.
import { sendDownload } from '../../../platform/files/download.js';
import { readUpload } from '../../../platform/files/read-upload.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { z } from 'zod';
import * as S from './campaigns.schema.js';
import type { EvalCampaignService } from './campaigns.service.js';
import { objectsTemplate } from './objects-sheet.js';
import type { ObjectService } from './objects.service.js';
import type { ParticipantService } from './participants.service.js';

const objectParams = idParam.extend({ objectId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export function evalCampaignRoutes(
  app: ZodApp,
  s: { campaigns: EvalCampaignService; objects: ObjectService; participants: ParticipantService },
): void {
  const tags = ['supervision'];
  const base = '/api/supervision/campaigns';
  app.get(
    base,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: { tags, summary: '民主评议活动列表', response: { 200: S.campaignList } },
    },
    async (request) => s.campaigns.list(actorOf(request)),
  );
  app.post(
    base,
    {
      config: { rule: 'createEvalCampaign' },
      schema: { tags, summary: '新建民主评议活动', body: S.campaignBody, response: { 201: S.campaign } },
    },
    async (request, reply) => reply.code(201).send(await s.campaigns.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '评议活动详情：指标、规模、可执行的操作',
        params: idParam,
        response: { 200: S.campaignDetail },
      },
    },
    async (request) => s.campaigns.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editEvalCampaign' },
      schema: { tags, summary: '修改评议活动', params: idParam, body: S.campaignPatch, response: { 200: S.campaign } },
    },
    async (request) => s.campaigns.update(actorOf(request), request.params.id, request.body),
  );
  app.put(
    `${base}/:id/criteria`,
    {
      config: { rule: 'setEvalCriteria' },
      schema: {
        tags,
        summary: '设置评议指标（权重合计 100，附评分说明）',
        params: idParam,
        body: S.criteriaBody,
        response: { 200: S.campaignDetail },
      },
    },
    async (request) => s.campaigns.setCriteria(actorOf(request), request.params.id, request.body.criteria),
  );
  for (const [to, rule, summary] of [
    ['open', 'openEvalCampaign', '开始评议（委员可走访打分）'],
    ['review', 'reviewEvalCampaign', '进入点评阶段（停止走访）'],
    ['close', 'closeEvalCampaign', '结束评议活动'],
  ] as const)
    app.post(
      `${base}/:id/${to}`,
      { config: { rule }, schema: { tags, summary, params: idParam, response: { 200: S.campaignDetail } } },
      async (request) => s.campaigns.advance(actorOf(request), request.params.id, to),
    );

  app.get(
    `${base}/:id/objects`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: { tags, summary: '评议对象列表', params: idParam, response: { 200: z.array(S.evalObject) } },
    },
    async (request) => s.objects.list(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/objects`,
    {
      config: { rule: 'editEvalObjects' },
      schema: {
        tags,
        summary: '添加评议对象',
        params: idParam,
        body: S.objectsBody,
        response: { 201: S.importResult },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.objects.add(actorOf(request), request.params.id, request.body.objects)),
  );
  app.get(
    `${base}/:id/objects/template.xlsx`,
    {
      config: { rule: 'editEvalObjects' },
      schema: { tags, summary: '评议对象导入模板（Excel）', params: idParam },
    },
    async (request, reply) => {
      await s.objects.mayImport(actorOf(request), request.params.id);
      return sendDownload(reply, 'xlsx', '评议对象导入模板.xlsx', await objectsTemplate());
    },
  );
  app.post(
    `${base}/:id/objects/import`,
    {
      config: { rule: 'editEvalObjects' },
      schema: {
        tags,
        summary: '导入评议对象（Excel；preview=1 只逐行检查不保存；有错则全部不导入并列出行号）',
        consumes: ['multipart/form-data'],
        params: idParam,
        querystring: S.importQuery,
        response: { 200: S.importPreview, 201: S.importResult },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await s.objects.mayImport(actor, request.params.id);
      const { data } = await readUpload(request, 'objects.xlsx');
      const preview = request.query.preview === '1';
      const result = await s.objects.importSheet(actor, request.params.id, data, preview);
      return reply.code(preview ? 200 : 201).send(result);
    },
  );
  app.delete(
    `${base}/:id/objects/:objectId`,
    {
      config: { rule: 'editEvalObjects' },
      schema: { tags, summary: '删除评议对象（尚无走访时）', params: objectParams, response: { 200: okResponse } },
    },
    async (request) => s.objects.remove(actorOf(request), request.params.id, request.params.objectId),
  );

  app.get(
    `${base}/:id/participants`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '参加评议的委员（含所在区县、小组、分配与走访数）',
        params: idParam,
        response: { 200: z.array(S.participant) },
      },
    },
    async (request) => s.participants.list(actorOf(request), request.params.id),
  );
  app.put(
    `${base}/:id/participants`,
    {
      config: { rule: 'setEvalParticipants' },
      schema: {
        tags,
        summary: '设置参加评议的委员（整体替换）',
        params: idParam,
        body: S.participantsBody,
        response: { 200: z.object({ count: z.number() }) },
      },
    },
    async (request) => s.participants.set(actorOf(request), request.params.id, request.body.participants),
  );
}
