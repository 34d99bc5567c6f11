// /api/opinions/reports: a member's submission and his own reports; the office's inbox, editing
// (核稿), adoption, forwarding and instructions; the readers' list, a report's page and the figures.
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Db } from '../../../db/tx.js';
import { orgFigures } from './figures.js';
import type { FollowService } from './follow.service.js';
import * as S from './reports.schema.js';
import type { ReportsService } from './reports.service.js';

export function reportsRoutes(app: ZodApp, s: { db: Db; reports: ReportsService; follow: FollowService }): void {
  const tags = ['opinions'];
  const base = '/api/opinions/reports';
  app.post(
    base,
    {
      config: { rule: 'submitReport' },
      schema: { tags, summary: '提交社情民意信息（可联名）', body: S.submitBody, response: { 201: S.created } },
    },
    async (request, reply) => reply.code(201).send(await s.reports.submit(actorOf(request), request.body)),
  );
  app.get(
    `${base}/mine`,
    { config: { rule: 'myReports' }, schema: { tags, summary: '我的社情民意信息', response: { 200: S.reportList } } },
    async (request) => s.reports.mine(actorOf(request)),
  );
  app.get(
    base,
    {
      config: { rule: 'listReports' },
      schema: {
        tags,
        summary: '本单位社情民意信息（收件箱）',
        querystring: S.listQuery,
        response: { 200: S.reportList },
      },
    },
    async (request) => s.reports.list(actorOf(request), request.query),
  );
  app.get(
    `${base}/figures`,
    {
      config: { rule: 'readReportFigures' },
      schema: {
        tags,
        summary: '社情民意年度统计（报送、采用、刊发、批示）',
        querystring: S.yearQuery,
        response: { 200: S.figures },
      },
    },
    async (request) => orgFigures(s.db, actorOf(request), request.query.year),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'viewReport' },
      schema: {
        tags,
        summary: '社情民意信息详情（版本与修改痕迹、报送、批示）',
        params: S.idParams,
        response: { 200: S.reportDetail },
      },
    },
    async (request) => s.reports.detail(actorOf(request), request.params.id),
  );
  app.put(
    `${base}/:id/text`,
    {
      config: { rule: 'editReport' },
      schema: {
        tags,
        summary: '核稿：修改标题和正文（保留版本）',
        params: S.idParams,
        body: S.editBody,
        response: { 200: S.edited },
      },
    },
    async (request) => s.reports.edit(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/adopt`,
    {
      config: { rule: 'adoptReport' },
      schema: { tags, summary: '采用', params: S.idParams, body: S.adoptBody, response: { 200: S.decided } },
    },
    async (request) => s.reports.adopt(actorOf(request), request.params.id, request.body.reason),
  );
  app.post(
    `${base}/:id/reject`,
    {
      config: { rule: 'rejectReport' },
      schema: {
        tags,
        summary: '不予采用（写明理由）',
        params: S.idParams,
        body: S.rejectBody,
        response: { 200: S.decided },
      },
    },
    async (request) => s.reports.reject(actorOf(request), request.params.id, request.body.reason),
  );
  app.post(
    `${base}/:id/forwards`,
    {
      config: { rule: 'forwardReport' },
      schema: {
        tags,
        summary: '登记报送（层级、报送对象、日期）',
        params: S.idParams,
        body: S.forwardBody,
        response: { 201: S.created },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.follow.forward(actorOf(request), request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/instructions`,
    {
      config: { rule: 'recordInstruction' },
      schema: {
        tags,
        summary: '登记领导批示',
        params: S.idParams,
        body: S.instructionBody,
        response: { 201: S.created },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.follow.instruct(actorOf(request), request.params.id, request.body)),
  );
  app.put(
    `${base}/:id/instructions/:instructionId/follow-up`,
    {
      config: { rule: 'recordFollowUp' },
      schema: {
        tags,
        summary: '登记批示落实情况',
        params: S.instructionParams,
        body: S.followUpBody,
        response: { 200: S.followedUp },
      },
    },
    async (request) =>
      s.follow.followUp(actorOf(request), request.params.id, request.params.instructionId, request.body.followUp),
  );
}
