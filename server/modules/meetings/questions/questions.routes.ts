// /api/meetings/:id/questions (ask, the office's list), /questions/:questionId/... (moderate),
// /question-board (links, the question on screen), /question-screen (the screen, polled with
// ETag), /api/meetings/my-questions (a member's own) and, without a session, the public link
// /api/meeting-questions/public/:token (+ /challenge) and the projector's /api/meeting-questions/screen/:token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { PublicQuestionService, ScreenAnswer } from './public.service.js';
import * as S from './questions.schema.js';
import type { QuestionService } from './questions.service.js';

const ifNoneMatch = (request: FastifyRequest) => {
  const h = request.headers['if-none-match'];
  return Array.isArray(h) ? h[0] : h;
};

/** 304 when the screen has not changed since the poll before; the body otherwise. */
const sendScreen = (reply: FastifyReply, a: ScreenAnswer) => {
  reply.header('etag', a.etag).header('cache-control', 'no-cache');
  return a.body ? reply.send(a.body) : reply.code(304).send();
};

export function questionRoutes(app: ZodApp, service: QuestionService, pub: PublicQuestionService): void {
  const tags = ['meetings'];
  const moderation = { tags, params: S.questionParams, response: { 200: S.question } };

  app.get(
    '/api/meetings/my-questions',
    {
      config: { rule: 'myQuestions' },
      schema: {
        tags,
        summary: '我的现场提问（可按会议）',
        querystring: S.myQuestionQuery,
        response: { 200: S.myQuestionList },
      },
    },
    async (request) => service.mine(actorOf(request), request.query.meetingId),
  );

  app.post(
    '/api/meetings/:id/questions',
    {
      config: { rule: 'askQuestion' },
      schema: {
        tags,
        summary: '现场提问（论坛、开门协商）',
        params: idParam,
        body: S.askBody,
        response: { 201: S.question },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.ask(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/meetings/:id/questions',
    {
      config: { rule: 'listQuestions' },
      schema: {
        tags,
        summary: '本次会议收到的提问与链接（机关审核）',
        params: idParam,
        querystring: S.questionListQuery,
        response: { 200: S.questionList },
      },
    },
    async (request) => service.list(actorOf(request), request.params.id, request.query.status),
  );

  app.post(
    '/api/meetings/:id/questions/:questionId/approve',
    { config: { rule: 'moderateQuestions' }, schema: { ...moderation, summary: '提问通过，上大屏列表' } },
    async (request) => service.approve(actorOf(request), request.params.id, request.params.questionId),
  );
  app.post(
    '/api/meetings/:id/questions/:questionId/reject',
    {
      config: { rule: 'moderateQuestions' },
      schema: { ...moderation, summary: '提问不予展示（写明理由）', body: S.rejectBody },
    },
    async (request) =>
      service.reject(actorOf(request), request.params.id, request.params.questionId, request.body.reason),
  );
  app.put(
    '/api/meetings/:id/questions/:questionId',
    {
      config: { rule: 'moderateQuestions' },
      schema: { ...moderation, summary: '修改提问文字（保留原文）', body: S.editBody },
    },
    async (request) => service.edit(actorOf(request), request.params.id, request.params.questionId, request.body),
  );
  app.post(
    '/api/meetings/:id/questions/:questionId/merge',
    { config: { rule: 'moderateQuestions' }, schema: { ...moderation, summary: '合并相近提问', body: S.mergeBody } },
    async (request) =>
      service.merge(actorOf(request), request.params.id, request.params.questionId, request.body.intoId),
  );
  app.post(
    '/api/meetings/:id/questions/:questionId/answer',
    { config: { rule: 'moderateQuestions' }, schema: { ...moderation, summary: '记录领导答复', body: S.answerBody } },
    async (request) => service.answer(actorOf(request), request.params.id, request.params.questionId, request.body),
  );

  app.put(
    '/api/meetings/:id/question-board/current',
    {
      config: { rule: 'moderateQuestions' },
      schema: {
        tags,
        summary: '设置大屏当前提问（或清空）',
        params: idParam,
        body: S.currentBody,
        response: { 200: S.board },
      },
    },
    async (request) => service.show(actorOf(request), request.params.id, request.body.questionId),
  );
  app.put(
    '/api/meetings/:id/question-board',
    {
      config: { rule: 'manageQuestionLinks' },
      schema: {
        tags,
        summary: '开启或关闭公众提问链接',
        params: idParam,
        body: S.boardBody,
        response: { 200: S.board },
      },
    },
    async (request) => pub.setPublic(actorOf(request), request.params.id, request.body.publicEnabled),
  );
  app.post(
    '/api/meetings/:id/question-board/rotate',
    {
      config: { rule: 'manageQuestionLinks' },
      schema: {
        tags,
        summary: '更换公众提问或大屏链接（旧链接随即失效）',
        params: idParam,
        body: S.rotateBody,
        response: { 200: S.board },
      },
    },
    async (request) => pub.rotate(actorOf(request), request.params.id, request.body.link),
  );

  app.get(
    '/api/meetings/:id/question-screen',
    {
      config: { rule: 'viewQuestionScreen' },
      schema: { tags, summary: '提问大屏（支持 If-None-Match 轮询）', params: idParam, response: { 200: S.screen } },
    },
    async (request, reply) =>
      sendScreen(reply, await pub.screen(actorOf(request), request.params.id, ifNoneMatch(request))),
  );

  const publicTags = ['public'];
  app.get(
    '/api/meeting-questions/public/:token',
    {
      config: { access: 'public', rule: 'questionLink' },
      schema: {
        tags: publicTags,
        summary: '公众提问页：会议名称与时间（凭链接，无需登录）',
        params: S.tokenParam,
        response: { 200: S.publicLink },
      },
    },
    async (request) => pub.link(request.params.token),
  );
  app.get(
    '/api/meeting-questions/public/:token/challenge',
    {
      config: { access: 'public', rule: 'questionLink' },
      schema: {
        tags: publicTags,
        summary: '公众提问的人机验证题（工作量证明）',
        params: S.tokenParam,
        response: { 200: S.challenge },
      },
    },
    async (request) => pub.challenge(request.params.token, request.ip),
  );
  app.post(
    '/api/meeting-questions/public/:token',
    {
      config: { access: 'public', rule: 'questionLink' },
      schema: {
        tags: publicTags,
        summary: '公众提问（凭链接与验证，限频）',
        params: S.tokenParam,
        body: S.publicAskBody,
        response: { 201: S.publicAsked },
      },
    },
    async (request, reply) => reply.code(201).send(await pub.ask(request.params.token, request.ip, request.body)),
  );
  app.get(
    '/api/meeting-questions/screen/:token',
    {
      config: { access: 'public', rule: 'screenLink' },
      schema: {
        tags: publicTags,
        summary: '提问大屏（凭大屏链接，无需登录）',
        params: S.tokenParam,
        response: { 200: S.screen },
      },
    },
    async (request, reply) => sendScreen(reply, await pub.screenByToken(request.params.token, ifNoneMatch(request))),
  );
}
