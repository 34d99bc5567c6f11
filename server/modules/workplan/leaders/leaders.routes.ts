// /api/workplan/leaders: leader engagement — the year's figures and what waits on the leaders,
// visits and their targets, instructions on research reports, requests for opinions with the
// CPPCC's answer and what was adopted.
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './leaders.schema.js';
import type { LeaderService } from './leaders.service.js';
import type { RequestService } from './requests.service.js';

export function leaderRoutes(app: ZodApp, leaders: LeaderService, requests: RequestService): void {
  const tags = ['workplan'];
  const base = '/api/workplan/leaders';
  const read = { config: { rule: 'readEngagement' } };
  app.get(
    `${base}/figures`,
    {
      ...read,
      schema: {
        tags,
        summary: '领导联系政协：来访与目标、批示、征求意见的答复与采纳，待领导处理的事项',
        querystring: S.yearQuery,
        response: { 200: S.figures },
      },
    },
    async (request) => leaders.figures(actorOf(request), request.query.year),
  );
  app.get(
    `${base}/visits`,
    {
      ...read,
      schema: { tags, summary: '领导来访（按年度）', querystring: S.yearQuery, response: { 200: S.visit.array() } },
    },
    async (request) => leaders.visits(actorOf(request), request.query.year),
  );
  app.post(
    `${base}/visits`,
    {
      config: { rule: 'recordVisit' },
      schema: { tags, summary: '登记领导到政协调研', body: S.visitBody, response: { 201: S.visit } },
    },
    async (request, reply) => reply.code(201).send(await leaders.recordVisit(actorOf(request), request.body)),
  );
  app.patch(
    `${base}/visits/:id`,
    {
      config: { rule: 'editVisit' },
      schema: { tags, summary: '修改来访记录', params: idParam, body: S.visitPatch, response: { 200: S.visit } },
    },
    async (request) => leaders.editVisit(actorOf(request), request.params.id, request.body),
  );
  app.put(
    `${base}/targets/:year`,
    {
      config: { rule: 'setVisitTargets' },
      schema: {
        tags,
        summary: '设置各类领导年度来访目标',
        params: S.yearParam,
        body: S.targetsBody,
        response: { 200: S.targetsResult },
      },
    },
    async (request) => leaders.setTargets(actorOf(request), request.params.year, request.body.targets),
  );
  app.get(
    `${base}/instructions`,
    {
      ...read,
      schema: {
        tags,
        summary: '领导对调研报告的批示',
        querystring: S.yearQuery,
        response: { 200: S.instruction.array() },
      },
    },
    async (request) => leaders.instructions(actorOf(request), request.query.year),
  );
  app.post(
    `${base}/instructions`,
    {
      config: { rule: 'recordInstruction' },
      schema: { tags, summary: '登记领导批示', body: S.instructionBody, response: { 201: S.instruction } },
    },
    async (request, reply) => reply.code(201).send(await leaders.recordInstruction(actorOf(request), request.body)),
  );
  app.get(
    `${base}/requests`,
    {
      ...read,
      schema: { tags, summary: '征求意见（按年度）', querystring: S.yearQuery, response: { 200: S.request.array() } },
    },
    async (request) => requests.list(actorOf(request), request.query.year),
  );
  app.post(
    `${base}/requests`,
    {
      config: { rule: 'createRequest' },
      schema: { tags, summary: '登记决策前征求意见', body: S.requestBody, response: { 201: S.request } },
    },
    async (request, reply) => reply.code(201).send(await requests.create(actorOf(request), request.body)),
  );
  app.post(
    `${base}/requests/:id/answer`,
    {
      config: { rule: 'answerRequest' },
      schema: {
        tags,
        summary: '报送政协的答复意见',
        params: idParam,
        body: S.answerBody,
        response: { 200: S.request },
      },
    },
    async (request) => requests.answer(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/requests/:id/adoption`,
    {
      config: { rule: 'recordAdoption' },
      schema: {
        tags,
        summary: '登记意见采纳情况',
        params: idParam,
        body: S.adoptionBody,
        response: { 200: S.request },
      },
    },
    async (request) => requests.adoption(actorOf(request), request.params.id, request.body),
  );
}
