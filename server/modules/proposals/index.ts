// Proposals module (提案): the whole lifecycle from draft to satisfaction rating, in one
// folder per sub-domain (core, handling, key, reporting, similarity, public, settings, home), each
// with the same roles (docs/ARCHITECTURE.md). proposals.policy.ts is the one rule table of
// every step. This file builds what the sub-domains share and registers each of them.
import type { AppModule } from '../../platform/module.js';
import { convertedHandlersOf } from './core/converted-hook.js';
import { registerCore } from './core/index.js';
import { createProposalRepo } from './core/proposals.repo.js';
import type { ProposalDeps } from './core/proposals.service.js';
import { createProposalIndexer } from './core/search.service.js';
import { registerHandling } from './handling/index.js';
import { registerHome } from './home/index.js';
import { registerKey } from './key/index.js';
import { registerPublic } from './public/index.js';
import { registerReporting } from './reporting/index.js';
import { registerSettings } from './settings/index.js';
import { registerSimilarity } from './similarity/index.js';

/** Published: a proposal draft written for members by another module (opinions routed into a proposal). */
export { draftsFromElsewhereOf, type CreateDraftFrom, type DraftSeed } from './core/drafts-from-elsewhere.js';
/** Published: what a module does when review converts a proposal into a 社情民意 report. */
export { onProposalConverted, type ConvertedProposal } from './core/converted-hook.js';
/** Published: the democratic evaluation scores of handling units supplied by an evaluation campaign. */
export { recordDemocraticScores } from './reporting/democratic-scores.js';
/** Published: the year's proposals per theme name (the work plan's theme coverage). */
export { proposalThemeCounts } from './reporting/theme-counts.js';

export const proposalsModule: AppModule = {
  name: 'proposals',
  register(app, platform) {
    const deps: ProposalDeps = {
      ...platform,
      repo: createProposalRepo(),
      indexer: createProposalIndexer(),
      converted: convertedHandlersOf(platform),
    };
    const query = registerCore(app, platform, deps);
    const show = query.get;
    registerSettings(app, platform);
    registerKey(app, deps, show);
    registerReporting(app, platform, deps, query);
    registerPublic(app, platform);
    registerHandling(app, deps, show, platform.cipher);
    registerSimilarity(app, deps);
    registerHome(app, deps);
  },
};
