// The proposal core: drafting, invitations, submission, review, the detail and the list,
// the search index, and the files filed under a proposal. Answers with the query service,
// which every other sub-domain's steps answer through.
import { HOUR } from '../../../platform/clock.js';
import { fastSerializerCompiler } from '../../../platform/http/fast-serializer.js';
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { createDraftInput } from './draft-input.service.js';
import { createDraftingService } from './drafting.service.js';
import { createInvitationsService } from './invitations.service.js';
import { createListRepo } from './list.repo.js';
import { canView, relationOf } from './proposals.policy.js';
import { PROPOSAL_FILE_OWNER } from './detail.repo.js';
import { proposalRoutes } from './proposals.routes.js';
import type { ProposalDeps } from './proposals.service.js';
import { createQueryService, type QueryService } from './query.service.js';
import { createReviewService } from './review.service.js';
import { registerSearchRebuild } from './search.jobs.js';
import { createSubmissionService } from './submission.service.js';

export function registerCore(app: ZodApp, platform: Platform, deps: ProposalDeps): QueryService {
  const submission = createSubmissionService(deps);
  const invitations = createInvitationsService(deps);
  const drafting = createDraftingService({ ...deps, input: createDraftInput(deps), submission, invitations });
  const review = createReviewService(deps);
  const query = createQueryService({ ...deps, listRepo: createListRepo() });

  platform.files.registerOwner(PROPOSAL_FILE_OWNER, async (actor, ownerId) => {
    const p = await deps.repo.get(platform.db, Number(ownerId));
    return !!p && canView(actor, p, await relationOf(platform.db, deps.repo, actor, p));
  });
  platform.jobs.every('proposals.expire-invitations', HOUR, async () => {
    await invitations.expire();
  });
  registerSearchRebuild(deps.indexer);
  // Opening a proposal is the most frequent request of all: its answer is written by a compiled writer.
  const fastSerializer = fastSerializerCompiler({ checkWithZod: platform.config.env !== 'production' });
  proposalRoutes(app, { drafting, submission, invitations, review, query, fastSerializer });
  return query;
}
