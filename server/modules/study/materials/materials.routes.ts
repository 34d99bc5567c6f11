// /api/study/materials: the office's materials (list, draft, edit, publish, withdraw, progress,
// reminder) and the member's own (his list, the reader's open, heartbeat, finish, reflection).
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam, okResponse } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './materials.schema.js';
import type { MaterialService } from './materials.service.js';
import type { ReadingService } from './reading.service.js';

const created = z.object({ id: z.number() });

export function materialRoutes(app: ZodApp, materials: MaterialService, reading: ReadingService): void {
  const tags = ['study'];
  const base = '/api/study/materials';
  app.get(
    base,
    {
      config: { rule: 'listMaterials' },
      schema: { tags, summary: '学习资料列表（机关）', querystring: S.listQuery, response: { 200: S.materialList } },
    },
    async (request) => reading.list(actorOf(request), request.query),
  );
  app.post(
    base,
    {
      config: { rule: 'createMaterial' },
      schema: { tags, summary: '起草学习资料（草稿）', body: S.createBody, response: { 201: created } },
    },
    async (request, reply) => reply.code(201).send(await materials.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/mine`,
    {
      config: { rule: 'myMaterials' },
      schema: {
        tags,
        summary: '我的学习资料（未学完在前，按截止日期）',
        querystring: S.myQuery,
        response: { 200: S.myMaterials },
      },
    },
    async (request) => reading.mine(actorOf(request), request.query),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'viewMaterial' },
      schema: { tags, summary: '学习资料详情', params: idParam, response: { 200: S.materialDetail } },
    },
    async (request) => reading.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editMaterial' },
      schema: { tags, summary: '修改学习资料草稿', params: idParam, body: S.updateBody, response: { 200: created } },
    },
    async (request) => materials.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/publish`,
    {
      config: { rule: 'publishMaterial' },
      schema: {
        tags,
        summary: '发布学习资料（按对象逐人分配并发送消息）',
        params: idParam,
        response: { 200: S.publishResult },
      },
    },
    async (request) => materials.publish(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/withdraw`,
    {
      config: { rule: 'withdrawMaterial' },
      schema: { tags, summary: '撤回学习资料', params: idParam, response: { 200: okResponse } },
    },
    async (request) => materials.withdraw(actorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/progress`,
    {
      config: { rule: 'materialProgress' },
      schema: {
        tags,
        summary: '学习进度：已打开、已学完人数及未学完名单',
        params: idParam,
        querystring: S.progressQuery,
        response: { 200: S.progress },
      },
    },
    async (request) => reading.progress(actorOf(request), request.params.id, request.query),
  );
  app.post(
    `${base}/:id/remind`,
    {
      config: { rule: 'remindMaterial' },
      schema: {
        tags,
        summary: '提醒未学完的委员（间隔不少于 12 小时）',
        params: idParam,
        response: { 200: S.remindResult },
      },
    },
    async (request) => materials.remind(actorOf(request), request.params.id),
  );
  // The member's reader: his own record, so allowed while he views another organisation.
  app.post(
    `${base}/:id/open`,
    {
      config: { rule: 'openMaterial', anyOrg: true },
      schema: { tags, summary: '打开学习资料（记录首次打开时间）', params: idParam, response: { 200: S.myReading } },
    },
    async (request) => reading.open(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/heartbeat`,
    {
      config: { rule: 'heartbeatMaterial', anyOrg: true },
      schema: {
        tags,
        summary: '阅读计时（页面可见时约每 15 秒一次，服务器按实际经过时间封顶）',
        params: idParam,
        body: S.heartbeatBody,
        response: { 200: S.heartbeatResult },
      },
    },
    async (request) => reading.heartbeat(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/finish`,
    {
      config: { rule: 'finishMaterial', anyOrg: true },
      schema: { tags, summary: '标记为已读（视频：已观看）', params: idParam, response: { 200: S.myReading } },
    },
    async (request) => reading.finish(actorOf(request), request.params.id),
  );
  app.put(
    `${base}/:id/reflection`,
    {
      config: { rule: 'reflectMaterial', anyOrg: true },
      schema: {
        tags,
        summary: '填写或修改学习心得（不超过 1000 字）',
        params: idParam,
        body: S.reflectionBody,
        response: { 200: S.myReading },
      },
    },
    async (request) => reading.reflect(actorOf(request), request.params.id, request.body),
  );
}
