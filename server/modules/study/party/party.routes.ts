// /api/study/party/...: the responsibility lists, the party organisation chain, liaisons and
// coverage. Thin: each route names its rule, calls the service and answers.
import { z } from 'zod';
import { sendDownload } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { CoverageService } from './coverage.service.js';
import type { LiaisonService } from './liaisons.service.js';
import type { ListService } from './lists.service.js';
import type { OrgService } from './orgs.service.js';
import * as S from './party.schema.js';

const tags = ['study'];
const read = { rule: 'readParty' };
const edit = { rule: 'editParty' };
const created = z.object({ id: z.number().int() });
const P = '/api/study/party';

export function partyRoutes(
  app: ZodApp,
  s: { lists: ListService; orgs: OrgService; liaisons: LiaisonService; coverage: CoverageService },
): void {
  // 三张清单
  app.get(
    `${P}/lists`,
    {
      config: read,
      schema: { tags, summary: '三张责任清单（按年度）', querystring: S.yearQuery, response: { 200: S.dutyLists } },
    },
    async (request) => s.lists.read(actorOf(request), request.query.year),
  );
  app.post(
    `${P}/items`,
    { config: edit, schema: { tags, summary: '添加清单事项', body: S.createItemBody, response: { 201: created } } },
    async (request, reply) => reply.code(201).send(await s.lists.create(actorOf(request), request.body)),
  );
  app.patch(
    `${P}/items/:id`,
    {
      config: edit,
      schema: {
        tags,
        summary: '修改清单事项或记录进展',
        params: idParam,
        body: S.updateItemBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.lists.update(actorOf(request), request.params.id, request.body),
  );
  app.delete(
    `${P}/items/:id`,
    { config: edit, schema: { tags, summary: '删除清单事项', params: idParam, response: { 200: okResponse } } },
    async (request) => s.lists.remove(actorOf(request), request.params.id),
  );
  app.post(
    `${P}/items/:id/checks`,
    {
      config: edit,
      schema: {
        tags,
        summary: '记录检查结果（达标/未达标/整改中）',
        params: idParam,
        body: S.checkBody,
        response: { 201: created },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await s.lists.check(actorOf(request), request.params.id, request.body)),
  );

  // 组织体系
  app.get(
    `${P}/orgs`,
    { config: read, schema: { tags, summary: '党组织体系及成员', response: { 200: S.partyOrgs } } },
    async (request) => s.orgs.read(actorOf(request)),
  );
  app.post(
    `${P}/orgs`,
    { config: edit, schema: { tags, summary: '添加党组织', body: S.createOrgBody, response: { 201: created } } },
    async (request, reply) => reply.code(201).send(await s.orgs.create(actorOf(request), request.body)),
  );
  app.patch(
    `${P}/orgs/:id`,
    {
      config: edit,
      schema: {
        tags,
        summary: '修改或调整党组织',
        params: idParam,
        body: S.updateOrgBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.orgs.update(actorOf(request), request.params.id, request.body),
  );
  app.delete(
    `${P}/orgs/:id`,
    { config: edit, schema: { tags, summary: '删除党组织', params: idParam, response: { 200: okResponse } } },
    async (request) => s.orgs.remove(actorOf(request), request.params.id),
  );
  app.post(
    `${P}/orgs/:id/members`,
    {
      config: edit,
      schema: { tags, summary: '添加党组织成员', params: idParam, body: S.addMemberBody, response: { 201: created } },
    },
    async (request, reply) =>
      reply.code(201).send(await s.orgs.addMember(actorOf(request), request.params.id, request.body)),
  );
  app.patch(
    `${P}/memberships/:id`,
    {
      config: edit,
      schema: {
        tags,
        summary: '调整党组织成员的职务或所在组织',
        params: idParam,
        body: S.updateMembershipBody,
        response: { 200: okResponse },
      },
    },
    async (request) => s.orgs.updateMember(actorOf(request), request.params.id, request.body),
  );
  app.delete(
    `${P}/memberships/:id`,
    { config: edit, schema: { tags, summary: '移出党组织成员', params: idParam, response: { 200: okResponse } } },
    async (request) => s.orgs.removeMember(actorOf(request), request.params.id),
  );

  // 联系委员
  app.get(
    `${P}/liaisons`,
    { config: read, schema: { tags, summary: '党员委员联系非中共委员', response: { 200: S.liaisons } } },
    async (request) => s.liaisons.read(actorOf(request)),
  );
  app.post(
    `${P}/liaisons`,
    { config: edit, schema: { tags, summary: '添加联系关系', body: S.createLiaisonBody, response: { 201: created } } },
    async (request, reply) => reply.code(201).send(await s.liaisons.create(actorOf(request), request.body)),
  );
  app.delete(
    `${P}/liaisons/:id`,
    { config: edit, schema: { tags, summary: '解除联系关系', params: idParam, response: { 200: okResponse } } },
    async (request) => s.liaisons.remove(actorOf(request), request.params.id),
  );

  // 覆盖情况
  app.get(
    `${P}/coverage`,
    {
      config: read,
      schema: { tags, summary: '党组织覆盖率和党的工作覆盖率（由名册计算）', response: { 200: S.coverage } },
    },
    async (request) => s.coverage.read(actorOf(request)),
  );
  app.get(
    `${P}/coverage/uncovered.xlsx`,
    { config: { rule: 'exportPartyCoverage' }, schema: { tags, summary: '导出未覆盖名单 Excel（记入审计日志）' } },
    async (request, reply) => {
      const { filename, data } = await s.coverage.sheet(actorOf(request));
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );
  app.get(
    `${P}/roster`,
    { config: read, schema: { tags, summary: '本届在任委员（选择成员用）', response: { 200: S.roster } } },
    async (request) => s.coverage.roster(actorOf(request)),
  );
}
