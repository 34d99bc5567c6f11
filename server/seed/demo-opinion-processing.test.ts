// The demo's processing over a small set of opinions (as the intake demo leaves them): the
// office's categories are set up, every opinion is classified, a realistic share is routed and
// answered with written answers, some are kept on record and some still wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../platform/clock.js';
import { seedFixture, type Fixture } from '../test/fixtures.js';
import { createTestContext, ENGINE, type TestContext } from '../test/harness.js';
import { createDriver } from './demo-driver.js';
import { scheduleOpinionProcessing } from './demo-opinion-processing.js';
import { prng } from './prng.js';

const TEXTS = [
  '建议在人民路增设停车位，缓解停车难',
  '老旧小区加装电梯进度慢，希望加快',
  '学校周边交通拥堵，建议错峰放学',
  '乡镇卫生院缺少医生，看病不方便',
  '城东河道有垃圾漂浮，水质变差',
  '建议扶持本地农产品电商发展',
  '社区养老服务站太少，老人吃饭难',
  '幼儿园学位紧张，入园难',
  '夜间施工噪音扰民，影响休息',
  '小微企业融资难，希望简化手续',
];

describe(`demo: processing the activity week's opinions (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('classifies, routes, answers and leaves some pending', async () => {
    const start = Date.parse('2026-05-01T02:00:00Z');
    ctx.clock.set(new Date(start).toISOString());
    const members = [fx.members.zhang!, fx.members.li!, fx.members.wang!, null];
    const at = new Date(start).toISOString();
    // As the intake demo leaves them; every tenth pair a near-duplicate group (as grouping would).
    for (let i = 0; i < 60; i++)
      await ctx.platform.db
        .insertInto('opinions')
        .values({
          org_id: fx.city,
          campaign_id: null,
          channel: members[i % members.length] ? 'member' : 'public',
          member_id: members[i % members.length] ?? null,
          author_name: null,
          contact_enc: null,
          contact_masked: null,
          sector_id: null,
          title: TEXTS[i % TEXTS.length]!,
          body: `${TEXTS[i % TEXTS.length]!}，群众反映强烈，请有关部门研究解决。`,
          place: null,
          category_id: null,
          theme_id: null,
          classified_by: null,
          classified_confidence: null,
          group_id: i % 10 < 2 ? 500 + Math.floor(i / 10) : null,
          closed_reason: null,
          receipt_hash: null,
          created_by: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    const end = start + 120 * DAY;
    const d = await createDriver(ctx.platform, new Date(start - 400 * DAY));
    try {
      const users = await ctx.platform.db.selectFrom('users').select(['id', 'username']).execute();
      await scheduleOpinionProcessing(
        {
          d,
          rnd: prng(1),
          end,
          live: new Map(),
          userIds: new Map(users.map((u) => [u.username, u.id])),
          chairMeetings: new Map(),
          followed: new Set(),
        },
        fx.city,
      );
      await d.run(end);
    } finally {
      await d.close();
    }
    const db = ctx.platform.db;
    const cats = await db.selectFrom('opinion_categories').select(['kind']).where('org_id', '=', fx.city).execute();
    expect(cats.filter((c) => c.kind === 'category').length).toBeGreaterThanOrEqual(6);
    const rows = await db
      .selectFrom('opinions')
      .select(['status', 'classified_by'])
      .where('org_id', '=', fx.city)
      .execute();
    const by = (s: string) => rows.filter((r) => r.status === s).length;
    expect(rows.every((r) => r.classified_by !== null)).toBe(true);
    expect(by('answered')).toBeGreaterThan(10);
    expect(by('routed')).toBeGreaterThan(0);
    expect(by('closed')).toBeGreaterThan(0);
    const answers = await db
      .selectFrom('opinion_routes')
      .select(['answer', 'kind'])
      .where('status', '=', 'answered')
      .execute();
    expect(new Set(answers.map((a) => a.answer)).size).toBeGreaterThan(3);
    expect(answers.some((a) => a.kind === 'unit')).toBe(true);
  }, 120_000);
});
