// Key proposals (重点提案) and excellent proposals (优秀提案): nomination, the chair's
// meeting decision, the leading leader and his supervision, the year's excellent ones.
import type { ZodApp } from '../../../platform/http/types.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import type { ShowProposal } from '../core/steps.routes.js';
import { createExcellentService } from './excellent.service.js';
import { createKeyRepo } from './key.repo.js';
import { keyRoutes } from './key.routes.js';
import { createKeyService } from './key.service.js';

export function registerKey(app: ZodApp, deps: ProposalDeps, show: ShowProposal): void {
  keyRoutes(app, {
    key: createKeyService({ ...deps, keyRepo: createKeyRepo() }),
    excellent: createExcellentService(deps),
    show,
  });
}
