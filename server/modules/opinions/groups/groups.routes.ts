// /api/opinions/groups: the near-duplicate groups of a campaign or organisation (office and
// leaders), one group, the Excel, and the office's corrections and regroup.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { sendDownload } from '../../../platform/files/download.js';
import * as S from './groups.schema.js';
import type { GroupsService } from './groups.service.js';
import type { GroupsExports } from './groups.exports.js';

export function groupsRoutes(app: ZodApp, s: { groups: GroupsService; exports: GroupsExports }): void {
  const tags = ['opinions'];
  const base = '/api/opinions/groups';
  app.get(
    base,
    {
      config: { rule: 'readGroups' },
      schema: {
        tags,
        summary: '相似意见分组（活动或组织；条数、成员、代表意见）',
        querystring: S.listQuery,
        response: { 200: S.groupList },
      },
    },
    async (request) => s.groups.list(actorOf(request), request.query),
  );
  app.get(
    `${base}/export.xlsx`,
    {
      config: { rule: 'exportGroups' },
      schema: { tags, summary: '导出相似意见分组（Excel，记入审计日志）', querystring: S.scopeQuery },
    },
    async (request, reply) => {
      const { filename, data } = await s.exports.sheet(actorOf(request), request.query);
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );
  app.post(
    `${base}/regroup`,
    {
      config: { rule: 'regroupOpinions' },
      schema: {
        tags,
        summary: '重新归并（按提交顺序从头分组，保留办公室的调整）',
        body: S.regroupBody,
        response: { 200: S.regrouped },
      },
    },
    async (request) => s.groups.regroup(actorOf(request), request.body),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readGroups' },
      schema: { tags, summary: '相似意见分组详情（全部成员）', params: idParam, response: { 200: S.group } },
    },
    async (request) => s.groups.detail(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/merge`,
    {
      config: { rule: 'mergeGroups' },
      schema: {
        tags,
        summary: '合并分组（将另一分组并入本组）',
        params: idParam,
        body: S.mergeBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.groups.merge(actorOf(request), request.params.id, request.body.groupId),
  );
  app.put(
    `${base}/opinions/:id`,
    {
      config: { rule: 'moveOpinion' },
      schema: {
        tags,
        summary: '调整意见所在分组（移入另一分组，或移出后单列）',
        params: idParam,
        body: S.moveBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.groups.move(actorOf(request), request.params.id, request.body.groupId),
  );
}
