// The work plan's exports and the tracker's department filter, read back: a topic's Word report
// carries its path stage by stage and its report's recommendations with their SMART fields; the
// tracker's Excel holds the same rows in the same order (overdue first) and filters as the
// list, a department's own only what was sent to it; the office urges a department, which is
// told and the history shows it. Another county's office gets 404; a department cannot export
// a topic's report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../test/harness.js';
import { docxText, sheetRows } from '../../test/sheets.js';
import { signIn } from './workplan.test-helpers.js';

const PEOPLE = { staff: 'staff', leader: 'leader', edu: 'jiaoyuju', county: 'dongcheng' } as const;

describe(`workplan: exports (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let topicId: number;
  const recs: Record<string, number> = {};
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-01T02:00:00Z');
    c = await signIn(ctx, PEOPLE);

    const topic = await c.staff.post('/api/workplan/topics', {
      year: 2026,
      title: '老旧小区加装电梯',
      summary: '党委、政府、政协共同确定的年度课题。',
      proposedBy: 'party_committee',
      flag: 'key_research',
      assignedBy: '市委书记',
    });
    expect(topic.statusCode, topic.body).toBe(201);
    topicId = topic.json().id;
    const set = await c.staff.post(`/api/workplan/topics/${topicId}/advance`, {
      stage: 'set',
      startsOn: '2026-01-10',
      participants: ['市委办', '市政府办'],
      note: '三方联席会议确定课题',
    });
    expect(set.statusCode, set.body).toBe(200);
    const report = await c.staff.post('/api/workplan/reports', {
      year: 2026,
      title: '关于老旧小区加装电梯的调研报告',
      summary: '走访小区12个。',
      topicId,
    });
    expect(report.statusCode, report.body).toBe(201);
    const add = async (key: string, title: string, unit: string, dueOn: string) => {
      const r = await c.staff.post(`/api/workplan/reports/${report.json().id}/recommendations`, {
        title,
        metric: '完成加装电梯数',
        target: '120部',
        actions: '简化审批，设立专项补贴',
        unitId: fx.units[unit],
        accountablePerson: '分管副局长',
        dueOn,
      });
      expect(r.statusCode, r.body).toBe(201);
      recs[key] = r.json().id;
    };
    await add('late', '建立加装电梯审批绿色通道', '市住房和城乡建设局', '2026-03-10');
    await add('edu', '校园周边小区优先加装', '市教育局', '2026-09-30');
    await add('draft', '探索电梯代建代管模式', '市教育局', '2026-10-31');
    for (const k of ['late', 'edu']) {
      const sent = await c.staff.post(`/api/workplan/recommendations/${recs[k]}/send`);
      expect(sent.statusCode, sent.body).toBe(200);
    }
    ctx.clock.set('2026-03-15T02:00:00Z'); // the first is now overdue
    c = await signIn(ctx, PEOPLE); // a fortnight on, the sessions have lapsed
  });
  afterAll(async () => ctx?.close());

  it("writes a topic's report as Word: its path and its recommendations", async () => {
    const res = await c.leader.get(`/api/workplan/topics/${topicId}/report.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('关于“老旧小区加装电梯”的课题报告');
    expect(text).toContain('本课题由党委提出，列入2026年度四共同课题，由市委书记交办，当前阶段：共同确定');
    expect(text).toContain('共同确定（2026年1月10日起）');
    expect(text).toContain('参加人员：市委办、市政府办');
    expect(text).toContain('关于老旧小区加装电梯的调研报告');
    expect(text).toContain('建立加装电梯审批绿色通道。考核指标：完成加装电梯数；目标值：120部');
    expect(text).toContain('完成时限：2026年10月31日。当前状态：草稿');
    expectError(await c.edu.get(`/api/workplan/topics/${topicId}/report.docx`), 403);
    expectError(await c.county.get(`/api/workplan/topics/${topicId}/report.docx`), 404);
    expectError(await c.staff.get('/api/workplan/topics/999999/report.docx'), 404);
  });

  it("writes the tracker as Excel with the list's rows, order and filters", async () => {
    const res = await c.staff.get('/api/workplan/recommendations/tracker.xlsx?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]![0]).toContain('2026年度调研建议跟踪表');
    expect(rows[1]!.slice(0, 3)).toEqual(['序号', '调研报告', '建议']);
    // Overdue first, then open, then drafts: the list's order.
    const titles = rows.slice(2).map((r) => [r[2], r[9], r[10]]);
    expect(titles).toEqual([
      ['建立加装电梯审批绿色通道', '待答复', '逾期'],
      ['校园周边小区优先加装', '待答复', ''],
      ['探索电梯代建代管模式', '草稿', ''],
    ]);
    const list = (await c.staff.get('/api/workplan/recommendations?year=2026')).json();
    expect(list.items.map((r: { title: string }) => r.title)).toEqual(titles.map((t) => t[0]));

    // The office's department filter (its drafts included), the same in the list and the file.
    const byUnit = (await c.staff.get(`/api/workplan/recommendations?unitId=${fx.units['市教育局']}`)).json();
    expect(byUnit.items.map((r: { title: string }) => r.title)).toEqual([
      '校园周边小区优先加装',
      '探索电梯代建代管模式',
    ]);
    const eduFile = await c.staff.get(`/api/workplan/recommendations/tracker.xlsx?unitId=${fx.units['市教育局']}`);
    expect((await sheetRows(eduFile.rawPayload)).slice(2).map((r) => r[2])).toEqual([
      '校园周边小区优先加装',
      '探索电梯代建代管模式',
    ]);
    const overdue = await c.staff.get('/api/workplan/recommendations/tracker.xlsx?overdue=1');
    expect((await sheetRows(overdue.rawPayload)).slice(2).map((r) => r[2])).toEqual(['建立加装电梯审批绿色通道']);

    // A department exports only what was sent to it, whatever unit it asks for.
    const own = await c.edu.get(`/api/workplan/recommendations/tracker.xlsx?unitId=${fx.units['市住房和城乡建设局']}`);
    expect(own.statusCode, own.body).toBe(200);
    expect((await sheetRows(own.rawPayload)).slice(2).map((r) => r[2])).toEqual(['校园周边小区优先加装']);
    expect(
      (await sheetRows((await c.county.get('/api/workplan/recommendations/tracker.xlsx')).rawPayload)).length,
    ).toBe(2);
    expectError(await c.staff.get('/api/workplan/recommendations/tracker.xlsx?status=nope'), 400);

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['workplan.recommendations_export', 'workplan.topic_report'])
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it('urges a department on a followed recommendation, never on a draft', async () => {
    const res = await c.staff.post(`/api/workplan/recommendations/${recs.edu}/urge`, { note: '请于月底前报送进展。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().events.map((e: { kind: string; note: string }) => [e.kind, e.note])).toEqual([
      ['sent', null],
      ['reminded', '请于月底前报送进展。'],
    ]);
    const told = await ctx.platform.db
      .selectFrom('notifications')
      .select('kind')
      .where('object_type', '=', 'workplan_recommendation')
      .where('object_id', '=', String(recs.edu))
      .execute();
    expect(told.map((n) => n.kind)).toContain('workplan.recommendation_urged');
    expectError(
      await c.staff.post(`/api/workplan/recommendations/${recs.draft}/urge`, {}),
      409,
      'RECOMMENDATION_NOT_FOLLOWED',
    );
    expectError(await c.leader.post(`/api/workplan/recommendations/${recs.edu}/urge`, {}), 403);
    expectError(await c.edu.post(`/api/workplan/recommendations/${recs.edu}/urge`, {}), 403);
  });
});
