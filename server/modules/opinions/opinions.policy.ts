// The opinions module's rules: each sub-domain writes the rules of its own steps (a rulebook
// for what acts on one record, abilities for reads of a collection); this file composes the
// names every route may give as its `config.rule`, and opinions.policy.test.ts holds the
// routes to them.
import { campaignsRuleNames } from './campaigns/index.js';
import { intakeRuleNames } from './intake/index.js';
import { groupsRuleNames } from './groups/index.js';
import { processingPublicRuleNames, processingRuleNames } from './processing/index.js';
import { reportsRuleNames } from './reports/index.js';

/** Every rule a route of the module may name. */
export const RULE_NAMES: readonly string[] = [
  ...campaignsRuleNames,
  ...intakeRuleNames,
  ...groupsRuleNames,
  ...processingRuleNames,
  ...processingPublicRuleNames,
  ...reportsRuleNames,
];
