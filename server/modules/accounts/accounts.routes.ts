// /api/users: account management for the staff of an organisation.
import { z } from 'zod';
import { actorOf } from '../../platform/http/auth-hook.js';
import { idParam } from '../../platform/http/schemas.js';
import type { ZodApp } from '../../platform/http/types.js';
import * as S from './accounts.schema.js';
import type { AccountService } from './accounts.service.js';

export function accountRoutes(app: ZodApp, service: AccountService): void {
  const tags = ['accounts'];
  const one = { 200: S.account };

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: '本组织的账号（按角色、状态筛选，按用户名或姓名搜索）',
        querystring: S.listQuery,
        response: { 200: S.accountPage },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/users/member-options',
    {
      schema: {
        tags,
        summary: '可关联的本组织委员（账号表单用）',
        querystring: S.memberOptionsQuery,
        response: { 200: z.array(S.memberOption) },
      },
    },
    async (request) => service.memberOptions(actorOf(request), request.query.q),
  );

  app.get(
    '/api/users/:id',
    {
      schema: { tags, summary: '账号详情', params: idParam, response: one },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: '新建账号（返回一次性密码，首次登录须修改）',
        body: S.createBody,
        response: { 201: S.withOneTimePassword },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return service.create(actorOf(request), request.body);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: { tags, summary: '修改账号信息', params: idParam, body: S.updateBody, response: one },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/users/:id/roles',
    {
      schema: { tags, summary: '设置角色（记入审计日志）', params: idParam, body: S.rolesBody, response: one },
    },
    async (request) => service.setRoles(actorOf(request), request.params.id, request.body.roles),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置密码（新的一次性密码，结束该用户全部会话）',
        params: idParam,
        response: { 200: S.withOneTimePassword },
      },
    },
    async (request) => service.resetPassword(actorOf(request), request.params.id),
  );

  app.post(
    '/api/users/:id/unlock',
    {
      schema: { tags, summary: '解除登录锁定', params: idParam, response: one },
    },
    async (request) => service.unlock(actorOf(request), request.params.id),
  );

  app.post(
    '/api/users/:id/deactivate',
    {
      schema: { tags, summary: '停用账号（结束其全部会话）', params: idParam, response: one },
    },
    async (request) => service.setActive(actorOf(request), request.params.id, false),
  );

  app.post(
    '/api/users/:id/activate',
    {
      schema: { tags, summary: '启用账号', params: idParam, response: one },
    },
    async (request) => service.setActive(actorOf(request), request.params.id, true),
  );
}
