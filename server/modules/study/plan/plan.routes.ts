// /api/study/plan: the year's plan with its completion (office and leaders), the office's items,
// the meetings an item may be linked to, and linking and unlinking them.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './plan.schema.js';
import type { PlanService } from './plan.service.js';

const created = z.object({ id: z.number() });

export function planRoutes(app: ZodApp, plan: PlanService): void {
  const tags = ['study'];
  const base = '/api/study/plan';
  app.get(
    base,
    {
      config: { rule: 'readPlan' },
      schema: {
        tags,
        summary: '年度学习计划及完成情况（当前查看的组织）',
        querystring: S.planQuery,
        response: { 200: S.planView },
      },
    },
    async (request) => plan.view(actorOf(request), request.query),
  );
  app.post(
    base,
    {
      config: { rule: 'writePlan' },
      schema: { tags, summary: '创建年度学习计划', body: S.createPlanBody, response: { 201: created } },
    },
    async (request, reply) => reply.code(201).send(await plan.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/meetings`,
    {
      config: { rule: 'writePlan' },
      schema: {
        tags,
        summary: '可关联的学习活动（本单位已发布的会议，学习类在前）',
        querystring: S.candidatesQuery,
        response: { 200: S.candidates },
      },
    },
    async (request) => plan.candidates(actorOf(request), request.query),
  );
  app.post(
    `${base}/items`,
    {
      config: { rule: 'writePlan' },
      schema: {
        tags,
        summary: '添加计划事项（首次添加时创建该年度计划）',
        body: S.itemBody,
        response: { 201: created },
      },
    },
    async (request, reply) => reply.code(201).send(await plan.addItem(actorOf(request), request.body)),
  );
  app.patch(
    `${base}/items/:id`,
    {
      config: { rule: 'editPlanItem' },
      schema: { tags, summary: '修改计划事项', params: idParam, body: S.itemPatch, response: { 200: okResponse } },
    },
    async (request) => plan.editItem(actorOf(request), request.params.id, request.body),
  );
  app.delete(
    `${base}/items/:id`,
    {
      config: { rule: 'removePlanItem' },
      schema: { tags, summary: '删除计划事项（未关联学习活动时）', params: idParam, response: { 200: okResponse } },
    },
    async (request) => plan.removeItem(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/items/:id/sessions`,
    {
      config: { rule: 'linkPlanSession' },
      schema: {
        tags,
        summary: '关联实际开展的学习活动（会议）',
        params: idParam,
        body: S.linkBody,
        response: { 200: okResponse },
      },
    },
    async (request) => plan.link(actorOf(request), request.params.id, request.body.meetingId),
  );
  app.delete(
    `${base}/items/:id/sessions/:meetingId`,
    {
      config: { rule: 'unlinkPlanSession' },
      schema: { tags, summary: '取消关联学习活动', params: S.sessionParams, response: { 200: okResponse } },
    },
    async (request) => plan.unlink(actorOf(request), request.params.id, request.params.meetingId),
  );
}
