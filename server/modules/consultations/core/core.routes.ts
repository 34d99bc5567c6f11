// /api/consultations: the office's consultations (write, open, close, public link), the readers'
// list and detail, and a participant's list of the open ones he may take part in.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './core.schema.js';
import type { CoreService } from './core.service.js';

export function coreRoutes(app: ZodApp, s: CoreService): void {
  const tags = ['consultations'];
  const base = '/api/consultations';
  app.get(
    base,
    {
      config: { rule: 'readConsultations' },
      schema: { tags, summary: '协商议题列表', response: { 200: S.consultationList } },
    },
    async (request) => s.list(actorOf(request)),
  );
  app.get(
    `${base}/mine`,
    {
      config: { rule: 'myConsultations' },
      schema: { tags, summary: '我可参与的进行中协商（委员、受邀承办单位）', response: { 200: S.mineList } },
    },
    async (request) => s.mine(actorOf(request)),
  );
  app.post(
    base,
    {
      config: { rule: 'createConsultation' },
      schema: {
        tags,
        summary: '新建协商议题（含初始观点）',
        body: S.consultationBody,
        response: { 201: S.consultation },
      },
    },
    async (request, reply) => reply.code(201).send(await s.create(actorOf(request), request.body)),
  );
  app.get(
    `${base}/:id`,
    {
      config: { rule: 'readConsultations' },
      schema: { tags, summary: '协商详情', params: idParam, response: { 200: S.consultationDetail } },
    },
    async (request) => s.detail(actorOf(request), request.params.id),
  );
  app.patch(
    `${base}/:id`,
    {
      config: { rule: 'editConsultation' },
      schema: {
        tags,
        summary: '修改协商议题',
        params: idParam,
        body: S.consultationPatch,
        response: { 200: S.consultation },
      },
    },
    async (request) => s.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/open`,
    {
      config: { rule: 'openConsultation' },
      schema: { tags, summary: '开始协商（开始投票）', params: idParam, response: { 200: S.consultation } },
    },
    async (request) => s.open(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/close`,
    {
      config: { rule: 'closeConsultation' },
      schema: { tags, summary: '结束协商（停止投票）', params: idParam, response: { 200: S.consultation } },
    },
    async (request) => s.close(actorOf(request), request.params.id),
  );
  app.post(
    `${base}/:id/public`,
    {
      config: { rule: 'setPublicLink' },
      schema: {
        tags,
        summary: '设置公众参与链接（实名、匿名或关闭；首次开启时生成链接，仅显示一次）',
        params: idParam,
        body: S.publicBody,
        response: { 200: S.publicLink },
      },
    },
    async (request) => s.setPublic(actorOf(request), request.params.id, request.body.mode),
  );
}
