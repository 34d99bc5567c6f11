// Opinions module (意见建议与社情民意). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   campaigns/  the sector activity week (界别活动周): theme, organisations, participants, events, the public link
//   intake/     opinions as received: members on the phone, the office's paper forms, the public form
//   groups/     near-duplicate groups found by the platform's similarity engine, with the office's corrections
//   processing/ classification (rules and the fitted classifier), routing (department, proposal,
//               社情民意 report), answers returned to submitters, the dashboard
//   reports/    社情民意 reports: submission, editing with versions, adoption, bulletin issues,
//               forwarding and leaders' instructions (批示)
// opinions.policy.ts composes the sub-domains' rules into the module's one table of rule names.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { OPINIONS_PHRASES } from './opinions.texts.js';
import { registerCampaigns } from './campaigns/index.js';
import { registerIntake } from './intake/index.js';
import { registerGroups } from './groups/index.js';

// The demo seeding groups the demo's opinions once they exist.
export { groupDemoOpinions } from './groups/index.js';
import { registerProcessing } from './processing/index.js';
import { registerReports } from './reports/index.js';

/** Published: a member's 社情民意 reports of a year, adopted, published and instructed (the duty record reads them). */
export { reportCountsOf, type MemberReportCounts } from './reports/index.js';
/** Published: an organisation's 社情民意 reports by id or year (the work plan's themes and their coverage). */
export { opinionReportsOf } from './reports/index.js';

export const opinionsModule: AppModule = {
  name: 'opinions',
  register(app, platform) {
    registerPhrases(OPINIONS_PHRASES);
    registerCampaigns(app, platform);
    registerIntake(app, platform);
    registerGroups(app, platform);
    registerProcessing(app, platform);
    registerReports(app, platform);
  },
};
