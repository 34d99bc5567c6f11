// A workflow step as a route: POST /api/proposals/:id/<path> with a body, answering with the
// updated proposal detail (its allowed actions included), so every step route looks alike.
import type { z } from 'zod';
import type { Actor } from '../../../platform/access/actor.js';
import { actorOf } from '../../../platform/http/auth-hook.js';
import { idParam } from '../../../platform/http/schemas.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { proposalDetail, type ProposalDetail } from './proposals.schema.js';

export type StepRoute = <B extends z.ZodTypeAny>(
  path: string,
  summary: string,
  body: B,
  run: (a: Actor, id: number, b: z.infer<B>) => Promise<number>,
) => void;

export function stepRoutes(app: ZodApp, show: (a: Actor, id: number) => Promise<ProposalDetail>): StepRoute {
  return (path, summary, body, run) => {
    app.post(
      `/api/proposals/:id/${path}`,
      {
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
