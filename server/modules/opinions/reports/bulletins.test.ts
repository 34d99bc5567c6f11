// The bulletin: issues numbered per organisation and year without gaps (also when composed at
// once), adopted reports put in an order, publishing (the reports become published, the authors
// told), the Word issue parsed back, and who reads which organisation's issues.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { docxText } from '../../../test/sheets.js';
import { adoptedReport, noticeKinds, submitReport, signIn } from './reports.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  county: 'dongcheng',
  zhao: 'zhaochunhua',
} as const;

describe(`opinions: the 社情民意 bulletin (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let issue: number;
  let first: number;
  let second: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-04-08T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const compose = async (who: Client, year = 2026) => {
    const res = await who.post('/api/opinions/bulletins', { year });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; number: number; label: string };
  };

  it('numbers the issues of a year in order, per organisation, also when composed at once', async () => {
    const one = await compose(c.staff);
    expect(one).toMatchObject({ number: 1, label: '《社情民意》2026年第1期' });
    issue = one.id;
    const many = await Promise.all(Array.from({ length: 6 }, () => compose(c.staff)));
    expect(many.map((b) => b.number).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7]);
    expect((await compose(c.staff, 2027)).number).toBe(1);
    expect((await compose(c.county)).number).toBe(1);
    expectError(await c.leader.post('/api/opinions/bulletins', { year: 2026 }), 403);
    expectError(await c.zhang.post('/api/opinions/bulletins', { year: 2026 }), 403);
    expectError(await c.staff.post('/api/opinions/bulletins', { year: 'next' }), 400);
    const list = (await c.leader.get('/api/opinions/bulletins?year=2026')).json();
    expect(list.map((b: { number: number }) => b.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect((await c.county.get('/api/opinions/bulletins?year=2026')).json()).toHaveLength(1);
    expectError(await c.zhang.get('/api/opinions/bulletins?year=2026'), 403);
  });

  it('takes the organisation adopted reports not in another issue, in the order given', async () => {
    first = await adoptedReport(c.zhang, c.staff, {
      title: '关于加快城区停车设施建设的建议',
      coAuthorIds: [fx.members.li],
    });
    second = await adoptedReport(c.li, c.staff, {
      title: '关于提升社区卫生服务中心诊疗能力的建议',
      body: '社区卫生服务中心普遍缺少全科医生，居民小病也往大医院跑。\n建议通过医联体下派专家坐诊，落实家庭医生签约服务。',
    });
    const pending = await submitReport(c.zhang, { title: '关于尚未采用的信息的建议' });
    const countyAdopted = await adoptedReport(c.zhao, c.county, { title: '关于县域冷链物流建设的建议' });
    const arrange = (ids: number[], id = issue) =>
      c.staff.put(`/api/opinions/bulletins/${id}/items`, { reportIds: ids });

    const draft = (await c.staff.get(`/api/opinions/bulletins/${issue}`)).json();
    expect(draft.candidates.map((x: { reportId: number }) => x.reportId)).toEqual([first, second]);
    expect(draft.allowedActions).toEqual(['arrangeBulletin']);
    expectError(await arrange([pending]), 400, 'VALIDATION_FAILED');
    expectError(await arrange([countyAdopted]), 400, 'VALIDATION_FAILED');
    expectError(await c.leader.put(`/api/opinions/bulletins/${issue}/items`, { reportIds: [first] }), 403);
    expectError(await c.staff.post(`/api/opinions/bulletins/${issue}/publish`), 409, 'BULLETIN_EMPTY');

    expect((await arrange([second, first])).json()).toEqual({ id: issue, items: 2 });
    expect((await arrange([first, second])).json()).toEqual({ id: issue, items: 2 }); // re-ordered
    // Already in issue 1: another issue cannot take it.
    expectError(await arrange([first], issue + 1), 400, 'VALIDATION_FAILED');
    // Two issues taking the same free report at once: one gets it, the other is refused.
    const free = await adoptedReport(c.li, c.staff, { title: '关于同时编入两期的信息的建议' });
    const both = await Promise.all([arrange([free], issue + 2), arrange([free], issue + 3)]);
    expect(both.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect([400, 409]).toContain(both.find((r) => r.statusCode !== 200)!.statusCode);
    const d = (await c.staff.get(`/api/opinions/bulletins/${issue}`)).json();
    expect(d.items.map((i: { reportId: number }) => i.reportId)).toEqual([first, second]);
    expect(d.items[0].authors).toEqual(['张建国', '李晓梅']);
    expect(d.candidates).toEqual([]);
    expect(d.allowedActions).toEqual(['arrangeBulletin', 'publishBulletin']);
    expect((await c.staff.get(`/api/opinions/reports/${first}`)).json().issue).toMatchObject({
      label: '《社情民意》2026年第1期',
      status: 'draft',
    });
  });

  it('publishes the issue: its reports become published and their authors are told', async () => {
    expectError(await c.leader.post(`/api/opinions/bulletins/${issue}/publish`), 403);
    const res = await c.staff.post(`/api/opinions/bulletins/${issue}/publish`);
    expect(res.json()).toEqual({ id: issue, status: 'published', issuedOn: '2026-04-08' });
    expectError(await c.staff.post(`/api/opinions/bulletins/${issue}/publish`), 409, 'BULLETIN_PUBLISHED');
    expectError(await c.staff.put(`/api/opinions/bulletins/${issue}/items`, { reportIds: [first] }), 409);
    const r = (await c.zhang.get(`/api/opinions/reports/${first}`)).json();
    expect(r).toMatchObject({ status: 'published', issue: { status: 'published', issuedOn: '2026-04-08' } });
    expectError(
      await c.staff.put(`/api/opinions/reports/${first}/text`, { title: r.title, body: `${r.body}补充` }),
      409,
    );
    expect(await noticeKinds(c.li)).toContain('opinions.report_published');
    expect((await c.leader.get('/api/opinions/reports/figures?year=2026')).json()).toMatchObject({
      published: 2,
      issues: 1,
    });
  });

  it('prints the issue as Word: masthead, the office and date, each report with its authors', async () => {
    const res = await c.leader.get(`/api/opinions/bulletins/${issue}/issue.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('officedocument.wordprocessingml');
    const lines = (await docxText(res.rawPayload)).split('\n').filter(Boolean);
    expect(lines.slice(0, 3)).toEqual(['社情民意', '2026年第1期', '测试市政协办公室编2026年4月8日']);
    expect(lines).toContain('本期要目');
    const t1 = lines.indexOf('关于加快城区停车设施建设的建议');
    const t2 = lines.indexOf('关于提升社区卫生服务中心诊疗能力的建议');
    expect(t1).toBeGreaterThan(3);
    expect(t2).toBeGreaterThan(t1);
    expect(lines[t1 + 1]).toBe('张建国　李晓梅');
    expect(lines[t2 + 1]).toBe('李晓梅');
    expect(lines[t2 + 2]).toBe('社区卫生服务中心普遍缺少全科医生，居民小病也往大医院跑。');
    expectError(await c.zhang.get(`/api/opinions/bulletins/${issue}/issue.docx`), 403);
    expectError(await c.county.get(`/api/opinions/bulletins/${issue}/issue.docx`), 404);
    expectError(await c.county.get(`/api/opinions/bulletins/${issue}`), 404);
    const exported = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'opinions.bulletin_export')
      .execute();
    expect(exported).toHaveLength(1);
  });
});
