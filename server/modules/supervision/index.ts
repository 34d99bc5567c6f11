// Democratic supervision module (民主监督). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   campaigns/  evaluation campaigns (民主评议): criteria, objects (parks, departments, projects,
//               service windows), participants and teams
// supervision.policy.ts composes the sub-domains' rules into the module's one table of rule names.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { registerEvalCampaigns } from './campaigns/index.js';
import { SUPERVISION_PHRASES } from './supervision.texts.js';

export const supervisionModule: AppModule = {
  name: 'supervision',
  register(app, platform) {
    registerPhrases(SUPERVISION_PHRASES);
    registerEvalCampaigns(app, platform);
  },
};
