// The study module's rules: each sub-domain writes the rules of its own steps (a rulebook for
// what acts on one record, abilities for reads of a collection); this file composes the names
// every route may give as its `config.rule`, and study.policy.test.ts holds the routes to them.
import { materialRules, materialsAccess } from './materials/index.js';
import { recordAccess } from './record/index.js';
import { partyAccess } from './party/party.policy.js';
import { planAccess, planItemRules } from './plan/plan.policy.js';
import { exchangeAccess, exchangeRules } from './exchange/exchange.policy.js';
import { coverageAccess } from './coverage/coverage.policy.js';

/** Every rule a route of the module may name. */
export const RULE_NAMES: readonly string[] = [
  // plan/: the steps on one item, and the plan as a whole.
  ...planItemRules.steps,
  ...planAccess.names,
  // exchange/: a month's writing and reminder, and the exchange as a whole.
  ...exchangeRules.steps,
  ...exchangeAccess.names,
  // materials/ and record/: the steps on one material, the materials as a whole, the learning record.
  ...materialRules.steps,
  ...materialsAccess.names,
  ...recordAccess.names,
  // coverage/: the figures, their people, targets, cohorts and exports.
  ...coverageAccess.names,
  // party/: the lists, the party organisations, liaisons and coverage.
  ...partyAccess.names,
];
