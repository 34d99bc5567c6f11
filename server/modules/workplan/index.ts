// Work-plan module (工作要点与"四共同"). One folder per sub-domain, each with the same roles
// (docs/ARCHITECTURE.md):
//   priorities/       the year's work priorities, their items and what carries them out; monthly plans and their Word report
//   topics/           "four jointly" topics: proposed, jointly set, researched, consulted on, implemented (stage rules in topics.model.ts)
//   recommendations/  research reports with SMART recommendations sent to departments, answered, followed to done; the overdue scan
//   themes/           strategic themes as data, the work that carries each, the year's coverage
//   leaders/          leader engagement: visits against targets, instructions on reports, requests for opinions
// workplan.policy.ts composes the sub-domains' rules into the module's one table of rule names.
import type { AppModule } from '../../platform/module.js';
import { registerPhrases } from '../../platform/messages.js';
import { WORKPLAN_PHRASES } from './workplan.texts.js';
import { registerPriorities } from './priorities/index.js';
import { registerTopics } from './topics/index.js';
import { registerRecommendations } from './recommendations/index.js';
import { registerThemes } from './themes/index.js';
import { registerLeaders } from './leaders/index.js';

export const workplanModule: AppModule = {
  name: 'workplan',
  register(app, platform) {
    registerPhrases(WORKPLAN_PHRASES);
    registerPriorities(app, platform);
    registerTopics(app, platform);
    registerRecommendations(app, platform);
    registerThemes(app, platform);
    registerLeaders(app, platform);
  },
};
