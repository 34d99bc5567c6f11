// The routes of the consultations module and its rules agree: every route names the rule that
// governs it, every name is a rule of the policy, and every rule is reachable through some route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { ruleGaps } from '../../test/module-checks.js';
import { RULE_NAMES } from './consultations.policy.js';

describe('consultations policy and routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('names a rule of the policy on every route and reaches every rule, each name once', () => {
    const routes = ctx.routes.filter(
      (r) =>
        (r.url.startsWith('/api/consultation') || r.url.startsWith('/api/public/consultations')) && r.method !== 'HEAD',
    );
    expect(routes.length).toBeGreaterThan(5);
    expect(ruleGaps(routes, RULE_NAMES)).toEqual({ unnamed: [], unknown: [], unreached: [], doubled: [] });
  });
});
