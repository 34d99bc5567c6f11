// The coverage figures are kept per organisation and year (COVERAGE_TABLES), and every way
// their data changes shows on the very next read — through the same instance and through a
// second one on the same database (a balancer's next request): a presence recorded, a member
// leaving, a target set, a cohort made. The read is first made twice, so the second is served
// from the cache and a stale value would be what the next read returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../app.js';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  cachesOn,
  client,
  createSecondInstance,
  createTestContext,
  ENGINE,
  login,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { heldMeeting } from './coverage.test-helpers.js';

describe(`study: coverage figures kept and never stale (${ENGINE})`, () => {
  let ctx: TestContext;
  let b: App & { close(): Promise<void> };
  let fx: Fixture;
  let staff: Client;
  let viaB: Client;
  let class1: Awaited<ReturnType<typeof heldMeeting>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    b = await createSecondInstance(ctx);
    await cachesOn(b.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    class1 = await heldMeeting(ctx, staff, 'training', '委员履职培训班', {
      [fx.members.zhang!]: 'attended',
      [fx.members.wang!]: 'absent',
    });
    ctx.clock.advance(90 * 60_000);
    staff = await login(ctx, 'staff', PASSWORD);
    viaB = client(b);
    Object.assign(viaB.cookies, staff.cookies);
    viaB.csrf = staff.csrf;
  });
  afterAll(async () => {
    await b?.close();
    await ctx?.close();
  });

  /** The figures through A and through B, each read twice (the second from the cache). */
  async function both() {
    const out = [];
    for (const c of [staff, viaB]) {
      await c.get('/api/study/coverage?year=2026');
      const res = await c.get('/api/study/coverage?year=2026');
      expect(res.statusCode, res.body).toBe(200);
      out.push(res.json());
    }
    expect(out[1]).toEqual({ ...out[0], asOf: out[1].asOf });
    return out[0];
  }

  it('runs with the caches on in both instances', () => {
    expect(ctx.platform.changes).not.toBeNull();
    expect(b.platform.changes).not.toBeNull();
  });

  it('shows a recorded presence, a member leaving, a target and a cohort on the next read', async () => {
    const before = await both();
    expect(before.overall.year.trained).toBe(0);

    await class1.record(staff);
    const recorded = await both();
    expect(recorded.overall.year.trained).toBe(1);

    const { version } = (await staff.get(`/api/members/${fx.members.zhang}`)).json();
    const left = await staff.post(`/api/members/${fx.members.zhang}/deactivate`, {
      reason: '工作调动，不再担任委员',
      version,
    });
    expect(left.statusCode, left.body).toBe(200);
    const afterLeaving = await both();
    expect(afterLeaving.overall.year.trained).toBe(0);
    expect(afterLeaving.overall.year.total).toBe(recorded.overall.year.total - 1);

    const target = await staff.put('/api/study/coverage/targets', { year: 2026, all: 95 });
    expect(target.statusCode, target.body).toBe(200);
    expect((await both()).targets.map((t: { percent: number }) => t.percent)).toEqual([95]);

    const cohort = await staff.post('/api/study/coverage/cohorts', {
      year: 2026,
      name: '骨干委员培训名单',
      kind: 'backbone',
      memberIds: [fx.members.wang!],
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    expect((await both()).cohorts.map((c: { name: string; total: number }) => [c.name, c.total])).toEqual([
      ['骨干委员培训名单', 1],
    ]);
  });
});
