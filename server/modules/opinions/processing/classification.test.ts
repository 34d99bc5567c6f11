// Classification through the API: the office's categories and keywords, rules first, the
// classifier fitted on the organisation's own classified opinions with its confidence, the
// office's corrections feeding the next fit, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { insertCategories, insertOpinion, signIn } from './processing.test-helpers.js';

describe(`opinions: classification (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<'staff' | 'leader' | 'member' | 'county' | 'unit', Client>;
  let cat: Record<string, number>;
  let theme: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    c = await signIn(ctx, {
      staff: 'staff',
      leader: 'leader',
      member: 'zhangjianguo',
      county: 'dongcheng',
      unit: 'jiaoyuju',
    });
    cat = await insertCategories(ctx.platform, fx.city, 'category', {
      城乡建设: ['道路', '路面', '小区'],
      教育: ['学校', '教师', '幼儿园'],
      医疗卫生: ['医院', '医生', '卫生院'],
      民生保障: [],
    });
    theme = await insertCategories(ctx.platform, fx.city, 'theme', {
      交通出行: ['公交', '道路'],
      一老一小: ['养老', '幼儿园'],
    });
  });
  afterAll(async () => ctx?.close());

  const add = (title: string, orgId = fx.city) => insertOpinion(ctx.platform, { orgId, title });
  const classification = async (id: number) => {
    const res = await c.staff.post(`/api/opinions/${id}/classify`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('lets the office keep its categories, themes and keywords', async () => {
    const made = await c.staff.post('/api/opinions/categories', {
      kind: 'category',
      name: '生态环境',
      keywords: [' 河道 ', '污染', '河道'],
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ name: '生态环境', keywords: ['河道', '污染'], active: true, opinions: 0 });
    expectError(
      await c.staff.post('/api/opinions/categories', { kind: 'category', name: '教育', keywords: [] }),
      409,
      'CATEGORY_EXISTS',
    );
    const edited = await c.staff.patch(`/api/opinions/categories/${made.json().id}`, {
      keywords: ['河道', '污染', '垃圾'],
    });
    expect(edited.json().keywords).toEqual(['河道', '污染', '垃圾']);
    // Nothing to change (an unknown field is dropped): a 400, not an UPDATE without a column.
    expectError(await c.staff.patch(`/api/opinions/categories/${made.json().id}`, { a: '\ud800' }), 400);
    expectError(await c.county.patch(`/api/opinions/categories/${cat['教育']}`, { name: '改名' }), 404);
    expectError(await c.leader.patch(`/api/opinions/categories/${cat['教育']}`, { name: '改名' }), 403);
    expectError(await c.member.get('/api/opinions/categories'), 403);
    const list = (await c.leader.get('/api/opinions/categories')).json();
    expect(list.filter((x: { kind: string }) => x.kind === 'theme').map((x: { name: string }) => x.name)).toEqual([
      '交通出行',
      '一老一小',
    ]);
  });

  it('classifies by keyword rule first, then by the model fitted on classified opinions, with confidence', async () => {
    const labelled = [
      '人民路路面破损严重，雨天积水',
      '建议修缮老旧小区的道路和下水道',
      '城区学校大班额，教师不足',
      '乡村教师待遇低，学校留不住人',
      '县医院看病排队时间长，医生太少',
      '乡镇卫生院缺医少药',
    ];
    const ids = await Promise.all(labelled.map((t) => add(t)));
    const batch = await c.staff.post('/api/opinions/classify', {});
    expect(batch.statusCode, batch.body).toBe(200);
    expect(batch.json()).toMatchObject({ byRule: 6, classified: 6 });
    expect((await classification(ids[0]!)).categoryId).toBe(cat['城乡建设']);
    // No keyword: the model reads the words it shares with the labelled ones.
    const noKeyword = await add('看病难，专家号挂不上，排队时间太长');
    const got = await classification(noKeyword);
    expect(got).toMatchObject({ categoryId: cat['医疗卫生'], classifiedBy: 'model' });
    expect(got.confidence).toBeGreaterThan(0.5);
    expect(got.confidence).toBeLessThanOrEqual(1);
  });

  it("learns from the office's corrections: a similar new opinion is classified as corrected", async () => {
    const parking = [
      '居民停车难，车辆只能乱停乱放',
      '停车位严重不足，晚上回家找不到停车位',
      '建议新建停车场，缓解停车难',
    ];
    const before = await add('老城区停车难问题突出，希望增加停车位');
    // 民生保障 has no example yet: the model cannot say it.
    expect((await classification(before)).categoryId).not.toBe(cat['民生保障']);
    for (const t of parking) {
      const id = await add(t);
      const fixed = await c.staff.put(`/api/opinions/${id}/classification`, {
        categoryId: cat['民生保障'],
        themeId: theme['交通出行'],
      });
      expect(fixed.statusCode, fixed.body).toBe(200);
      expect(fixed.json()).toMatchObject({ classifiedBy: 'office', confidence: null });
    }
    const after = await add('商场周边停车位太少，停车难');
    expect(await classification(after)).toMatchObject({
      categoryId: cat['民生保障'],
      themeId: theme['交通出行'],
      classifiedBy: 'model',
    });
    // The office's word stands: classifying again leaves a correction alone.
    const corrected = await add('停车收费不合理');
    await c.staff.put(`/api/opinions/${corrected}/classification`, { categoryId: cat['教育'], themeId: null });
    expect(await classification(corrected)).toMatchObject({ categoryId: cat['教育'], classifiedBy: 'office' });
  });

  it('refuses a wrong label, another organisation, and those who are not the office', async () => {
    const id = await add('学校门口交通拥堵');
    expectError(
      await c.staff.put(`/api/opinions/${id}/classification`, { categoryId: theme['交通出行'], themeId: null }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await c.leader.put(`/api/opinions/${id}/classification`, { categoryId: cat['教育'], themeId: null }),
      403,
    );
    expectError(await c.county.post(`/api/opinions/${id}/classify`), 404);
    expectError(await c.unit.post(`/api/opinions/${id}/classify`), 404);
    expectError(await c.member.post('/api/opinions/classify', {}), 403);
    const county = await add('县城学校缺少教师', fx.countyA);
    expectError(await c.staff.post('/api/opinions/classify', { opinionIds: [county] }), 400, 'VALIDATION_FAILED');
    // The city's office reads a county's opinion but does not classify it.
    expectError(await c.staff.post(`/api/opinions/${county}/classify`), 403);
  });
});
