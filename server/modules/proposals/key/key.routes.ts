// /api/proposals key-proposal and excellent-proposal routes: the board, nomination, the
// chair's meeting decision, the leading leader, the leader's instructions and supervision.
import { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { ExcellentService } from './excellent.service.js';
import * as K from './key.schema.js';
import type { KeyService } from './key.service.js';
import { proposalDetail } from '../core/proposals.schema.js';
import type { ShowProposal } from '../core/steps.routes.js';
import type { ProposalStep } from '../proposals.policy.js';

export function keyRoutes(app: ZodApp, s: { key: KeyService; excellent: ExcellentService; show: ShowProposal }): void {
  const tags = ['proposals: key and excellent'];
  const detail = { 200: proposalDetail };

  app.get(
    '/api/proposals/key-board',
    {
      config: { rule: ['keyBoard', 'ownKeyBoard'] },
      schema: {
        tags,
        summary: '重点提案看板：本组织全部重点提案的办理进展（mine=true：我领办的）',
        querystring: K.keyBoardQuery,
        response: { 200: K.keyBoard },
      },
    },
    async (request) => s.key.board(actorOf(request), request.query),
  );

  app.get(
    '/api/proposals/key-leaders',
    {
      config: { rule: 'keyLeaders' },
      schema: { tags, summary: '可担任领办领导的本组织领导账号', response: { 200: K.leaderOptions } },
    },
    async (request) => s.key.leaders(actorOf(request)),
  );

  /** A step answered with the updated proposal detail. */
  function step<B extends z.ZodTypeAny>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    rule: ProposalStep,
    summary: string,
    body: B | null,
    run: (a: Actor, id: number, b: z.infer<B>) => Promise<unknown>,
  ) {
    app.route({
      method,
      url: `/api/proposals/:id/${path}`,
      config: { rule },
      schema: { tags, summary, params: idParam, ...(body && { body }), response: detail },
      handler: async (request) => {
        const actor = actorOf(request);
        await run(actor, request.params.id, (request.body ?? {}) as z.infer<B>);
        return s.show(actor, request.params.id);
      },
    });
  }
  step('POST', 'key/nominate', 'nominateKey', '提名为重点提案（提案委/机关）', K.nominateBody, (a, id, b) =>
    s.key.nominate(a, id, b),
  );
  step('POST', 'key/cancel', 'cancelKeyNomination', '撤销重点提案提名', z.object({}), (a, id) =>
    s.key.cancelNomination(a, id),
  );
  step(
    'POST',
    'key/decision',
    'decideKey',
    '录入主席会议审定结果（同意或不列为重点提案）',
    K.decisionBody,
    (a, id, b) => s.key.decide(a, id, b),
  );
  step('PUT', 'key/leader', 'assignKeyLeader', '确定领办领导（通知该领导）', K.leaderBody, (a, id, b) =>
    s.key.assignLeader(a, id, b),
  );
  step('POST', 'excellent', 'markExcellent', '评为优秀提案（已答复或已办结的提案）', K.excellentBody, (a, id, b) =>
    s.excellent.select(a, id, b),
  );
  step('DELETE', 'excellent', 'unmarkExcellent', '撤销优秀提案评选', null, (a, id) => s.excellent.unselect(a, id));

  app.get(
    '/api/proposals/:id/key/events',
    {
      config: { rule: 'view' },
      schema: {
        tags,
        summary: '重点提案的领导批示、督办调研与会议记录',
        params: idParam,
        response: { 200: K.keyEventList },
      },
    },
    async (request) => ({ items: await s.key.events(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/proposals/:id/key/events',
    {
      config: { rule: 'recordKeyEvent' },
      schema: {
        tags,
        summary: '记录领导批示、督办调研或会议（机关或领办领导；批示通知承办单位）',
        params: idParam,
        body: K.keyEventBody,
        response: { 201: K.keyEventList },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await s.key.recordEvent(actor, request.params.id, request.body);
      reply.code(201);
      return { items: await s.key.events(actor, request.params.id) };
    },
  );
}
