// 社情民意 reports: a member's submission (alone or joint), the office's edits kept as versions
// with the tracked changes the author sees, adoption or not with a reason, forwarding and
// leaders' instructions; scoping (a county sees its own, a city reads its counties'), bad input
// and the figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { reportCountsOf } from '../index.js';
import { REPORT, adoptedReport, noticeKinds, submitReport, signIn } from './reports.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  mayor: 'mayor',
  zhang: 'zhangjianguo',
  li: 'lixiaomei',
  wang: 'wangzhiqiang',
  county: 'dongcheng',
  zhao: 'zhaochunhua',
  unit: 'jiaoyuju',
} as const;

describe(`opinions: 社情民意 reports (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let c: Record<keyof typeof PEOPLE, Client>;
  let joint: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-03-10T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
  });
  afterAll(async () => ctx?.close());

  const forward = { level: 'province', recipient: '省政协办公厅', forwardedOn: '2026-03-12' };
  const detail = async (who: Client, id: number) => {
    const res = await who.get(`/api/opinions/reports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('takes a member report with co-authors from his own roster, and refuses bad input', async () => {
    joint = await submitReport(c.zhang, { coAuthorIds: [fx.members.li] });
    const bad = (body: Record<string, unknown>) => c.zhang.post('/api/opinions/reports', { ...REPORT, ...body });
    expectError(await bad({ title: '短' }), 400, 'VALIDATION_FAILED');
    expectError(await bad({ body: '太短的正文' }), 400, 'VALIDATION_FAILED');
    expectError(await bad({ coAuthorIds: [fx.members.zhao] }), 400, 'VALIDATION_FAILED'); // another organisation
    expectError(await bad({ coAuthorIds: [fx.members.zhang] }), 400, 'VALIDATION_FAILED');
    expectError(await bad({ coAuthorIds: [999999] }), 400, 'VALIDATION_FAILED');
    expectError(await c.staff.post('/api/opinions/reports', REPORT), 403);
    expectError(await c.unit.post('/api/opinions/reports', REPORT), 403);

    const d = await detail(c.li, joint);
    expect(d).toMatchObject({ status: 'submitted', source: 'member', year: 2026, title: REPORT.title });
    expect(d.authors.map((a: { name: string }) => a.name)).toEqual(['张建国', '李晓梅']);
    expect(d.versions).toHaveLength(1);
    expect(d.allowedActions).toEqual([]);
    expect(await noticeKinds(c.li)).toContain('opinions.report_co_author');
    expect(await noticeKinds(c.zhang)).not.toContain('opinions.report_co_author');
    expect((await c.li.get('/api/opinions/reports/mine')).json().map((r: { id: number }) => r.id)).toEqual([joint]);
  });

  it('shows a report to its authors, its office and readers only', async () => {
    expectError(await c.wang.get(`/api/opinions/reports/${joint}`), 404);
    expectError(await c.county.get(`/api/opinions/reports/${joint}`), 404);
    expectError(await c.unit.get(`/api/opinions/reports/${joint}`), 403);
    expect((await detail(c.leader, joint)).allowedActions).toEqual([]);
    expect((await detail(c.mayor, joint)).id).toBe(joint);
    expect((await detail(c.staff, joint)).allowedActions).toEqual(['editReport', 'adoptReport', 'rejectReport']);
    expect((await c.wang.get('/api/opinions/reports/mine')).json()).toEqual([]);
    expect((await c.staff.get('/api/opinions/reports')).json().map((r: { id: number }) => r.id)).toEqual([joint]);
    expect((await c.county.get('/api/opinions/reports')).json()).toEqual([]);
    expectError(await c.zhang.get('/api/opinions/reports'), 403);
    // A county member's report: the county's office and the city (reading) see it, not the other way round.
    const countyReport = await submitReport(c.zhao, { title: '关于县城学校周边交通安全的建议' });
    expect((await c.county.get('/api/opinions/reports')).json().map((r: { id: number }) => r.id)).toEqual([
      countyReport,
    ]);
    expect((await detail(c.staff, countyReport)).allowedActions).toEqual([]); // a city does not edit a county's
    expectError(await c.staff.put(`/api/opinions/reports/${countyReport}/text`, REPORT), 403);
  });

  it('keeps each office edit as a version and shows the author the tracked changes', async () => {
    const body = REPORT.body.replace('设立老年助餐点', '设立老年助餐点和流动餐车');
    const res = await c.staff.put(`/api/opinions/reports/${joint}/text`, {
      title: REPORT.title,
      body,
      note: '补充流动餐车',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: joint, version: 2, status: 'editing' });
    expectError(
      await c.staff.put(`/api/opinions/reports/${joint}/text`, { title: REPORT.title, body }),
      409,
      'UNCHANGED',
    );
    expectError(await c.leader.put(`/api/opinions/reports/${joint}/text`, REPORT), 403);
    expectError(await c.zhang.put(`/api/opinions/reports/${joint}/text`, REPORT), 403);

    const d = await detail(c.zhang, joint);
    expect(d.body).toBe(body);
    expect(d.versions.map((v: { number: number; byOffice: boolean }) => [v.number, v.byOffice])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(d.versions[1].note).toBe('补充流动餐车');
    expect(d.versions[1].changes.body.filter((s: { op: string }) => s.op !== 'equal')).toEqual([
      { op: 'insert', text: '和流动餐车' },
    ]);
    expect(d.versions[1].changes.title).toEqual([{ op: 'equal', text: REPORT.title }]);
    expect(await noticeKinds(c.li)).toContain('opinions.report_edited');
  });

  it('adopts or declines with a reason, once, and tells the authors', async () => {
    expectError(await c.staff.post(`/api/opinions/reports/${joint}/reject`, {}), 400, 'VALIDATION_FAILED');
    expectError(await c.leader.post(`/api/opinions/reports/${joint}/adopt`, {}), 403);
    const adopted = await c.staff.post(`/api/opinions/reports/${joint}/adopt`, { reason: '反映问题具体，建议可行' });
    expect(adopted.json()).toEqual({ id: joint, status: 'adopted' });
    expectError(await c.staff.post(`/api/opinions/reports/${joint}/adopt`, {}), 409, 'REPORT_DECIDED');
    expectError(await c.staff.post(`/api/opinions/reports/${joint}/reject`, { reason: '重复' }), 409, 'REPORT_DECIDED');
    // Adopted, still editable until it is printed.
    expect((await detail(c.staff, joint)).allowedActions).toEqual(['editReport', 'forwardReport', 'recordInstruction']);
    expect(await noticeKinds(c.zhang)).toContain('opinions.report_adopted');

    const other = await submitReport(c.wang, { title: '关于规范城区共享单车停放的建议' });
    expectError(await c.staff.post(`/api/opinions/reports/${other}/forwards`, forward), 409, 'REPORT_NOT_ADOPTED');
    const rejected = await c.staff.post(`/api/opinions/reports/${other}/reject`, { reason: '相关部门已出台管理办法' });
    expect(rejected.json()).toEqual({ id: other, status: 'rejected' });
    const d = await detail(c.wang, other);
    expect(d).toMatchObject({ status: 'rejected', decisionReason: '相关部门已出台管理办法' });
    expectError(await c.staff.put(`/api/opinions/reports/${other}/text`, REPORT), 409, 'REPORT_CLOSED');
    expect(await noticeKinds(c.wang)).toContain('opinions.report_rejected');
  });

  it('records forwarding, leaders instructions and what followed, and tells the authors', async () => {
    expectError(
      await c.staff.post(`/api/opinions/reports/${joint}/forwards`, { ...forward, level: 'galaxy' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await c.staff.post(`/api/opinions/reports/${joint}/forwards`, { ...forward, forwardedOn: '2026-13-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await c.leader.post(`/api/opinions/reports/${joint}/forwards`, forward), 403);
    expect((await c.staff.post(`/api/opinions/reports/${joint}/forwards`, forward)).statusCode).toBe(201);
    const instruction = await c.staff.post(`/api/opinions/reports/${joint}/instructions`, {
      leader: '省政府分管副省长',
      level: 'province',
      instructedOn: '2026-03-20',
      text: '请省民政厅研究，结合养老服务体系建设统筹推进。',
    });
    expect(instruction.statusCode, instruction.body).toBe(201);
    const iid = instruction.json().id as number;
    const follow = (text: string, id = iid) =>
      c.staff.put(`/api/opinions/reports/${joint}/instructions/${id}/follow-up`, { followUp: text });
    expect((await follow('省民政厅已将农村助餐点纳入年度民生实事，安排资金两千万元。')).statusCode).toBe(200);
    expectError(await follow('已经落实', 999999), 404);
    expectError(
      await c.zhang.put(`/api/opinions/reports/${joint}/instructions/${iid}/follow-up`, { followUp: '好的好的' }),
      403,
    );

    const d = await detail(c.zhang, joint);
    expect(d.forwards).toMatchObject([{ level: 'province', recipient: '省政协办公厅', forwardedOn: '2026-03-12' }]);
    expect(d.instructions).toMatchObject([
      { leader: '省政府分管副省长', level: 'province', followUp: expect.stringContaining('民生实事') },
    ]);
    const kinds = await noticeKinds(c.li);
    for (const k of ['opinions.report_forwarded', 'opinions.report_instructed', 'opinions.report_followed_up'])
      expect(kinds).toContain(k);
  });

  it('counts per member and per organisation and year', async () => {
    await adoptedReport(c.li, c.staff, { title: '关于推进社区嵌入式托育服务的建议' });
    expect(await reportCountsOf(ctx.platform.db, { orgId: fx.city, year: 2026 })).toEqual(
      [
        { memberId: fx.members.zhang, submitted: 1, adopted: 1, published: 0, instructed: 1, instructions: 1 },
        { memberId: fx.members.li, submitted: 2, adopted: 2, published: 0, instructed: 1, instructions: 1 },
        { memberId: fx.members.wang, submitted: 1, adopted: 0, published: 0, instructed: 0, instructions: 0 },
      ].sort((a, b) => a.memberId - b.memberId),
    );
    expect(
      await reportCountsOf(ctx.platform.db, { orgId: fx.city, year: 2026, memberIds: [fx.members.wang] }),
    ).toHaveLength(1);
    expect(await reportCountsOf(ctx.platform.db, { orgId: fx.city, year: 2025 })).toEqual([]);
    expect(await reportCountsOf(ctx.platform.db, { orgId: fx.city, year: 2026, memberIds: [] })).toEqual([]);

    const f = (await c.leader.get('/api/opinions/reports/figures?year=2026')).json();
    expect(f).toMatchObject({
      year: 2026,
      submitted: 3,
      pending: 0,
      adopted: 2,
      rejected: 1,
      published: 0,
      forwarded: 1,
      instructed: 1,
      instructions: 1,
      issues: 0,
    });
    expect(f.members[0]).toMatchObject({ name: '李晓梅', adopted: 2 });
    expect((await c.county.get('/api/opinions/reports/figures?year=2026')).json()).toMatchObject({ submitted: 1 });
    expectError(await c.zhang.get('/api/opinions/reports/figures?year=2026'), 403);
    expectError(await c.staff.get('/api/opinions/reports/figures?year=1999'), 400);
    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'opinions.report%')
      .execute();
    expect(trail.filter((r) => r.action === 'opinions.report_submit')).toHaveLength(4);
    expect(trail.filter((r) => r.action === 'opinions.report_edit')).toHaveLength(1);
  });
});
