// The routes of the proposals module and its one rule table agree: every route names the
// rule that governs it, every name is a rule the policy has, and every step of the table is
// reachable through some route. A step added to the routes without a rule fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { ruleGaps } from '../../test/module-checks.js';
import { CORE_RULES } from './core/proposals.policy.js';
import { commitmentRules, HANDLING_RULES } from './handling/handling.policy.js';
import { KEY_RULES } from './key/key.policy.js';
import { SIMILARITY_RULES } from './similarity/similarity.policy.js';
import { proposalRules, RULE_NAMES } from './proposals.policy.js';

const isProposalRoute = (url: string) => url.startsWith('/api/proposals') || url.startsWith('/api/public/proposals');

describe('proposals policy and routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  const routes = () => ctx.routes.filter((r) => isProposalRoute(r.url) && r.method !== 'HEAD');
  const rulesOf = (rule: string | readonly string[] | undefined) => (rule === undefined ? [] : [rule].flat());

  it('has routes to check', () => {
    expect(routes().length).toBeGreaterThan(50);
  });

  it('names a rule of the policy on every route', () => {
    const gaps = ruleGaps(routes(), RULE_NAMES);
    expect(gaps.unnamed, 'routes without config.rule').toEqual([]);
    expect(gaps.unknown, 'rules named by routes that the policy does not have').toEqual([]);
  });

  it('reaches every step of the rule table through a route', () => {
    const named = new Set(routes().flatMap((r) => rulesOf(r.config.rule)));
    const steps = [...proposalRules.steps, ...commitmentRules.steps.map((s) => `commitment.${s}`)];
    expect(
      steps.filter((s) => !named.has(s)),
      'rules no route is governed by',
    ).toEqual([]);
  });

  it('gives every rule a name of its own (two tables using one name would make a route ambiguous)', () => {
    expect(ruleGaps(routes(), RULE_NAMES).doubled).toEqual([]);
    const perTable = [CORE_RULES, KEY_RULES, HANDLING_RULES, SIMILARITY_RULES].flatMap((t) => Object.keys(t));
    expect(perTable.length, 'a step named in two sub-domains').toBe(proposalRules.steps.length);
  });
});
