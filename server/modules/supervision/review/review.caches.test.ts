// The review's figures are kept per campaign (review.caches.ts) and must be exactly what a fresh
// count from the rows gives after every kind of change: a visit sent, a review written, a
// visit's scores edited and a visit removed (no route edits or removes one; a data fix in the
// database would, and the cache must not outlive it). Each read is made twice through two
// instances on the same database (a balancer's next request), so the second read of each is
// served from its cache, and compared with the figures counted without any cache.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../app.js';
import { readCacheCounts } from '../../../platform/read-cache.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import {
  cachesOn,
  client,
  createSecondInstance,
  createTestContext,
  ENGINE,
  type Client,
  type TestContext,
} from '../../../test/harness.js';
import { createCampaignRepo } from '../campaigns/index.js';
import { draftCampaign, signIn } from '../campaigns/campaigns.test-helpers.js';
import { createReviewRepo } from './review.repo.js';
import { createReviewService } from './review.service.js';

const PARKS = [
  { name: '江滩湿地公园', district: '江临区' },
  { name: '老城墙遗址公园', district: '南湖区' },
  { name: '东湖绿道驿站', district: '西山区' },
];

describe(`supervision: review figures kept and never stale (${ENGINE})`, () => {
  let ctx: TestContext;
  let b: App & { close(): Promise<void> };
  let fx: Fixture;
  let c: Record<'staff' | 'zhang' | 'li', Client>;
  let viaB: Client;
  let id: number;
  let objects: number[];
  let criteria: { id: number }[];
  /** The same service with no read cache: what every read must equal. */
  let uncached: ReturnType<typeof createReviewService>;

  const visit = async (who: Client, objectId: number, scores: number[]) => {
    const res = await who.post('/api/supervision/visits', {
      clientId: randomUUID(),
      campaignId: id,
      objectId,
      visitedAt: '2026-05-12T03:00:00Z',
      interviewee: '晨练的老人',
      interviewNotes: '步道有几处积水，希望雨季前修好。',
      scores: criteria.map((x, i) => ({ criterionId: x.id, score: scores[i] })),
      comment: '绿化不错，排水要改。',
      photoIds: [],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };

  /** The review through A and B, each read twice, checked against a count without cache. */
  async function served() {
    const out = [];
    for (const who of [c.staff, viaB]) {
      await who.get(`/api/supervision/campaigns/${id}/review`);
      const res = await who.get(`/api/supervision/campaigns/${id}/review`);
      expect(res.statusCode, res.body).toBe(200);
      out.push(res.json());
    }
    expect(out[1]).toEqual(out[0]);
    const fresh = await uncached.figures(ctx.platform.db, id);
    expect(out[0].objects).toEqual(JSON.parse(JSON.stringify(fresh.rows)));
    return out[0];
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-05-20T02:00:00Z');
    b = await createSecondInstance(ctx);
    await cachesOn(ctx.platform);
    await cachesOn(b.platform);
    c = await signIn(ctx, { staff: 'staff', zhang: 'zhangjianguo', li: 'lixiaomei' });
    viaB = client(b);
    Object.assign(viaB.cookies, c.staff.cookies);
    viaB.csrf = c.staff.csrf;
    id = await draftCampaign(c.staff, PARKS, [fx.members.zhang!, fx.members.li!]);
    criteria = (await c.staff.get(`/api/supervision/campaigns/${id}`)).json().criteria;
    objects = ((await c.staff.get(`/api/supervision/campaigns/${id}/objects`)).json() as { id: number }[]).map(
      (o) => o.id,
    );
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/assign`)).statusCode).toBe(200);
    expect((await c.staff.post(`/api/supervision/campaigns/${id}/open`)).statusCode).toBe(200);
    uncached = createReviewService({
      ...ctx.platform,
      changes: null,
      campaigns: createCampaignRepo(),
      reviews: createReviewRepo(),
    });
  });
  afterAll(async () => {
    await b?.close();
    await ctx?.close();
  });

  it('runs with the caches on in both instances', () => {
    expect(ctx.platform.changes).not.toBeNull();
    expect(b.platform.changes).not.toBeNull();
  });

  it('shows visits sent, a review written, scores edited and a visit removed on the next read', async () => {
    const empty = await served();
    expect(empty.totals).toMatchObject({ visited: 0, visits: 0, reviewed: 0 });

    await visit(c.zhang, objects[0]!, [9, 9, 9, 9]);
    const second = await visit(c.li, objects[0]!, [7, 7, 7, 7]);
    await visit(c.zhang, objects[1]!, [6, 6, 6, 6]);
    const visited = await served();
    expect(visited.totals).toMatchObject({ visited: 2, visits: 3, members: 2 });
    expect(visited.objects.map((o: { score: number | null }) => o.score)).toEqual([80, 60, null]);

    const put = await c.staff.put(`/api/supervision/campaigns/${id}/objects/${objects[1]}/review`, {
      text: '老城墙遗址公园步道积水明显，排水改造应列入今年计划。',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await served()).totals.reviewed).toBe(1);

    // A data fix corrects one visit's scores in the database: its weighted score and a criterion.
    await ctx.platform.db.updateTable('supervision_visits').set({ score: 90 }).where('id', '=', second).execute();
    await ctx.platform.db
      .updateTable('supervision_visit_scores')
      .set({ score: 9 })
      .where('visit_id', '=', second)
      .execute();
    const edited = await served();
    expect(edited.objects[0]).toMatchObject({ score: 90, spread: 0 });

    // Another removes it (scores first, as the foreign keys want).
    await ctx.platform.db.deleteFrom('supervision_visit_scores').where('visit_id', '=', second).execute();
    await ctx.platform.db.deleteFrom('supervision_visits').where('id', '=', second).execute();
    const removed = await served();
    expect(removed.totals).toMatchObject({ visited: 2, visits: 2, members: 1 });
    expect(removed.objects[0]).toMatchObject({ score: 90, visits: 1 });
    // The second read of each pair was the cache's (five pairs through each instance).
    expect(readCacheCounts().get('supervision.review')!.hits).toBeGreaterThanOrEqual(10);
  });
});
