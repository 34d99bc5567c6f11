// /api/workplan/priorities, /api/workplan/items and /api/workplan/months: the year's priorities
// and their items, what carries each item out, and the monthly plans with their Word report.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { sendDownload } from '../../../platform/files/download.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './priorities.schema.js';
import type { PriorityService } from './priorities.service.js';

export function priorityRoutes(app: ZodApp, service: PriorityService): void {
  const tags = ['workplan'];
  app.get(
    '/api/workplan/priorities',
    {
      config: { rule: 'readPriorities' },
      schema: { tags, summary: '年度工作要点列表', querystring: S.yearQuery, response: { 200: S.prioritiesList } },
    },
    async (request) => service.list(actorOf(request), request.query.year),
  );
  app.post(
    '/api/workplan/priorities',
    {
      config: { rule: 'createPriorities' },
      schema: { tags, summary: '新建年度工作要点', body: S.prioritiesBody, response: { 201: S.priorities } },
    },
    async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)),
  );
  app.get(
    '/api/workplan/priorities/:id',
    {
      config: { rule: 'readPriorities' },
      schema: {
        tags,
        summary: '年度工作要点：事项、承担单位、时限与载体',
        params: idParam,
        response: { 200: S.priorities },
      },
    },
    async (request) => service.detail(actorOf(request), request.params.id),
  );
  app.post(
    '/api/workplan/priorities/:id/items',
    {
      config: { rule: 'addItem' },
      schema: { tags, summary: '新增工作要点事项', params: idParam, body: S.itemBody, response: { 200: S.priorities } },
    },
    async (request) => service.addItem(actorOf(request), request.params.id, request.body),
  );
  app.patch(
    '/api/workplan/items/:id',
    {
      config: { rule: 'editItem' },
      schema: {
        tags,
        summary: '修改工作要点事项',
        params: idParam,
        body: S.itemPatch,
        response: { 200: S.priorities },
      },
    },
    async (request) => service.editItem(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/workplan/items/:id/links',
    {
      config: { rule: 'setItemLinks' },
      schema: {
        tags,
        summary: '设置事项的载体（会议、课题、调研报告）',
        params: idParam,
        body: S.linksBody,
        response: { 200: S.priorities },
      },
    },
    async (request) => service.setLinks(actorOf(request), request.params.id, request.body.links),
  );
  app.get(
    '/api/workplan/months/:month',
    {
      config: { rule: 'readPriorities' },
      schema: { tags, summary: '月度工作计划：各事项本月进展', params: S.monthParam, response: { 200: S.monthPlan } },
    },
    async (request) => service.month(actorOf(request), request.params.month),
  );
  app.put(
    '/api/workplan/months/:month/items/:itemId',
    {
      config: { rule: 'reportProgress' },
      schema: {
        tags,
        summary: '填报事项本月进展（推迟须说明原因）',
        params: S.monthItemParams,
        body: S.progressBody,
        response: { 200: S.monthPlan },
      },
    },
    async (request) =>
      service.reportProgress(actorOf(request), request.params.month, request.params.itemId, request.body),
  );
  app.get(
    '/api/workplan/months/:month/report.docx',
    {
      config: { rule: 'exportMonthReport' },
      schema: { tags, summary: '下载月度工作计划执行情况报告（Word，记入审计日志）', params: S.monthParam },
    },
    async (request, reply) => {
      const { filename, data } = await service.monthReport(actorOf(request), request.params.month);
      return sendDownload(reply, 'docx', filename, data);
    },
  );
}
