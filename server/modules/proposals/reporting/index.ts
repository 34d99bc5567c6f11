// Wires the reading and leadership side of proposals: key and excellent proposals, the
// statistics and unit evaluation, the Word/Excel exports and the public page.
import type { Platform } from '../../../platform/platform.js';
import type { ZodApp } from '../../../platform/http/types.js';
import { createEvaluationRepo } from './evaluation.repo.js';
import { createEvaluationService } from './evaluation.service.js';
import { createExcellentService } from '../key/excellent.service.js';
import { createDocxExport } from './export-docx.service.js';
import { createListExport } from './export-list.service.js';
import { createExportsRepo } from './exports.repo.js';
import { exportRoutes } from './exports.routes.js';
import { createKeyRepo } from '../key/key.repo.js';
import { keyRoutes } from '../key/key.routes.js';
import { createKeyService } from '../key/key.service.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import { publicRoutes } from '../public/public.routes.js';
import { createPublicService } from '../public/public.service.js';
import type { QueryService } from '../core/query.service.js';
import { reportRoutes } from './reporting.routes.js';
import { createStatsRepo } from './stats.repo.js';
import { createStatsService } from './stats.service.js';

export function registerReporting(app: ZodApp, platform: Platform, deps: ProposalDeps, query: QueryService): void {
  const exportsRepo = createExportsRepo();
  keyRoutes(app, {
    key: createKeyService({ ...deps, keyRepo: createKeyRepo() }),
    excellent: createExcellentService(deps),
    query,
  });
  reportRoutes(app, {
    stats: createStatsService({ db: deps.db, statsRepo: createStatsRepo(), clock: deps.clock }),
    evaluation: createEvaluationService({
      db: deps.db,
      evaluationRepo: createEvaluationRepo(),
      audit: deps.audit,
      clock: deps.clock,
    }),
  });
  exportRoutes(app, {
    docx: createDocxExport({ ...deps, exportsRepo, cipher: platform.cipher }),
    list: createListExport({ db: deps.db, query, exportsRepo, audit: deps.audit }),
    orgTree: platform.orgTree,
    clock: deps.clock,
  });
  publicRoutes(app, { public: createPublicService({ db: deps.db, orgTree: platform.orgTree, exportsRepo }) });
}
