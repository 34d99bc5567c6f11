// Proposals module (提案): the whole lifecycle from draft to satisfaction rating.
// This file wires the services and registers routes, file access and recurring tasks.
import type { AppModule } from '../../platform/module.js';
import { HOUR } from '../../platform/clock.js';
import { createDraftingService } from './drafting.service.js';
import { createListRepo } from './list.repo.js';
import { createProposalIndexer } from './proposals.indexing.js';
import { PROPOSAL_FILE_OWNER } from './proposals.present.js';
import { canView, relationOf } from './proposals.policy.js';
import { createProposalRepo } from './proposals.repo.js';
import { proposalRoutes } from './proposals.routes.js';
import type { ProposalDeps } from './proposals.deps.js';
import { createQueryService } from './query.service.js';
import { createReviewService } from './review.service.js';
import { registerSearchRebuild } from './search.rebuild.js';
import { registerReporting } from './reporting.wiring.js';
import { registerHandling } from './handling.wiring.js';
import { registerSimilarity } from './similarity.wiring.js';
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
