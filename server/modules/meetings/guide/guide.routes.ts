// /api/meetings/:id/guide: the shared parts (read by whoever sees the meeting; the office writes
// them), /guide/agenda and /guide/groups, the office's roster, assignments and Excel list, and
// /guide/mine, a member's own guide on his phone.
import { sendDownload } from '../../../platform/files/download.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { AssignmentService } from './assignments.service.js';
import * as S from './guide.schema.js';
import type { GuideService } from './guide.service.js';

export function guideRoutes(app: ZodApp, guide: GuideService, assignments: AssignmentService): void {
  const tags = ['meetings'];
  const edit = { rule: 'editGuide' };

  app.get(
    '/api/meetings/:id/guide',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '会务指南：日程、分组与参阅文件', params: idParam, response: { 200: S.guide } },
    },
    async (request) => guide.get(actorOf(request), request.params.id),
  );
  app.put(
    '/api/meetings/:id/guide',
    {
      config: edit,
      schema: {
        tags,
        summary: '建立或修改会务指南（须知、参阅文件）',
        params: idParam,
        body: S.guideBody,
        response: { 200: S.guide },
      },
    },
    async (request) => guide.save(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/meetings/:id/guide/agenda',
    {
      config: edit,
      schema: { tags, summary: '添加日程', params: idParam, body: S.agendaBody, response: { 201: S.guide } },
    },
    async (request, reply) =>
      reply.code(201).send(await guide.addItem(actorOf(request), request.params.id, request.body)),
  );
  app.put(
    '/api/meetings/:id/guide/agenda/:itemId',
    {
      config: edit,
      schema: { tags, summary: '修改日程', params: S.itemParams, body: S.agendaBody, response: { 200: S.guide } },
    },
    async (request) => guide.updateItem(actorOf(request), request.params.id, request.params.itemId, request.body),
  );
  app.delete(
    '/api/meetings/:id/guide/agenda/:itemId',
    { config: edit, schema: { tags, summary: '删除日程', params: S.itemParams, response: { 200: S.guide } } },
    async (request) => guide.deleteItem(actorOf(request), request.params.id, request.params.itemId),
  );
  app.post(
    '/api/meetings/:id/guide/groups',
    {
      config: edit,
      schema: { tags, summary: '添加讨论分组', params: idParam, body: S.groupBody, response: { 201: S.guide } },
    },
    async (request, reply) =>
      reply.code(201).send(await guide.addGroup(actorOf(request), request.params.id, request.body)),
  );
  app.put(
    '/api/meetings/:id/guide/groups/:groupId',
    {
      config: edit,
      schema: { tags, summary: '修改讨论分组', params: S.groupParams, body: S.groupBody, response: { 200: S.guide } },
    },
    async (request) => guide.updateGroup(actorOf(request), request.params.id, request.params.groupId, request.body),
  );
  app.delete(
    '/api/meetings/:id/guide/groups/:groupId',
    {
      config: edit,
      schema: { tags, summary: '删除讨论分组（须无委员）', params: S.groupParams, response: { 200: S.guide } },
    },
    async (request) => guide.deleteGroup(actorOf(request), request.params.id, request.params.groupId),
  );
  app.post(
    '/api/meetings/:id/guide/assign',
    {
      config: edit,
      schema: {
        tags,
        summary: '批量编组：按委员、专委会或界别',
        params: idParam,
        body: S.bulkAssignBody,
        response: { 200: S.bulkResult },
      },
    },
    async (request) => assignments.bulkAssign(actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/meetings/:id/guide/members/:memberId',
    {
      config: edit,
      schema: {
        tags,
        summary: '安排一位委员的分组、座位、住宿和乘车',
        params: S.memberParams,
        body: S.memberBody,
        response: { 200: S.rosterEntry },
      },
    },
    async (request) =>
      assignments.setMember(actorOf(request), request.params.id, request.params.memberId, request.body),
  );
  app.get(
    '/api/meetings/:id/guide/roster',
    {
      config: { rule: 'readGuideRoster' },
      schema: {
        tags,
        summary: '编组与食宿安排一览（机关）',
        params: idParam,
        querystring: S.rosterQuery,
        response: { 200: S.roster },
      },
    },
    async (request) => assignments.roster(actorOf(request), request.params.id, request.query),
  );
  app.get(
    '/api/meetings/:id/guide/seating.xlsx',
    {
      config: { rule: 'readGuideRoster' },
      schema: { tags, summary: '导出分组名单及座次表 Excel（记入审计日志）', params: idParam },
    },
    async (request, reply) => {
      const { filename, data } = await assignments.sheet(actorOf(request), request.params.id);
      return sendDownload(reply, 'xlsx', filename, data);
    },
  );
  app.get(
    '/api/meetings/:id/guide/mine',
    {
      config: { rule: 'myGuide' },
      schema: {
        tags,
        summary: '我的会务指南（日程、分组、座位、食宿、乘车、文件）',
        params: idParam,
        response: { 200: S.myGuide },
      },
    },
    async (request) => assignments.mine(actorOf(request), request.params.id),
  );
}
