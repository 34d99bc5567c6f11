// Study, training and party building module (学习培训与党建). One folder per sub-domain, each
// with the same roles (docs/ARCHITECTURE.md):
//   plan/      the annual study plan: items by study kind, the sessions (meetings) that carry them out
//   materials/ documents, articles and videos assigned to members, reading records and reflections
//   record/    a member's learning record for a year (sessions attended, materials read, hours), beside materials
//   exchange/  the party group's monthly learning exchange: each attendee's account per month
//   coverage/  training coverage computed from attendance (targets, cohorts, the unreached), a member's learning record
//   party/     party building: the three responsibility lists, the party organisation chain, liaisons and coverage
// study.policy.ts composes the sub-domains' rules into the module's one table of rule names.
// Attendance is never typed here: it is the meetings module's `attendanceOf`.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { STUDY_PHRASES } from './study.texts.js';
import { registerPlan } from './plan/index.js';
import { registerExchange } from './exchange/index.js';
import { registerMaterials } from './materials/index.js';
import { registerRecord } from './record/index.js';
import { registerCoverage } from './coverage/index.js';
import { registerParty } from './party/index.js';

export const studyModule: AppModule = {
  name: 'study',
  register(app, platform) {
    registerPhrases(STUDY_PHRASES);
    registerPlan(app, platform);
    registerExchange(app, platform);
    registerMaterials(app, platform);
    registerRecord(app, platform);
    registerCoverage(app, platform);
    registerParty(app, platform);
  },
};
