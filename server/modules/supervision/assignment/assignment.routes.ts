// /api/supervision/campaigns/{id}/assignments: who visits what — run the rules, read the list by
// object, add or take away an assignment by hand.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './assignment.schema.js';
import type { AssignmentService } from './assignment.service.js';

export function assignmentRoutes(app: ZodApp, s: AssignmentService): void {
  const tags = ['supervision'];
  const base = '/api/supervision/campaigns/:id';
  app.get(
    `${base}/assignments`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '评议对象的分配情况（每个对象由谁走访、是否已走访）',
        params: idParam,
        response: { 200: S.assignmentList },
      },
    },
    async (request) => s.list(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/teams`,
    {
      config: { rule: 'readEvalCampaigns' },
      schema: {
        tags,
        summary: '评议活动的委员小组（含尚未分配的小组与人数），供手工分配选择',
        params: idParam,
        response: { 200: S.teamList },
      },
    },
    async (request) => s.teams(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/assign`,
    {
      config: { rule: 'assignEvalObjects' },
      schema: {
        tags,
        summary: '自动分配：每个对象至少 k 次走访、工作量均衡、本区县优先、回避本单位（保留手动分配和已走访的）',
        params: idParam,
        response: { 200: S.assignSummary },
      },
    },
    async (request) => s.assign(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/assignments`,
    {
      config: { rule: 'editEvalAssignments' },
      schema: {
        tags,
        summary: '手动分配一个对象给委员或小组',
        params: idParam,
        body: S.assignmentBody,
        response: { 201: z.object({ assignmentId: z.number() }) },
      },
    },
    async (request, reply) => reply.code(201).send(await s.add(actorOf(request), request.params.id, request.body)),
  );
  app.delete(
    `${base}/assignments/:assignmentId`,
    {
      config: { rule: 'editEvalAssignments' },
      schema: { tags, summary: '取消一项分配', params: S.assignmentParams, response: { 200: okResponse } },
    },
    async (request) => s.remove(actorOf(request), request.params.id, request.params.assignmentId),
  );
}
