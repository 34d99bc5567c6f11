// /api/study/coverage: training coverage figures, the members behind them, the exports, and the
// office's targets and cohorts.
import { z } from 'zod';
import { sendDownload } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './coverage.schema.js';
import type { CoverageService } from './coverage.service.js';
import type { CoverageExports } from './exports.service.js';
import type { CoverageSettings } from './settings.service.js';

export function coverageRoutes(
  app: ZodApp,
  s: { coverage: CoverageService; settings: CoverageSettings; exports: CoverageExports },
): void {
  const tags = ['study'];
  const base = '/api/study/coverage';

  app.get(
    base,
    {
      config: { rule: 'readCoverage' },
      schema: {
        tags,
        summary: '培训覆盖情况（本组织及所辖区县，按签到记录计算）',
        querystring: S.scopeQuery,
        response: { 200: S.coverageResponse },
      },
    },
    async (request) => s.coverage.coverage(actorOf(request), request.query),
  );

  app.get(
    `${base}/members`,
    {
      config: { rule: 'readCoverage' },
      schema: {
        tags,
        summary: '某项覆盖数字背后的委员：已培训（附参加的培训）或尚未参训',
        querystring: S.listQuery,
        response: { 200: S.memberList },
      },
    },
    async (request) => s.coverage.members(actorOf(request), request.query),
  );

  app.get(
    `${base}/sessions`,
    {
      config: { rule: 'readCoverage' },
      schema: {
        tags,
        summary: '本年度培训班及参训委员人数',
        querystring: S.scopeQuery,
        response: {
          200: z.array(
            z.object({ meetingId: z.number(), title: z.string(), startsAt: z.string(), kind: z.string(), present: z.number() }),
          ),
        },
      },
    },
    async (request) => s.coverage.sessions(actorOf(request), request.query),
  );

  app.get(
    `${base}/report.docx`,
    {
      config: { rule: 'exportCoverage' },
      schema: { tags, summary: '下载培训覆盖情况报告（Word，记入审计日志）', querystring: S.scopeQuery },
    },
    async (request, reply) => {
      const { filename, data } = await s.exports.report(actorOf(request), request.query);
      return sendDownload(reply, 'docx', filename, data);
    },
  );

  app.get(
    `${base}/unreached.xlsx`,
    {
      config: { rule: 'exportCoverage' },
      schema: { tags, summary: '下载未参训委员名单（Excel，记入审计日志）', querystring: S.listFilters },
    },
    async (request, reply) => {
      const { filename, data } = await s.exports.unreached(actorOf(request), request.query);
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );

  app.put(
    `${base}/targets`,
    {
      config: { rule: 'setCoverageTargets' },
      schema: {
        tags,
        summary: '设置本组织的年度培训覆盖目标',
        body: S.targetsBody,
        response: { 200: S.targetsResponse },
      },
    },
    async (request) => s.settings.setTargets(actorOf(request), request.body),
  );

  app.post(
    `${base}/cohorts`,
    {
      config: { rule: 'manageCohorts' },
      schema: { tags, summary: '新建专项培训名单', body: S.cohortBody, response: { 201: S.cohortDetail } },
    },
    async (request, reply) => {
      reply.code(201);
      return s.settings.createCohort(actorOf(request), request.body);
    },
  );

  app.get(
    `${base}/cohorts/:id`,
    {
      config: { rule: 'readCoverage' },
      schema: { tags, summary: '专项培训名单及其覆盖情况', params: idParam, response: { 200: S.cohortDetail } },
    },
    async (request) => s.settings.detail(actorOf(request), request.params.id),
  );

  app.put(
    `${base}/cohorts/:id`,
    {
      config: { rule: 'manageCohorts' },
      schema: {
        tags,
        summary: '修改专项培训名单',
        params: idParam,
        body: S.cohortUpdateBody,
        response: { 200: S.cohortDetail },
      },
    },
    async (request) => s.settings.updateCohort(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    `${base}/cohorts/:id`,
    {
      config: { rule: 'manageCohorts' },
      schema: { tags, summary: '删除专项培训名单', params: idParam, response: { 200: okResponse } },
    },
    async (request) => s.settings.deleteCohort(actorOf(request), request.params.id),
  );
}
