// The consultations module's rules: core/core.policy.ts holds the rulebook of one consultation's
// steps and the abilities over the collection; this file composes the names every route may give
// as its `config.rule` (consultations.policy.test.ts holds the routes to them).
import { CONSULTATION_RULES, consultationAccess } from './core/core.policy.js';
import { PUBLIC_RULE } from './participation/participation.routes.js';

/** Every rule a route of the module may name. */
export const RULE_NAMES: readonly string[] = [
  ...Object.keys(CONSULTATION_RULES),
  ...consultationAccess.names,
  PUBLIC_RULE,
];
