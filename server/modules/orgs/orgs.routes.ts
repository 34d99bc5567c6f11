// /api/orgs and /api/refdata and the reference-data editing routes.
import { z } from 'zod';
import { actorOf } from '../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../platform/http/schemas.js';
import type { ZodApp } from '../../platform/http/types.js';
import * as S from './orgs.schema.js';
import type { OrgService } from './orgs.service.js';

export function orgRoutes(app: ZodApp, service: OrgService): void {
  const tags = ['organisations'];

  app.get(
    '/api/orgs',
    {
      schema: { tags, summary: '可见的组织（本级及共享的下级）', response: { 200: z.array(S.organisation) } },
    },
    async (request) => service.listOrgs(actorOf(request)),
  );

  app.get(
    '/api/orgs/tree',
    {
      schema: {
        tags,
        summary: '组织机构管理：本级及全部下级，附可执行的操作',
        response: { 200: z.array(S.adminOrganisation) },
      },
    },
    async (request) => service.tree(actorOf(request)),
  );

  app.get(
    '/api/orgs/:id',
    {
      schema: { tags, summary: '组织详情', params: idParam, response: { 200: S.organisation } },
    },
    async (request) => service.getOrg(actorOf(request), request.params.id),
  );

  app.post(
    '/api/orgs',
    {
      schema: { tags, summary: '新建下级组织', body: S.createOrgBody, response: { 201: S.organisation } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createOrg(actorOf(request), request.body);
    },
  );

  app.patch(
    '/api/orgs/:id',
    {
      schema: {
        tags,
        summary: '修改组织（名称、共享、双因素要求、停用）',
        params: idParam,
        body: S.updateOrgBody,
        response: { 200: S.organisation },
      },
    },
    async (request) => service.updateOrg(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/refdata',
    {
      schema: {
        tags,
        summary: '当前组织的基础数据：届次、界别、专委会与委员小组、承办单位',
        querystring: z.object({ orgId: z.coerce.number().int().positive().optional() }),
        response: { 200: S.refData },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return service.refData(actor, request.query.orgId ?? actor.currentOrgId);
    },
  );

  app.post(
    '/api/terms',
    {
      schema: { tags, summary: '新建届次', body: S.createTermBody, response: { 201: S.term } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createTerm(actorOf(request), request.body);
    },
  );
  app.patch(
    '/api/terms/:id',
    {
      schema: { tags, summary: '修改届次', params: idParam, body: S.updateTermBody, response: { 200: okResponse } },
    },
    async (request) => service.updateTerm(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/terms/:id/sessions',
    {
      schema: {
        tags,
        summary: '新建次会议',
        params: idParam,
        body: S.createSessionBody,
        response: { 201: S.term.shape.sessions.element },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createSession(actorOf(request), request.params.id, request.body);
    },
  );
  app.patch(
    '/api/term-sessions/:id',
    {
      schema: {
        tags,
        summary: '修改次会议',
        params: idParam,
        body: S.updateSessionBody,
        response: { 200: okResponse },
      },
    },
    async (request) => service.updateSession(actorOf(request), request.params.id, request.body),
  );

  for (const [path, table, label] of [
    ['sectors', 'sectors', '界别'],
    ['committees', 'committees', '专委会'],
  ] as const) {
    app.post(
      `/api/${path}`,
      {
        schema: { tags, summary: `新建${label}`, body: S.createNamedRefBody, response: { 201: S.namedRef } },
      },
      async (request, reply) => {
        reply.code(201);
        return service.createNamed(actorOf(request), table, request.body);
      },
    );
    app.patch(
      `/api/${path}/:id`,
      {
        schema: {
          tags,
          summary: `修改或停用${label}`,
          params: idParam,
          body: S.updateNamedRefBody,
          response: { 200: S.namedRef },
        },
      },
      async (request) => service.updateNamed(actorOf(request), table, request.params.id, request.body),
    );
  }

  app.post(
    '/api/member-groups',
    {
      schema: { tags, summary: '新建委员小组', body: S.createGroupBody, response: { 201: S.memberGroup } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createGroup(actorOf(request), request.body);
    },
  );
  app.patch(
    '/api/member-groups/:id',
    {
      schema: {
        tags,
        summary: '修改或停用委员小组',
        params: idParam,
        body: S.updateGroupBody,
        response: { 200: S.memberGroup },
      },
    },
    async (request) => service.updateGroup(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/handling-units',
    {
      schema: { tags, summary: '新建承办单位', body: S.createUnitBody, response: { 201: S.handlingUnit } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.createUnit(actorOf(request), request.body);
    },
  );
  app.patch(
    '/api/handling-units/:id',
    {
      schema: {
        tags,
        summary: '修改或停用承办单位',
        params: idParam,
        body: S.updateUnitBody,
        response: { 200: S.handlingUnit },
      },
    },
    async (request) => service.updateUnit(actorOf(request), request.params.id, request.body),
  );
}
