// The home page's figures (首页待办): each role's queue counts, until a dashboards module
// takes them over. Reads only; every count is one indexed aggregate.
import type { ZodApp } from '../../../platform/http/types.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import { createHomeRepo } from './home.repo.js';
import { homeRoutes } from './home.routes.js';
import { createHomeService } from './home.service.js';

export function registerHome(app: ZodApp, deps: ProposalDeps): void {
  homeRoutes(app, { home: createHomeService({ ...deps, homeRepo: createHomeRepo() }) });
}
