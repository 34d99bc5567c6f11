// The routes of the meetings module and its one rule table agree: every route names the rule
// that governs it, every name is a rule the policy has, and every step of the table is
// reachable through some route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { ruleGaps } from '../../test/module-checks.js';
import { meetingRules, RULE_NAMES } from './meetings.policy.js';

describe('meetings policy and routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('names a rule of the policy on every route and reaches every step and ability, each name once', () => {
    const routes = ctx.routes.filter((r) => r.url.startsWith('/api/meeting') && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(5);
    expect(meetingRules.steps.length).toBeGreaterThan(0);
    // "view" governs the reads of one meeting through the visibility check, not a route of its own.
    expect(ruleGaps(routes, RULE_NAMES, ['view'])).toEqual({ unnamed: [], unknown: [], unreached: [], doubled: [] });
  });
});
