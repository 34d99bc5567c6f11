// Leader engagement through the API: the office records visits (not in the future) against the
// year's targets per role, an instruction on a research report of its own, and a request for
// opinions answered once and then its adoption (a note unless fully adopted); the figures put
// visits against targets and list what waits on the leaders. Leaders read only; units and
// members are refused; another county gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { signIn } from '../workplan.test-helpers.js';

const PEOPLE = {
  staff: 'staff',
  leader: 'leader',
  zhang: 'zhangjianguo',
  unit: 'jiaoyuju',
  county: 'dongcheng',
} as const;
const L = '/api/workplan/leaders';

describe(`workplan: leader engagement (${ENGINE})`, () => {
  let ctx: TestContext;
  let c: Record<keyof typeof PEOPLE, Client>;
  let reportId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedFixture(ctx.platform);
    ctx.clock.set('2026-06-15T02:00:00Z');
    c = await signIn(ctx, PEOPLE);
    const report = await c.staff.post('/api/workplan/reports', {
      year: 2026,
      title: '关于社区嵌入式托育的调研报告',
      summary: '走访社区托育点十二处。',
    });
    reportId = report.json().id;
  });
  afterAll(async () => ctx?.close());

  it('records visits against the yearly targets', async () => {
    const visit = {
      role: 'party_secretary',
      leaderName: '王明远',
      visitedOn: '2026-03-12',
      purpose: '听取政协年度协商计划汇报',
    };
    expectError(await c.leader.post(`${L}/visits`, visit), 403);
    expectError(await c.staff.post(`${L}/visits`, { ...visit, visitedOn: '2026-07-01' }), 400);
    expectError(await c.staff.post(`${L}/visits`, { ...visit, role: 'governor' }), 400);
    const first = await c.staff.post(`${L}/visits`, { ...visit, discussed: '围绕营商环境开展专题协商。' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().allowedActions).toEqual(['editVisit']);
    await c.staff.post(`${L}/visits`, { ...visit, role: 'mayor', leaderName: '李卫东', visitedOn: '2026-05-08' });
    await c.staff.post(`${L}/visits`, { ...visit, visitedOn: '2025-11-20' });

    expectError(
      await c.staff.put(`${L}/targets/2026`, {
        targets: [
          { role: 'mayor', target: 2 },
          { role: 'mayor', target: 3 },
        ],
      }),
      400,
    );
    expectError(await c.leader.put(`${L}/targets/2026`, { targets: [] }), 403);
    const targets = await c.staff.put(`${L}/targets/2026`, {
      targets: [
        { role: 'party_secretary', target: 2 },
        { role: 'mayor', target: 2 },
      ],
    });
    expect(targets.statusCode, targets.body).toBe(200);

    const edited = await c.staff.patch(`${L}/visits/${first.json().id}`, { purpose: '听取政协工作汇报' });
    expect(edited.json().purpose).toBe('听取政协工作汇报');
    expectError(await c.leader.patch(`${L}/visits/${first.json().id}`, { purpose: '听取汇报' }), 403);
    expectError(
      await c.county.patch(`${L}/visits/${first.json().id}`, { purpose: '听取汇报' }),
      404,
      'VISIT_NOT_FOUND',
    );

    const list = await c.leader.get(`${L}/visits?year=2026`);
    expect(list.json().map((v: { visitedOn: string }) => v.visitedOn)).toEqual(['2026-05-08', '2026-03-12']);
    expect(list.json()[0].allowedActions).toEqual([]);
    expectError(await c.unit.get(`${L}/visits?year=2026`), 403);
    expectError(await c.zhang.get(`${L}/figures?year=2026`), 403);
  });

  it('records instructions on the organisation’s reports and requests answered then adopted', async () => {
    const instruction = {
      reportId,
      leaderName: '王明远',
      role: 'party_secretary',
      givenOn: '2026-06-01',
      text: '请市卫健委研究吸收。',
    };
    expectError(await c.staff.post(`${L}/instructions`, { ...instruction, reportId: 999_999 }), 404);
    expectError(await c.county.post(`${L}/instructions`, instruction), 404, 'REPORT_NOT_FOUND');
    const given = await c.staff.post(`${L}/instructions`, instruction);
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ reportTitle: '关于社区嵌入式托育的调研报告', role: 'party_secretary' });

    const req = {
      title: '关于《城市更新三年行动方案（征求意见稿）》',
      draft: '方案草案全文见附件。',
      askedBy: '市发展改革委',
      askedOn: '2026-05-20',
      deadline: '2026-06-10',
    };
    expectError(await c.staff.post(`${L}/requests`, { ...req, deadline: '2026-05-01' }), 400);
    const created = await c.staff.post(`${L}/requests`, req);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ overdue: true, allowedActions: ['answerRequest'] });
    const open = await c.staff.post(`${L}/requests`, {
      ...req,
      title: '关于全市养老服务设施布局规划',
      deadline: '2026-06-30',
    });

    expectError(
      await c.staff.post(`${L}/requests/${id}/adoption`, { adoption: 'adopted' }),
      409,
      'REQUEST_NOT_ANSWERED',
    );
    expectError(
      await c.staff.post(`${L}/requests/${id}/answer`, {
        answer: '建议增加历史街区保护内容。',
        answeredOn: '2026-05-01',
      }),
      400,
    );
    expectError(
      await c.leader.post(`${L}/requests/${id}/answer`, {
        answer: '建议增加历史街区保护内容。',
        answeredOn: '2026-06-05',
      }),
      403,
    );
    const answered = await c.staff.post(`${L}/requests/${id}/answer`, {
      answer: '建议增加历史街区保护内容。',
      answeredOn: '2026-06-05',
    });
    expect(answered.json()).toMatchObject({ overdue: false, allowedActions: ['recordAdoption'] });
    expectError(
      await c.staff.post(`${L}/requests/${id}/answer`, { answer: '补充意见。', answeredOn: '2026-06-06' }),
      409,
      'REQUEST_ANSWERED',
    );
    expectError(await c.staff.post(`${L}/requests/${id}/adoption`, { adoption: 'partly' }), 400);
    const adopted = await c.staff.post(`${L}/requests/${id}/adoption`, {
      adoption: 'partly',
      note: '历史街区保护内容写入方案第四章。',
    });
    expect(adopted.json().adoption).toBe('partly');
    expectError(await c.county.post(`${L}/requests/${id}/adoption`, { adoption: 'adopted' }), 404, 'REQUEST_NOT_FOUND');

    const f = await c.leader.get(`${L}/figures?year=2026`);
    expect(f.statusCode, f.body).toBe(200);
    expect(f.json()).toMatchObject({
      visits: [
        { role: 'party_secretary', done: 1, target: 2 },
        { role: 'mayor', done: 1, target: 2 },
        { role: 'other', done: 0, target: null },
      ],
      instructions: 1,
      reportsInstructed: 1,
      requests: { total: 2, answered: 1, adopted: 0, partly: 1, declined: 0, overdue: 0 },
      awaiting: { reports: [], requests: [{ id: open.json().id, deadline: '2026-06-30' }] },
    });
    expect((await c.leader.get(`${L}/instructions?year=2026`)).json()).toHaveLength(1);
    expect((await c.leader.get(`${L}/requests?year=2026`)).json()[0].allowedActions).toEqual([]);
    expect((await c.county.get(`${L}/figures?year=2026`)).json().instructions).toBe(0);
  });
});
