// The routes of the study module and its rules agree: every route names the rule that governs
// it, every name is a rule of the policy, and every rule is reachable through some route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { RULE_NAMES } from './study.policy.js';

const isStudyRoute = (url: string) => url.startsWith('/api/study');

describe('study policy and routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  const routes = () => ctx.routes.filter((r) => isStudyRoute(r.url) && r.method !== 'HEAD');
  const rulesOf = (rule: string | readonly string[] | undefined) => (rule === undefined ? [] : [rule].flat());

  it('names a rule of the policy on every route', () => {
    expect(routes().length).toBeGreaterThan(5);
    expect(
      routes()
        .filter((r) => rulesOf(r.config.rule).length === 0)
        .map((r) => `${r.method} ${r.url}`),
    ).toEqual([]);
    const unknown = routes().flatMap((r) =>
      rulesOf(r.config.rule)
        .filter((name) => !RULE_NAMES.includes(name))
        .map((name) => `${r.method} ${r.url}: ${name}`),
    );
    expect(unknown, 'rules named by routes that the policy does not have').toEqual([]);
  });

  it('reaches every rule through a route, each name once', () => {
    const named = new Set(routes().flatMap((r) => rulesOf(r.config.rule)));
    expect(RULE_NAMES.filter((s) => !named.has(s))).toEqual([]);
    expect(RULE_NAMES.filter((n, i) => RULE_NAMES.indexOf(n) !== i)).toEqual([]);
  });
});
