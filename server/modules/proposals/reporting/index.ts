// Reading proposals in bulk: the statistics, the handling-unit evaluation, and the Word and
// Excel exports.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import type { ProposalDeps } from '../core/proposals.service.js';
import type { QueryService } from '../core/query.service.js';
import { createEvaluationRepo } from './evaluation.repo.js';
import { createEvaluationService } from './evaluation.service.js';
import { createDocxExport } from './export-docx.service.js';
import { createListExport } from './export-list.service.js';
import { createExportsRepo } from './exports.repo.js';
import { exportRoutes } from './exports.routes.js';
import { reportRoutes } from './reporting.routes.js';
import { createStatsRepo } from './stats.repo.js';
import { createStatsExport } from './stats-export.service.js';
import { createStatsService } from './stats.service.js';

export function registerReporting(app: ZodApp, platform: Platform, deps: ProposalDeps, query: QueryService): void {
  const exportsRepo = createExportsRepo();
  const stats = createStatsService({ db: deps.db, statsRepo: createStatsRepo(), clock: deps.clock });
  const list = createListExport({ db: deps.db, query, exportsRepo, audit: deps.audit });
  reportRoutes(app, {
    stats,
    statsExport: createStatsExport({ db: deps.db, stats, list, audit: deps.audit, clock: deps.clock }),
    evaluation: createEvaluationService({
      db: deps.db,
      evaluationRepo: createEvaluationRepo(),
      audit: deps.audit,
      clock: deps.clock,
    }),
  });
  exportRoutes(app, {
    docx: createDocxExport({ ...deps, exportsRepo, cipher: platform.cipher }),
    list,
    orgTree: platform.orgTree,
    clock: deps.clock,
  });
}
