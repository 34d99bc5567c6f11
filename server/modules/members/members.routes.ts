// /api/members: the roster list, detail, create, edit, deactivate/reactivate, unmask and
// the co-proposer directory.
import { z } from 'zod';
import { actorOf } from '../../platform/http/auth-hook.js';
import { idParam } from '../../platform/http/schemas.js';
import type { ZodApp } from '../../platform/http/types.js';
import * as S from './members.schema.js';
import type { MemberService } from './members.service.js';

export function memberRoutes(app: ZodApp, service: MemberService): void {
  const tags = ['members'];

  app.get(
    '/api/members',
    {
      schema: {
        tags,
        summary:
          '委员名册（当前组织；按拼音排序；q 可为姓名、全拼前缀或拼音首字母；phone / idNumber 为精确查找，须有查看完整信息权限）',
        querystring: S.listQuery,
        response: { 200: S.memberList },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/members/directory',
    {
      schema: {
        tags,
        summary: '委员通讯录（选择联名提案人用：仅姓名、界别、专委会）',
        querystring: S.directoryQuery,
        response: { 200: z.array(S.directoryEntry) },
      },
    },
    async (request) => service.directory(actorOf(request), request.query),
  );

  app.get(
    '/api/members/:id',
    {
      schema: {
        tags,
        summary: '委员详情（手机号、身份证号为脱敏显示）',
        params: idParam,
        response: { 200: S.memberDetail },
      },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.post(
    '/api/members',
    {
      schema: { tags, summary: '新增委员', body: S.memberBody, response: { 201: S.memberDetail } },
    },
    async (request, reply) => {
      reply.code(201);
      return service.create(actorOf(request), request.body);
    },
  );

  app.patch(
    '/api/members/:id',
    {
      schema: {
        tags,
        summary: '修改委员信息（须带 version，他人已修改时返回 409）',
        params: idParam,
        body: S.updateMemberBody,
        response: { 200: S.memberDetail },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/members/:id/deactivate',
    {
      schema: {
        tags,
        summary: '停用委员（须填写原因）',
        params: idParam,
        body: S.deactivateBody,
        response: { 200: S.memberDetail },
      },
    },
    async (request) => service.deactivate(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/members/:id/reactivate',
    {
      schema: {
        tags,
        summary: '恢复已停用的委员',
        params: idParam,
        body: S.reactivateBody,
        response: { 200: S.memberDetail },
      },
    },
    async (request) => service.reactivate(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/members/:id/unmask',
    {
      schema: {
        tags,
        summary: '查看完整手机号和身份证号（须有权限，每次查看记入审计日志）',
        params: idParam,
        response: { 200: S.unmaskResponse },
      },
    },
    async (request) => service.unmask(actorOf(request), request.params.id),
  );
}
