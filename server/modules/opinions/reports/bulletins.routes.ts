// /api/opinions/bulletins: the issues of the 社情民意 bulletin: the year's list, composing an
// issue, its reports in order, publishing it, and the issue as Word.
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { sendDownload } from '../../../platform/files/download.js';
import * as S from './reports.schema.js';
import type { BulletinsService } from './bulletins.service.js';

export function bulletinsRoutes(app: ZodApp, bulletins: BulletinsService): void {
  const tags = ['opinions'];
  const base = '/api/opinions/bulletins';
  app.get(
    base,
    {
      config: { rule: 'readBulletins' },
      schema: { tags, summary: '某年各期《社情民意》', querystring: S.yearQuery, response: { 200: S.bulletinList } },
    },
    async (request) => bulletins.list(actorOf(request), request.query.year),
  );
  app.post(
    base,
    {
      config: { rule: 'composeBulletin' },
      schema: { tags, summary: '新编一期（按年顺序编号）', body: S.composeBody, response: { 201: S.composed } },
    },
    async (request, reply) => reply.code(201).send(await bulletins.compose(actorOf(request), request.body.year)),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readBulletins' },
      schema: { tags, summary: '一期刊物及其信息', params: S.idParams, response: { 200: S.bulletinDetail } },
    },
    async (request) => bulletins.detail(actorOf(request), request.params.id),
  );
  app.put(
    `${base}/:id/items`,
    {
      config: { rule: 'arrangeBulletin' },
      schema: {
        tags,
        summary: '编排本期信息（顺序）',
        params: S.idParams,
        body: S.arrangeBody,
        response: { 200: S.arranged },
      },
    },
    async (request) => bulletins.arrange(actorOf(request), request.params.id, request.body.reportIds),
  );
  app.post(
    `${base}/:id/publish`,
    {
      config: { rule: 'publishBulletin' },
      schema: {
        tags,
        summary: '印发本期（信息转为已刊发，通知作者）',
        params: S.idParams,
        response: { 200: S.published },
      },
    },
    async (request) => bulletins.publish(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/issue.docx`,
    {
      config: { rule: 'readBulletins' },
      schema: { tags, summary: '下载本期刊物（Word，记入审计日志）', params: S.idParams },
    },
    async (request, reply) => {
      const { filename, data } = await bulletins.docx(actorOf(request), request.params.id);
      return sendDownload(reply, 'docx', filename, data);
    },
  );
}
