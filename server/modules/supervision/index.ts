// Supervision module (民主监督). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   inspections/ inspections (视察): participants, sites, findings, and recommendations routed to
//                handling units, answered and followed to an outcome
// supervision.policy.ts composes the sub-domains' rules into the module's one table of rule names.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { SUPERVISION_PHRASES } from './supervision.texts.js';
import { registerInspections } from './inspections/index.js';

/** Published: a member's inspections of a year (the duty record reads them). */
export { inspectionsOf, type MemberInspection } from './inspections/index.js';

export const supervisionModule: AppModule = {
  name: 'supervision',
  register(app, platform) {
    registerPhrases(SUPERVISION_PHRASES);
    registerInspections(app, platform);
  },
};
