// The work-plan module's rules: each sub-domain writes the rules of its own steps (a rulebook
// for what acts on one record, abilities for reads of a collection); this file composes the
// names every route may give as its `config.rule`, and workplan.policy.test.ts holds the routes
// to them.
import { prioritiesRuleNames } from './priorities/index.js';
import { topicsRuleNames } from './topics/index.js';
import { recommendationsRuleNames } from './recommendations/index.js';
import { themesRuleNames } from './themes/index.js';
import { leadersRuleNames } from './leaders/index.js';

/** Every rule a route of the module may name. */
export const RULE_NAMES: readonly string[] = [
  ...prioritiesRuleNames,
  ...topicsRuleNames,
  ...recommendationsRuleNames,
  ...themesRuleNames,
  ...leadersRuleNames,
];
