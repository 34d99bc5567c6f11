// The bench's machine references run on a real database of either engine (a few submitted
// proposals: the index and the vectors the app wrote), and each case's ratio to its reference
// and the comparison with a recorded run read the right way round.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitted } from '../../server/modules/proposals/core/proposals.test-helpers.js';
import { PASSWORD, seedFixture, type Fixture } from '../../server/test/fixtures.js';
import { createTestContext, ENGINE, login, type TestContext } from '../../server/test/harness.js';
import type { Manifest } from '../generate/dataset.js';
import { compareWithBaseline, type RecordedRun } from './baseline.js';
import type { CaseResult } from './driver.js';
import { measureReferences, type References } from './references.js';
import { ratioToReference } from './report.js';

describe(`bench machine references (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    dir = mkdtempSync(join(tmpdir(), 'lvzhi-refs-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx?.close();
  });

  it('measures fsync, a bare insert transaction, the search of (d) and the scoring of (e)', async () => {
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    for (const title of [
      '关于加快老旧小区加装电梯的建议',
      '关于规范停车位收费管理的建议',
      '关于发展居家养老服务的建议',
    ])
      await submitted(member, { title });
    const drafts = [
      { originalId: 1, orgId: fx.city, title: '加装电梯', reasons: '老旧小区加装电梯', suggestions: '补贴' },
    ];
    writeFileSync(join(dir, 'held-out.json'), JSON.stringify(drafts));
    const manifest = { heldOut: 'held-out.json', accounts: { topOrgId: fx.city } } as unknown as Manifest;
    const database =
      ctx.config.database.kind === 'sqlite'
        ? { kind: 'sqlite' as const, file: ctx.config.database.file }
        : { kind: 'postgres' as const, url: ctx.config.database.url, poolSize: 1 };
    const refs = await measureReferences(manifest, { env: { DATA_DIR: ctx.dataDir }, database }, dir, 50);
    expect(refs.engine).toBe(ENGINE);
    for (const t of [refs.fsync, refs.insertTransaction, refs.fullText, refs.bruteForce]) {
      expect(t.count).toBeGreaterThan(0);
      expect(t.perSecond).toBeGreaterThan(0);
      expect(t.p99Ms).toBeGreaterThanOrEqual(t.p50Ms);
    }
    expect(refs.fullText.searches).toBe(26);
    // The words are asked as the app asks them: 电梯 and 养老 find the proposals above.
    expect(refs.fullText.matches).toBeGreaterThanOrEqual(2);
    expect(refs.bruteForce.vectors).toBe(3);
    expect(refs.insertTransaction.rows).toBe(20);
  });

  const refs = {
    engine: 'sqlite',
    fsync: { count: 1, perSecond: 400, p50Ms: 2, p99Ms: 4, dir: '.' },
    insertTransaction: { count: 1, perSecond: 300, p50Ms: 3, p99Ms: 5, rows: 20 },
    fullText: { count: 1, perSecond: 2000, p50Ms: 0.2, p99Ms: 2, searches: 26, matches: 9000 },
    bruteForce: { count: 1, perSecond: 50, p50Ms: 20, p99Ms: 25, drafts: 200, vectors: 5000 },
    seconds: 4,
  } satisfies References;
  const result = (key: CaseResult['key'], requestsPerSecond: number, p99: number): CaseResult => ({
    key,
    name: key,
    requestsPerSecond,
    operationsPerSecond: requestsPerSecond,
    p50: p99 / 2,
    p99,
    requests: 100,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    loadBefore: '',
    loadAfter: '',
  });

  it('divides each case by its reference, and flags only a ratio that got worse by more than a quarter', () => {
    expect(ratioToReference(result('b', 5000, 10), 10_000, refs)).toMatchObject({ ratio: 0.5, higherIsBetter: true });
    expect(ratioToReference(result('d', 700, 40), 10_000, refs)).toMatchObject({ ratio: 20, higherIsBetter: false });
    expect(ratioToReference(result('e', 300, 90), 10_000, refs)).toMatchObject({ ratio: 4.5 });
    expect(ratioToReference(result('g', 900, 30), 10_000, refs)).toMatchObject({ ratio: 3 });
    expect(ratioToReference(result('a', 10_000, 2), 10_000, refs)).toBeNull();
    expect(ratioToReference(result('d', 700, 40), 10_000, null)).toBeNull();

    const recorded: RecordedRun = {
      commit: 'abc1234',
      date: '2026-12-01T00:00:00Z',
      references: refs,
      cases: [
        { key: 'b', ratioToReference: ratioToReference(result('b', 5000, 10), 10_000, refs) },
        { key: 'd', ratioToReference: ratioToReference(result('d', 700, 40), 10_000, refs) },
        { key: 'g', ratioToReference: ratioToReference(result('g', 900, 30), 10_000, refs) },
      ],
    };
    // A machine half as fast everywhere: the figures halve (or double), the ratios do not move.
    const slow: References = {
      ...refs,
      fullText: { ...refs.fullText, p99Ms: 4 },
      insertTransaction: { ...refs.insertTransaction, perSecond: 150 },
    };
    const same = compareWithBaseline('recorded.json', recorded, slow, [
      { key: 'b', ratio: ratioToReference(result('b', 2500, 20), 5000, slow) },
      { key: 'd', ratio: ratioToReference(result('d', 350, 80), 5000, slow) },
      { key: 'g', ratio: ratioToReference(result('g', 450, 60), 5000, slow) },
    ]);
    expect(same.regressions).toEqual([]);
    // The same machine, (d) twice as slow and (g) a third slower: regressions; (b) better is not one.
    const worse = compareWithBaseline('recorded.json', recorded, refs, [
      { key: 'b', ratio: ratioToReference(result('b', 6000, 10), 10_000, refs) },
      { key: 'd', ratio: ratioToReference(result('d', 350, 80), 10_000, refs) },
      { key: 'g', ratio: ratioToReference(result('g', 600, 30), 10_000, refs) },
    ]);
    expect(worse.regressions).toEqual(['d', 'g']);
    expect(worse.lines.join('\n')).toContain('REGRESSION?');
  });
});
