// The one rule table of the proposal lifecycle: for every step, who may take it and in which
// state (each sub-domain writes the rules of its own steps). `authorize` enforces a rule
// (403 for who, 409 for when) and `allowedActions` offers the same rules to the UI with
// every proposal, so the buttons shown are the requests the server accepts. The order is
// the order of the allowed actions.
import type { Actor } from '../../platform/access/actor.js';
import { rulebook } from '../../platform/access/rulebook.js';
import { coreAccess, CORE_RULES, type Relation } from './core/proposals.policy.js';
import type { ProposalRow } from './core/proposals.repo.js';
import { commitmentRules, handlingAccess, HANDLING_RULES } from './handling/handling.policy.js';
import { homeAccess } from './home/home.policy.js';
import { keyAccess, KEY_RULES } from './key/key.policy.js';
import { reportingAccess } from './reporting/reporting.policy.js';
import { settingsAccess } from './settings/settings.policy.js';
import { SIMILARITY_RULES } from './similarity/similarity.policy.js';

const RULES = { ...CORE_RULES, ...KEY_RULES, ...HANDLING_RULES, ...SIMILARITY_RULES };

export type ProposalStep = keyof typeof RULES;

export const proposalRules = rulebook<ProposalRow, Relation, ProposalStep>(RULES);

/** A 403 when the actor may never take the step, a 409 when the proposal is not ready for it. */
export function authorize(actor: Actor, step: ProposalStep, p: ProposalRow, rel: Relation): void {
  proposalRules.authorize(actor, step, p, rel);
}

export function allowedActions(actor: Actor, p: ProposalRow, rel: Relation): string[] {
  return proposalRules.allowed(actor, p, rel);
}

/**
 * Every rule a route of the module may name (`config: { rule }`): the proposal's steps, a
 * commitment's steps, what may be done with proposals as a whole, "view" for the reads of
 * one proposal (or of settings) that only need its visibility, and "public" for the public page. proposals.policy.test.ts holds the routes to it.
 */
export const RULE_NAMES: readonly string[] = [
  ...proposalRules.steps,
  ...commitmentRules.steps.map((s) => `commitment.${s}`),
  ...[coreAccess, handlingAccess, keyAccess, reportingAccess, settingsAccess, homeAccess].flatMap((t) => t.names),
  'view',
  'public',
];
