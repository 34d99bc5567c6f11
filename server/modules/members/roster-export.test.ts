import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { readSheet } from './roster-sheets.test-helpers.js';

describe(`roster export to Excel (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const exported = async (c: Client, query: string) => {
    const res = await c.get(`/api/members/export${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('委员名册'));
    return readSheet(res.rawPayload);
  };
  const exportAudits = async () =>
    (
      await ctx.platform.db
        .selectFrom('audit_log')
        .select(['detail', 'actor_name'])
        .where('action', '=', 'member.export')
        .orderBy('seq')
        .execute()
    ).map((a) => ({ who: a.actor_name, ...JSON.parse(a.detail!) }));

  it('exports the filtered roster, sorted by pinyin, with phone and ID masked by default', async () => {
    const rows = await exported(staff, '');
    expect(rows.map((r) => r['姓名'])).toEqual(['李晓梅', '王志强', '张建国']);
    expect(rows[2]).toMatchObject({
      姓名: '张建国',
      性别: '男',
      界别: '经济界',
      专委会: '经济委员会',
      委员小组: '经济一组',
      党派: '民建',
      手机号: '138****8001',
      身份证号: '110***********0017',
      是否新任: '否',
      届次: '第十五届',
      状态: '在任',
    });
    const teaching = await exported(staff, `?committeeId=${fx.committees['教科卫体委员会']}&isNew=true`);
    expect(teaching.map((r) => r['姓名'])).toEqual(['李晓梅']);
    expect(await exportAudits()).toEqual([
      { who: '周秘书', filters: {}, count: 3, unmasked: false },
      {
        who: '周秘书',
        filters: { committeeId: fx.committees['教科卫体委员会'], isNew: true },
        count: 1,
        unmasked: false,
      },
    ]);
  });

  it('exports full values only for those who may both export and unmask, and audits that it did', async () => {
    const rows = await exported(staff, `?unmasked=true&sectorId=${fx.sectors['经济界']}`);
    expect(rows).toEqual([
      expect.objectContaining({ 姓名: '张建国', 手机号: '13800138001', 身份证号: '110101198003070017' }),
    ]);
    expect((await exportAudits()).at(-1)).toMatchObject({ count: 1, unmasked: true });

    const leader = await login(ctx, 'leader', PASSWORD);
    expectError(await leader.get('/api/members/export'), 403);
    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    expectError(await member.get('/api/members/export'), 403);
    expect((await exportAudits()).length).toBe(3);
  });

  it('exports a county only to itself, and to the city when it switches there', async () => {
    const county = await login(ctx, 'dongcheng', PASSWORD);
    expect((await exported(county, '')).map((r) => r['姓名'])).toEqual(['赵春华']);
    await staff.post('/api/auth/switch-org', { orgId: fx.countyA });
    expect((await exported(staff, '')).map((r) => r['姓名'])).toEqual(['赵春华']);
    await staff.post('/api/auth/switch-org', { orgId: fx.city });
    const other = await login(ctx, 'xihe', PASSWORD);
    expect(await exported(other, '')).toEqual([]);
  });
});
