// docs/monitoring: the Grafana dashboard is valid, importable JSON and the alert rules valid YAML,
// and every metric either names is one this server exposes (on the engine it is exposed on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createTestContext, ENGINE, type TestContext } from '../../test/harness.js';
import { POSTGRES_ONLY_METRICS } from './metrics.js';

const DOCS = join(import.meta.dirname, '..', '..', '..', 'docs', 'monitoring');
/** Names this server would expose: lvzhi_*, and prom-client's nodejs_* and process_*. */
const OURS = /\b((?:lvzhi|nodejs|process)_[a-z0-9_]+)\b/g;

interface Panel {
  type: string;
  title: string;
  datasource?: unknown;
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: { expr: string; refId: string }[];
}

const namesIn = (exprs: string[]) => new Set(exprs.flatMap((e) => [...e.matchAll(OURS)].map((m) => m[1]!)));

describe(`monitoring files in docs/ (${ENGINE})`, () => {
  let ctx: TestContext;
  let exposed: Set<string>;
  beforeAll(async () => {
    ctx = await createTestContext({ METRICS_TOKEN: 'x'.repeat(32) });
    exposed = new Set();
    for (const m of await ctx.platform.metrics!.registry.getMetricsAsJSON()) {
      exposed.add(m.name);
      const type = String(m.type);
      if (type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) exposed.add(m.name + s);
      if (type === 'summary') for (const s of ['_sum', '_count']) exposed.add(m.name + s);
    }
  });
  afterAll(async () => ctx?.close());

  /** On SQLite the pool metrics are missing by design; the PostgreSQL run checks that they exist. */
  const check = (names: Set<string>) => {
    const unknown = [...names].filter(
      (n) => !exposed.has(n) && !(ENGINE === 'sqlite' && POSTGRES_ONLY_METRICS.includes(n)),
    );
    expect(unknown).toEqual([]);
    if (ENGINE === 'postgres') for (const n of POSTGRES_ONLY_METRICS) expect(exposed.has(n), n).toBe(true);
  };

  it('the dashboard is importable and shows what operators need', () => {
    const dash = JSON.parse(readFileSync(join(DOCS, 'grafana-dashboard.json'), 'utf8'));
    expect(dash.uid).toMatch(/^[a-z0-9-]+$/);
    expect(dash.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(dash.templating.list.map((v: { name: string }) => v.name)).toEqual(['datasource', 'job', 'instance']);
    const panels = dash.panels as Panel[];
    const graphs = panels.filter((p) => p.type !== 'row');
    expect(new Set(panels.map((p) => (p as { id: number } & Panel).id)).size).toBe(panels.length);
    for (const p of graphs) {
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
      expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
    }
    const titles = graphs.map((p) => p.title.toLowerCase()).join(' | ');
    for (const need of [
      'request rate',
      'p95',
      'p99',
      'error',
      'sql statement',
      'pool',
      'job queue',
      'hit ratio',
      'event-loop',
    ])
      expect(titles).toContain(need);
    const exprs = graphs.flatMap((p) => p.targets!.map((t) => t.expr));
    const names = namesIn(exprs);
    expect(names.size).toBeGreaterThanOrEqual(10);
    check(names);
  });

  it('the alert rules are valid and name only exposed metrics', () => {
    const doc = parse(readFileSync(join(DOCS, 'alerts.yml'), 'utf8')) as {
      groups: {
        name: string;
        rules: {
          alert: string;
          expr: string;
          for?: string;
          labels: { severity: string };
          annotations: { summary: string };
        }[];
      }[];
    };
    const rules = doc.groups.flatMap((g) => g.rules);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const r of rules) {
      expect(r.alert, JSON.stringify(r)).toMatch(/^Lvzhi[A-Za-z]+$/);
      expect(['page', 'ticket']).toContain(r.labels.severity);
      expect(r.annotations.summary.length).toBeGreaterThan(10);
      if (r.for !== undefined) expect(r.for).toMatch(/^\d+[smh]$/);
      // Brackets balance: a cheap guard against a rule Prometheus would refuse to load.
      for (const [open, close] of ['()', '[]', '{}'])
        expect(r.expr.split(open!).length, r.alert).toBe(r.expr.split(close!).length);
    }
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
    check(namesIn(rules.map((r) => r.expr)));
  });
});
