// The supervision module's rules: each sub-domain writes the rules of its own steps; this file
// composes the names every route may give as its `config.rule`, and supervision.policy.test.ts
// holds the routes to them.
import { campaignsRuleNames } from './campaigns/index.js';
import { visitsRuleNames } from './visits/index.js';
import { reviewRuleNames } from './review/index.js';
import { inspectionsRuleNames } from './inspections/index.js';
import { problemsRuleNames } from './problems/index.js';

/** Every rule a route of the module may name. */
export const RULE_NAMES: readonly string[] = [
  ...campaignsRuleNames,
  ...visitsRuleNames,
  ...reviewRuleNames,
  ...inspectionsRuleNames,
  ...problemsRuleNames,
];
