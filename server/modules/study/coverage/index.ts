// Training coverage (培训覆盖): figures computed from the meetings module's attendance, the
// office's targets and cohorts, the members behind every figure, the Word report and the
// Excel list of the unreached.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import { coverageRoutes } from './coverage.routes.js';
import { createCoverageService } from './coverage.service.js';
import { createCoverageExports } from './exports.service.js';
import { createCoverageSettings } from './settings.service.js';

export function registerCoverage(app: ZodApp, platform: Platform): void {
  const deps = { db: platform.db, audit: platform.audit, clock: platform.clock, orgTree: platform.orgTree, changes: platform.changes };
  const coverage = createCoverageService(deps);
  coverageRoutes(app, {
    coverage,
    settings: createCoverageSettings(deps, coverage),
    exports: createCoverageExports(deps, coverage),
  });
}
