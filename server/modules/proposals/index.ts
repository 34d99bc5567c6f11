// Proposals module (提案): the whole lifecycle from draft to satisfaction rating.
// This file wires the services and registers routes, file access and recurring tasks.
import type { AppModule } from '../../platform/module.js';
import { HOUR } from '../../platform/clock.js';
import { createDraftingService } from './core/drafting.service.js';
import { createListRepo } from './core/list.repo.js';
import { createProposalIndexer } from './core/search.service.js';
import { PROPOSAL_FILE_OWNER } from './core/proposals.present.js';
import { canView, relationOf } from './core/proposals.policy.js';
import { createProposalRepo } from './core/proposals.repo.js';
import { proposalRoutes } from './core/proposals.routes.js';
import type { ProposalDeps } from './core/proposals.service.js';
import { createQueryService } from './core/query.service.js';
import { createReviewService } from './core/review.service.js';
import { registerSearchRebuild } from './core/search.jobs.js';
import { registerReporting } from './reporting/index.js';
import { registerHandling } from './handling/index.js';
import { registerSimilarity } from './similarity/index.js';
import { fastSerializerCompiler } from '../../platform/http/fast-serializer.js';

export const proposalsModule: AppModule = {
  name: 'proposals',
  register(app, platform) {
    const deps: ProposalDeps = { ...platform, repo: createProposalRepo(), indexer: createProposalIndexer() };
    const drafting = createDraftingService(deps);
    const review = createReviewService(deps);
    const query = createQueryService({ ...deps, listRepo: createListRepo() });

    platform.files.registerOwner(PROPOSAL_FILE_OWNER, async (actor, ownerId) => {
      const p = await deps.repo.get(platform.db, Number(ownerId));
      return !!p && canView(actor, p, await relationOf(platform.db, deps.repo, actor, p));
    });
    platform.jobs.every('proposals.expire-invitations', HOUR, async () => {
      await drafting.expireInvitations();
    });

    registerSearchRebuild(deps.indexer);
    // Opening a proposal is the most frequent request of all: its answer is written by a compiled writer.
    const fastSerializer = fastSerializerCompiler({ checkWithZod: platform.config.env !== 'production' });
    proposalRoutes(app, { drafting, review, query, deps, fastSerializer });
    registerReporting(app, platform, deps, query);
    registerHandling(app, platform, deps, query);
    registerSimilarity(app, platform, deps);
  },
};
