// /api/proposals handling routes: assignment and signing, extensions, urging, contacts,
// co-opinions, replies, feedback, closing, commitments, the unit inbox, the office's
// board, each proposal's handling record and its timeline. Each names its rule.
import { z } from 'zod';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { AssignmentService } from './assignment.service.js';
import type { CoUnitsService } from './co-units.service.js';
import type { CommitmentsService } from './commitments.service.js';
import type { ExtensionService } from './extension.service.js';
import type { FeedbackService } from './feedback.service.js';
import * as H from './handling.schema.js';
import type { HandlingViewService } from './handling-view.service.js';
import type { HandlingService } from './handling.service.js';
import { stepRoutes, type ShowProposal } from '../core/steps.routes.js';
import { proposalDetail } from '../core/proposals.schema.js';
import type { ProposerPhonesService } from './proposer-phones.service.js';
import type { ReplyService } from './reply.service.js';
import type { TimelineService } from './timeline.service.js';

export interface HandlingRouteServices {
  assignment: AssignmentService;
  coUnits: CoUnitsService;
  phones: ProposerPhonesService;
  extensions: ExtensionService;
  handling: HandlingService;
  replies: ReplyService;
  feedback: FeedbackService;
  commitments: CommitmentsService;
  view: HandlingViewService;
  timeline: TimelineService;
  show: ShowProposal;
}

export function handlingRoutes(app: ZodApp, s: HandlingRouteServices): void {
  const tags = ['proposals'];
  const step = stepRoutes(app, s.show);

  step('assign', 'assign', '交办：一个主办单位加会办单位，或多个分办单位', H.assignBody, (a, id, b) =>
    s.assignment.assign(a, id, b),
  );
  step('sign', 'sign', '承办单位签收', z.object({}), (a, id) => s.assignment.sign(a, id));
  step('decline', 'declineAssignment', '承办单位退回交办（说明理由）', H.declineBody, (a, id, b) =>
    s.assignment.decline(a, id, b),
  );
  step('urge', 'urge', '催办承办单位', H.urgeBody, (a, id, b) => s.assignment.urge(a, id, b));
  step(
    'replace-co-unit',
    'replaceCoUnit',
    '更换会办单位（逾期未签收或不履行会办职责；说明理由）',
    H.replaceCoUnitBody,
    (a, id, b) => s.coUnits.replace(a, id, b),
  );
  step('extensions', 'applyExtension', '申请延期答复', H.extensionBody, (a, id, b) => s.extensions.apply(a, id, b));
  step('contacts', 'contact', '记录与提案人的联系', H.contactBody, (a, id, b) => s.handling.contact(a, id, b));
  step('co-opinion', 'coOpinion', '会办单位向主办单位提出会办意见', H.coOpinionBody, (a, id, b) =>
    s.handling.coOpinion(a, id, b),
  );
  step('reply', 'reply', '主办（分办）单位正式答复', H.replyBody, (a, id, b) => s.replies.reply(a, id, b));
  step('send-back', 'sendBackReply', '退回答复（答复不合格）', H.sendBackBody, (a, id, b) =>
    s.replies.sendBack(a, id, b),
  );
  step('close', 'close', '不经评价直接办结', H.closeBody, (a, id, b) => s.replies.close(a, id, b));
  step('feedback', 'rate', '提案人评价办理情况', H.rateBody, (a, id, b) => s.feedback.rate(a, id, b));

  app.post(
    '/api/proposals/:id/extensions/:extensionId/decide',
    {
      config: { rule: 'decideExtension' },
      schema: {
        tags,
        summary: '审批延期申请',
        params: H.extensionParams,
        body: H.decideExtensionBody,
        response: { 200: proposalDetail },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await s.extensions.decide(actor, request.params.id, request.params.extensionId, request.body);
      return s.show(actor, request.params.id);
    },
  );

  app.post(
    '/api/proposals/:id/proposer-phones',
    {
      config: { rule: 'revealPhones' },
      schema: {
        tags,
        summary: '承办单位查看提案人的完整手机号（交办未结束时；每次查看记入审计日志）',
        params: idParam,
        response: { 200: H.proposerPhonesResponse },
      },
    },
    async (request) => s.phones.reveal(actorOf(request), request.params.id),
  );

  app.get(
    '/api/proposals/:id/handling',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        summary: '办理情况：交办、联系、会办意见、答复、承诺、延期、催办、评价（按查看者权限）',
        params: idParam,
        response: { 200: H.handlingView },
      },
    },
    async (request) => s.view.handling(actorOf(request), request.params.id),
  );

  app.get(
    '/api/proposals/:id/timeline',
    {
      config: { rule: 'view' },
      schema: { tags, summary: '提案全过程记录', params: idParam, response: { 200: H.timelineResponse } },
    },
    async (request) => s.timeline.timeline(actorOf(request), request.params.id),
  );

  app.get(
    '/api/proposals/inbox',
    {
      config: { rule: 'inbox' },
      schema: {
        tags,
        summary: '承办单位的待办：交办的提案、期限、超期与催办',
        querystring: H.inboxQuery,
        response: { 200: H.inboxResponse },
      },
    },
    async (request) => s.view.inbox(actorOf(request), request.query),
  );

  app.get(
    '/api/proposals/handling-board',
    {
      config: { rule: 'handlingBoard' },
      schema: {
        tags,
        summary: '督办看板：未答复的交办，按期限、超期和催办次数',
        querystring: H.boardQuery,
        response: { 200: H.boardResponse },
      },
    },
    async (request) => s.view.board(actorOf(request), request.query),
  );

  app.get(
    '/api/proposals/commitments',
    {
      config: { rule: 'listCommitments' },
      schema: {
        tags,
        summary: '答复承诺事项的落实情况（可只看超期未落实的）',
        querystring: H.commitmentsQuery,
        response: { 200: H.commitmentsResponse },
      },
    },
    async (request) => s.commitments.list(actorOf(request), request.query),
  );

  app.post(
    '/api/proposals/commitments/:id/progress',
    {
      config: { rule: 'commitment.progress' },
      schema: {
        tags,
        summary: '报告承诺事项的落实进展（可标记已落实）',
        params: idParam,
        body: H.progressBody,
        response: { 200: H.handlingView },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return s.view.handling(actor, await s.commitments.progress(actor, request.params.id, request.body));
    },
  );

  app.post(
    '/api/proposals/commitments/:id/drop',
    {
      config: { rule: 'commitment.drop' },
      schema: {
        tags,
        summary: '承诺事项不再跟踪（说明理由）',
        params: idParam,
        body: H.dropBody,
        response: { 200: H.handlingView },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return s.view.handling(actor, await s.commitments.drop(actor, request.params.id, request.body));
    },
  );
}
