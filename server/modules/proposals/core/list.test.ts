import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, login, type Client, type TestContext } from '../../../test/harness.js';
import { createListRepo } from './list.repo.js';
import { listQuery } from './proposals.schema.js';
import { submitted } from './proposals.test-helpers.js';

describe(`proposals: a search walked in list order finds what the index finds (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    member = await login(ctx, 'zhangjianguo', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  it('gives the same pages and total whether the matches are fetched or probed one by one', async () => {
    const reasons = '群众反映强烈，相关部门职责交叉，长期没有得到解决，影响居民日常生活和安全。';
    const suggestions = '建议由主管部门牵头制定工作方案，明确时间表和责任单位，并向社会公开进展情况。';
    const titles = [
      '关于加快老旧小区电梯加装的建议',
      '关于规范电动自行车停放充电的建议',
      '关于老旧小区电梯维保资金的建议',
      '关于发展社区托育服务的建议',
      '关于电梯应急救援平台建设的建议',
    ];
    const ids = [];
    for (const title of titles) ids.push((await submitted(member, { title, reasons, suggestions })).id);
    const indexed = createListRepo();
    const probed = createListRepo({ probeWhen: () => true });
    const scope = { kind: 'org', orgId: fx.city } as const;
    for (const [q, page] of [
      ['电梯', 1],
      ['电梯', 2],
      ['老旧小区 电梯', 1],
      ['托育', 1],
      ['地铁', 1],
    ] as const) {
      const f = listQuery.parse({ q, page: String(page), pageSize: '2' });
      const a = await indexed.list(ctx.platform.db, scope, f, '2026-11-29');
      const b = await probed.list(ctx.platform.db, scope, f, '2026-11-29');
      expect(b, `${q} page ${page}`).toEqual(a);
    }
    const all = await probed.list(ctx.platform.db, scope, listQuery.parse({ q: '电梯', pageSize: '20' }), '2026-11-29');
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.id).sort()).toEqual([ids[0], ids[2], ids[4]].sort());
  });
});
