// Routes of problems: /api/supervision/campaigns/{id}/problems (a campaign's list, and recording
// one, by hand or from a visit's comment) and /api/supervision/problems (the office's and a unit's
// lists, one with its history and the object's album photos, and each step of the follow-up).
import { actorOf } from '../../../platform/http/auth-hook.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './problems.schema.js';
import type { ProblemService } from './problems.service.js';

const tags = ['supervision'];

export function problemRoutes(app: ZodApp, service: ProblemService): void {
  const params = S.problemParams;
  const detail = { 200: S.problemDetail };

  app.post(
    '/api/supervision/campaigns/:id/problems',
    {
      config: { rule: 'recordProblem' },
      schema: {
        tags,
        summary: '记录评议发现的问题并交承办单位整改（可由走访意见转为问题）',
        params,
        body: S.recordProblemBody,
        response: { 201: S.problemDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.record(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/supervision/campaigns/:id/problems',
    {
      config: { rule: 'readProblems' },
      schema: {
        tags,
        summary: '评议活动发现的问题及整改情况',
        params,
        querystring: S.campaignProblemsQuery,
        response: { 200: S.problemList },
      },
    },
    async (request) => service.ofCampaign(actorOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/supervision/problems',
    {
      config: { rule: ['readProblems', 'myProblems'] },
      schema: {
        tags,
        summary: '评议问题列表（org: 可见的全部；mine: 交本单位整改的）',
        querystring: S.listProblemsQuery,
        response: { 200: S.problemList },
      },
    },
    async (request) => service.list(actorOf(request), request.query),
  );

  app.get(
    '/api/supervision/problems/:id',
    {
      config: { rule: 'viewProblem' },
      schema: { tags, summary: '评议问题及其整改经过', params, response: detail },
    },
    async (request) => service.get(actorOf(request), request.params.id),
  );

  app.patch(
    '/api/supervision/problems/:id',
    {
      config: { rule: 'editProblem' },
      schema: {
        tags,
        summary: '修改评议问题（描述、承办单位、期限）',
        params,
        body: S.updateProblemBody,
        response: detail,
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/supervision/problems/:id/answer',
    {
      config: { rule: 'answerProblem' },
      schema: { tags, summary: '承办单位答复整改情况', params, body: S.answerProblemBody, response: detail },
    },
    async (request) => service.answer(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/supervision/problems/:id/urge',
    {
      config: { rule: 'urgeProblem' },
      schema: { tags, summary: '催办（通知承办单位）', params, body: S.problemUrgeBody, response: detail },
    },
    async (request) => service.urge(actorOf(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/supervision/problems/:id/send-back',
    {
      config: { rule: 'sendBackProblem' },
      schema: { tags, summary: '退回整改答复（须说明理由）', params, body: S.problemReasonBody, response: detail },
    },
    async (request) => service.sendBack(actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/supervision/problems/:id/close',
    {
      config: { rule: 'closeProblem' },
      schema: { tags, summary: '关闭评议问题（须说明理由）', params, body: S.problemReasonBody, response: detail },
    },
    async (request) => service.close(actorOf(request), request.params.id, request.body.reason),
  );

  app.post(
    '/api/supervision/problems/:id/complete',
    {
      config: { rule: 'completeProblem' },
      schema: { tags, summary: '整改办结（记录落实情况）', params, body: S.problemNoteBody, response: detail },
    },
    async (request) => service.complete(actorOf(request), request.params.id, request.body.note),
  );
}
