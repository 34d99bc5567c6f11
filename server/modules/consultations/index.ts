// Consultations module (凝聚共识, issue 18): open consultations where members, invited handling
// units and the public vote agree / disagree / pass on short statements and add their own, and the
// report of the opinion groups and the common ground from the platform's consensus engine.
// One folder per sub-domain, each with the same roles (docs/ARCHITECTURE.md):
//   core/           the consultation: topic, seed statements, who takes part, dates, links, open/close, public link
//   participation/  taking part (members, units, public visitors by link): next statement, vote, add, standing
//   moderation/     the statements as the office sees them, and the moderation of those participants add
//   analysis/       the background analysis (debounced job, stored report and engine state), the report, CSV export
// consultations.policy.ts composes the rule names; consultations.texts.ts the English of the errors.
import type { AppModule } from '../../platform/module.js';
import type { Platform } from '../../platform/platform.js';
import { registerPhrases } from '../../platform/messages.js';
import { createAnalysisRepo } from './analysis/analysis.repo.js';
import { analysisRoutes } from './analysis/analysis.routes.js';
import { createAnalysisService } from './analysis/analysis.service.js';
import { createReportService } from './analysis/report.service.js';
import { createConsultationRepo } from './core/core.repo.js';
import { coreRoutes } from './core/core.routes.js';
import { createCoreService } from './core/core.service.js';
import { CONSULTATIONS_PHRASES } from './consultations.texts.js';
import { createImportService } from './imports/import.service.js';
import { createStatementRepo } from './moderation/statements.repo.js';
import { moderationRoutes } from './moderation/moderation.routes.js';
import { createModerationService } from './moderation/moderation.service.js';
import { createParticipationRepo } from './participation/participation.repo.js';
import { participationRoutes } from './participation/participation.routes.js';
import { createParticipationService } from './participation/participation.service.js';
import { createPublicParticipationService } from './participation/public.service.js';

/** Published: a Polis export imported as a closed consultation of an organisation (the `import-polis` command). */
export function createPolisImport(platform: Platform) {
  const analysis = createAnalysisService({
    ...platform,
    analysis: createAnalysisRepo(),
    statements: createStatementRepo(),
    handleJobs: false,
  });
  return createImportService({ ...platform, analysis });
}
export type { PolisFiles } from './imports/import.service.js';

export const consultationsModule: AppModule = {
  name: 'consultations',
  register(app, platform) {
    registerPhrases(CONSULTATIONS_PHRASES);
    const consultations = createConsultationRepo();
    const statements = createStatementRepo();
    const participation = createParticipationRepo();
    const analysisRepo = createAnalysisRepo();
    const core = createCoreService({ ...platform, consultations, statements });
    const analysis = createAnalysisService({ ...platform, analysis: analysisRepo, statements });
    coreRoutes(app, core);
    participationRoutes(
      app,
      createParticipationService({ ...platform, core, participation, statements, analysis }),
      createPublicParticipationService({ ...platform, consultations, participation }),
      platform.config.cookieSecure,
    );
    moderationRoutes(app, createModerationService({ ...platform, core, statements, analysis }));
    analysisRoutes(app, createReportService({ ...platform, core, analysis: analysisRepo, analyser: analysis }));
  },
};
