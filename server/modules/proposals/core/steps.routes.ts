// A workflow step as a route: POST /api/proposals/:id/<path> with a body, answering with the
// updated proposal detail (its allowed actions included), so every step route looks alike.
// Each names the rule of ../proposals.policy.ts that governs it.
import type { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { ProposalStep } from '../proposals.policy.js';
import { proposalDetail, type ProposalDetail } from './proposals.schema.js';

export type StepRoute = <B extends z.ZodTypeAny>(
  path: string,
  rule: ProposalStep,
  summary: string,
  body: B,
  run: (a: Actor, id: number, b: z.infer<B>) => Promise<number>,
) => void;

/** The proposal's detail as the actor sees it: what a step answers with. */
export type ShowProposal = (actor: Actor, id: number) => Promise<ProposalDetail>;

export function stepRoutes(app: ZodApp, show: ShowProposal): StepRoute {
  return (path, rule, summary, body, run) => {
    app.post(
      `/api/proposals/:id/${path}`,
      {
        config: { rule },
        schema: { tags: ['proposals'], summary, params: idParam, body, response: { 200: proposalDetail } },
      },
      async (request) => {
        const actor = actorOf(request);
        await run(actor, request.params.id, (request.body ?? {}) as z.infer<typeof body>);
        return show(actor, request.params.id);
      },
    );
  };
}
