// Democratic supervision module (民主监督). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   campaigns/  evaluation campaigns (民主评议): criteria, objects (parks, departments, projects,
//               service windows), participants and teams
//   assignment/ who visits what: the rules, the office's adjustments, a member's route order
//   visits/     field visits captured on phones: scores, interview, photos and their evidence
//   review/     figures per object (score, spread, criteria), ranking, the office's reviews and album photos
//   photos/     field photos drawn for the project (demo, tests, benches), with the EXIF a phone writes
//   album/      the illustrated album (图册) as .docx, streamed with bounded memory
//   inspections/ inspections (视察): participants, sites, findings, and recommendations routed to
//                handling units, answered and followed to an outcome
//   problems/   problems found in a campaign, routed to handling units and followed to done
//   follow-up/  what recommendations and problems share: states, rules, the overdue scan
// supervision.policy.ts composes the sub-domains' rules into the module's one table of rule names.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { registerEvalCampaigns } from './campaigns/index.js';
import { registerVisits } from './visits/index.js';
import { registerAssignment } from './assignment/index.js';
import { registerReview } from './review/index.js';
import { registerInspections } from './inspections/index.js';
import { registerProblems, type ProblemService } from './problems/index.js';
import { SUPERVISION_PHRASES } from './supervision.texts.js';

export const supervisionModule: AppModule = {
  name: 'supervision',
  register(app, platform) {
    registerPhrases(SUPERVISION_PHRASES);
    registerEvalCampaigns(app, platform);
    registerAssignment(app, platform);
    // Units read the album photos of the objects their problems are on (asked when a photo is
    // read, by then problems/ is registered).
    const late: { problems?: ProblemService } = {};
    registerVisits(
      app,
      platform,
      (actor, visitId) => late.problems?.unitSeesVisitPhotos(actor, visitId) ?? Promise.resolve(false),
    );
    registerReview(app, platform);
    registerInspections(app, platform);
    late.problems = registerProblems(app, platform);
  },
};

/** Field photos drawn for the project (the demo, the tests and the benches use them). */
export {
  drawFieldPhoto,
  fieldPhotoFixture,
  FIELD_SCENES,
  type FieldScene,
  type FieldPhotoOptions,
} from './photos/index.js';

/** Published: a member's inspections of a year (the duty record reads them). */
export { inspectionsOf, type MemberInspection } from './inspections/index.js';
