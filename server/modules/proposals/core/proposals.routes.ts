// /api/proposals: drafting, submission, invitations, review, merge, the detail and the list.
// Handling, feedback, key proposals, statistics and exports have their own route files.
// Every route names the rule that governs it (../proposals.policy.ts).
import { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { fastSerializerCompiler } from '../../../platform/http/fast-serializer.js';
import type { DraftingService } from './drafting.service.js';
import type { InvitationsService } from './invitations.service.js';
import * as S from './proposals.schema.js';
import type { QueryService } from './query.service.js';
import type { ReviewService } from './review.service.js';
import { stepRoutes } from './steps.routes.js';
import type { SubmissionService } from './submission.service.js';

export function proposalRoutes(
  app: ZodApp,
  s: {
    drafting: DraftingService;
    submission: SubmissionService;
    invitations: InvitationsService;
    review: ReviewService;
    query: QueryService;
    fastSerializer: ReturnType<typeof fastSerializerCompiler>;
  },
): void {
  const tags = ['proposals'];
  const detail = { 200: S.proposalDetail };
  const show = (actor: Actor, id: number) => s.query.get(actor, id);

  app.get(
    '/api/proposals',
    {
      config: { rule: 'list' },
      schema: {
        tags,
        summary: '提案列表与全文检索（按查看者权限）',
        querystring: S.listQuery,
        response: { 200: S.listResponse },
      },
    },
    async (request) => s.query.list(actorOf(request), request.query),
  );

  app.get(
    '/api/proposals/invitations',
    {
      config: { rule: 'invitations' },
      schema: {
        tags,
        summary: '我收到的联名邀请（待答复的，以及近半年已答复或已过期的）',
        response: { 200: S.myInvitations },
      },
    },
    async (request) => ({ items: await s.invitations.mine(actorOf(request)) }),
  );

  app.get(
    '/api/proposals/:id',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '提案详情（含当前可执行的操作）', params: idParam, response: detail },
      serializerCompiler: s.fastSerializer,
    },
    async (request) => show(actorOf(request), request.params.id),
  );

  app.post(
    '/api/proposals',
    {
      config: { rule: ['draft', 'submit'] },
      schema: {
        tags,
        summary:
          '起草提案（保存草稿）；submit 为 true 时起草并提交，与先保存草稿再提交的检查和审计相同，在一个事务中完成',
        body: S.createBody,
        response: { 201: S.proposalDetail },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { submit, ...input } = request.body;
      if (submit) {
        const written = await s.drafting.createSubmitted(actor, input);
        reply.code(201);
        return s.query.presentWritten(actor, written);
      }
      const id = await s.drafting.create(actor, input);
      reply.code(201);
      return show(actor, id);
    },
  );

  app.patch(
    '/api/proposals/:id',
    {
      config: { rule: ['editDraft', 'changeLead'] },
      schema: { tags, summary: '修改草稿或退回的提案', params: idParam, body: S.updateDraftBody, response: detail },
    },
    async (request) => {
      const actor = actorOf(request);
      await s.drafting.update(actor, request.params.id, request.body);
      return show(actor, request.params.id);
    },
  );

  app.delete(
    '/api/proposals/:id',
    {
      config: { rule: 'deleteDraft' },
      schema: { tags, summary: '删除草稿（仅起草人，仅未提交的草稿）', params: idParam, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await s.drafting.deleteDraft(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  const step = stepRoutes(app, show);
  step('submit', 'submit', '提交提案', S.versionBody, (a, id, b) => s.submission.submit(a, id, b.version));
  step('withdraw', 'withdraw', '撤回提案（审查前）', z.object({}), (a, id) => s.submission.withdraw(a, id));
  // Answered by a response of its own: after declining, the invitee may no longer see the proposal.
  app.post(
    '/api/proposals/:id/invitation',
    {
      config: { rule: 'respondInvitation' },
      schema: {
        tags,
        summary: '答复联名邀请',
        params: idParam,
        body: S.respondInvitationBody,
        response: { 200: z.object({ proposalId: z.number(), accepted: z.boolean() }) },
      },
    },
    async (request) => {
      await s.invitations.respond(actorOf(request), request.params.id, request.body.accept);
      return { proposalId: request.params.id, accepted: request.body.accept };
    },
  );
  step('accept', 'accept', '立案（编号）', S.acceptBody, (a, id, b) => s.review.accept(a, id, b));
  step('reject', 'reject', '不予立案', S.rejectBody, (a, id, b) => s.review.reject(a, id, b));
  step('convert', 'convert', '转社情民意', S.optionalNoteBody, (a, id, b) => s.review.convert(a, id, b));
  step('return', 'return', '退回修改', S.noteBody, (a, id, b) => s.review.return(a, id, b));

  app.post(
    '/api/proposals/review/batch',
    {
      config: { rule: ['review', 'accept', 'reject', 'convert', 'return'] },
      schema: { tags, summary: '批量审查', body: S.batchReviewBody, response: { 200: S.batchResult } },
    },
    async (request) => s.review.batch(actorOf(request), request.body),
  );

  app.post(
    '/api/proposals/merge',
    {
      config: { rule: ['mergeInto', 'mergeAway'] },
      schema: { tags, summary: '并案：将其他提案并入主提案', body: S.mergeBody, response: detail },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await s.review.merge(actor, request.body);
      return show(actor, id);
    },
  );
}
