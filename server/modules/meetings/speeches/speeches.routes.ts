// /api/meetings/:id/speeches (hand in, the office's list), /speeches/:speechId (revise, review),
// /programme (read, order) and /api/meetings/my-speeches (a member's own, on his phone).
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import * as S from './speeches.schema.js';
import type { SpeechService } from './speeches.service.js';

export function speechRoutes(app: ZodApp, service: SpeechService): void {
  const tags = ['meetings'];

  app.get(
    '/api/meetings/my-speeches',
    {
      config: { rule: 'mySpeeches' },
      schema: {
        tags,
        summary: '我的发言（可按会议）',
        querystring: S.mySpeechQuery,
        response: { 200: S.mySpeechList },
      },
    },
    async (request) => service.mine(actorOf(request), request.query.meetingId),
  );

  app.post(
    '/api/meetings/:id/speeches',
    {
      config: { rule: 'submitSpeech' },
      schema: { tags, summary: '提交会议发言', params: idParam, body: S.speechBody, response: { 201: S.speech } },
    },
    async (request, reply) =>
      reply.code(201).send(await service.submit(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/meetings/:id/speeches',
    {
      config: { rule: 'listSpeeches' },
      schema: {
        tags,
        summary: '本次会议收到的发言（机关审核）',
        params: idParam,
        querystring: S.speechListQuery,
        response: { 200: S.speechList },
      },
    },
    async (request) => service.list(actorOf(request), request.params.id, request.query.status),
  );

  app.put(
    '/api/meetings/:id/speeches/:speechId',
    {
      config: { rule: 'reviseSpeech' },
      schema: {
        tags,
        summary: '修改本人发言（待审核或退回修改时），修改后重新提交',
        params: S.speechParams,
        body: S.speechBody,
        response: { 200: S.speech },
      },
    },
    async (request) => service.revise(actorOf(request), request.params.id, request.params.speechId, request.body),
  );

  app.post(
    '/api/meetings/:id/speeches/:speechId/review',
    {
      config: { rule: 'reviewSpeech' },
      schema: {
        tags,
        summary: '审核发言：大会口头发言、书面交流、退回修改或不予采用',
        params: S.speechParams,
        body: S.reviewBody,
        response: { 200: S.speech },
      },
    },
    async (request) => service.review(actorOf(request), request.params.id, request.params.speechId, request.body),
  );

  app.get(
    '/api/meetings/:id/programme',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        summary: '发言安排（口头发言按顺序，书面交流）',
        params: idParam,
        response: { 200: S.programme },
      },
    },
    async (request) => service.programme(actorOf(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/programme',
    {
      config: { rule: 'orderProgramme' },
      schema: {
        tags,
        summary: '调整口头发言顺序',
        params: idParam,
        body: S.programmeOrderBody,
        response: { 200: S.programme },
      },
    },
    async (request) => service.order(actorOf(request), request.params.id, request.body.speechIds),
  );
}
