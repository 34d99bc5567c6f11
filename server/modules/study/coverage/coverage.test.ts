// Training coverage against hand-counted fixtures. The city (测试市) sees its two counties. Its
// current members: 张建国, 李晓梅 (new), 王志强, 周新 (new, joined mid-term), 孙离 (trained,
// then left: out of every figure); 东城县: 赵春华 and 吴县委. Training classes in March 2026:
//   city 委员培训班:   张 attended, 周 late, 孙 attended, 李 on leave, 王 absent
//   city study session (counts as study, not training): 王 attended, 李 remote
//   东城县 培训班:     赵 attended, 吴 absent
// So the city's year 2026: 3 of 6 trained (张, 周, 赵); new members 1 of 2 (周); the city itself
// 2 of 4, 东城县 1 of 2. In 2027 nobody is trained in the year, the term still counts 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { docxText, sheetRows } from '../../../test/sheets.js';
import { fig, heldMeeting } from './coverage.test-helpers.js';

interface Bucket {
  key: string;
  label: string;
  year: unknown;
  term: unknown;
  newYear: unknown;
}

describe(`study: training coverage (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let member: Client;
  let county: Client;
  let countyB: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    const p = ctx.platform;
    ids.zhou = await createMember(p, {
      orgId: fx.city,
      termId: fx.term,
      name: '周新',
      sectorId: fx.sectors['经济界']!,
      party: 'cpc',
      isNew: true,
    });
    ids.sun = await createMember(p, {
      orgId: fx.city,
      termId: fx.term,
      name: '孙离',
      sectorId: fx.sectors['经济界']!,
      committeeId: fx.committees['经济委员会'],
    });
    ids.wu = await createMember(p, {
      orgId: fx.countyA,
      termId: fx.countyTerm,
      name: '吴县委',
      sectorId: (await p.db.selectFrom('sectors').select('id').where('org_id', '=', fx.countyA).executeTakeFirstOrThrow()).id,
    });
    [staff, county] = await Promise.all([login(ctx, 'staff', PASSWORD), login(ctx, 'dongcheng', PASSWORD)]);
    const m = fx.members;
    const training = await heldMeeting(ctx, staff, 'training', '新任委员履职能力培训班', {
      [m.zhang!]: 'attended',
      [ids.zhou]: 'late',
      [ids.sun]: 'attended',
      [m.li!]: 'leave',
      [m.wang!]: 'absent',
    });
    const study = await heldMeeting(ctx, staff, 'study_symposium', '学习贯彻全会精神座谈交流', {
      [m.wang!]: 'attended',
      [m.li!]: 'remote',
    });
    const countyTraining = await heldMeeting(ctx, county, 'training', '东城县委员培训班', {
      [m.zhao!]: 'attended',
      [ids.wu]: 'absent',
    });
    ctx.clock.advance(90 * 60_000);
    [staff, leader, member, county, countyB] = await Promise.all([
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'dongcheng', PASSWORD),
      login(ctx, 'xihe', PASSWORD),
    ]);
    await training.record(staff);
    await study.record(staff);
    await countyTraining.record(county);
    // 孙离 leaves after the class: he is no longer counted anywhere.
    await p.db
      .updateTable('members')
      .set({ active: 0, deactivated_at: ctx.clock.now().toISOString() })
      .where('id', '=', ids.sun)
      .execute();
    ids.training = training.id;
  });
  afterAll(async () => ctx?.close());

  const bucket = (list: Bucket[], label: string) => list.find((b) => b.label === label);

  it("counts the city's current members with its counties, only presences at training", async () => {
    const res = await staff.get('/api/study/coverage?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.orgId).toBe(fx.city);
    expect(c.overall).toEqual({ year: fig(3, 6), term: fig(3, 6) });
    expect(c.newMembers).toEqual({ year: fig(1, 2), term: fig(1, 2) });
    expect(bucket(c.byCounty, '测试市')).toMatchObject({ year: fig(2, 4), newYear: fig(1, 2) });
    expect(bucket(c.byCounty, '东城县')).toMatchObject({ year: fig(1, 2), term: fig(1, 2) });
    // 教科卫体: 李 (leave) and 王 (absent at training, present at a study session): nobody.
    expect(bucket(c.byCommittee, '教科卫体委员会')).toMatchObject({ year: fig(0, 2) });
    // 经济委员会: 张 only (孙 left).
    expect(bucket(c.byCommittee, '经济委员会')).toMatchObject({ year: fig(1, 1) });
    // Committees and sectors are the city's own members' (the counties are compared by county): 周 only.
    expect(bucket(c.byCommittee, '未分配专委会')).toMatchObject({ year: fig(1, 1) });
    const counted = (list: { year: { total: number } }[]) => list.reduce((n, b) => n + b.year.total, 0);
    expect([counted(c.byCommittee), counted(c.bySector), counted(c.byParty)]).toEqual([4, 4, 6]);
    expect(bucket(c.byParty, '中共')).toMatchObject({ year: fig(1, 2) });
    expect(bucket(c.bySector, '经济界')).toMatchObject({ year: fig(2, 2) });
    // The leader reads the same figures; nothing to manage.
    const l = await leader.get('/api/study/coverage?year=2026');
    expect(l.json()).toMatchObject({ overall: c.overall, canManage: false });
    expect(c.canManage).toBe(true);
  });

  it("shows a county its own figures, which are the city's county bucket", async () => {
    const c = (await county.get('/api/study/coverage?year=2026')).json();
    expect(c.overall.year).toEqual(fig(1, 2));
    expect(c.byCounty.map((b: Bucket) => b.label)).toEqual(['东城县']);
    const viaCity = (await staff.get(`/api/study/coverage?year=2026&orgId=${fx.countyA}`)).json();
    expect(viaCity.overall).toEqual(c.overall);
    expect(viaCity.canManage).toBe(false);
  });

  it('counts the term apart from the year', async () => {
    const c = (await staff.get('/api/study/coverage?year=2027')).json();
    expect(c.overall).toEqual({ year: fig(0, 6), term: fig(3, 6) });
  });

  it('drills a figure down to the trained with their sessions and to the unreached', async () => {
    const trained = await staff.get('/api/study/coverage/members?year=2026&status=trained');
    expect(trained.statusCode, trained.body).toBe(200);
    const t = trained.json();
    expect(t.total).toBe(3);
    const byName = Object.fromEntries(t.items.map((x: { name: string }) => [x.name, x]));
    expect(Object.keys(byName).sort()).toEqual(['周新', '张建国', '赵春华'].sort());
    expect(byName['周新'].sessions).toEqual([
      expect.objectContaining({ meetingId: ids.training, title: '新任委员履职能力培训班', attendance: 'late' }),
    ]);
    expect(byName['赵春华']).toMatchObject({ org: '东城县', sessions: [expect.objectContaining({ title: '东城县委员培训班' })] });
    expect(JSON.stringify(t)).not.toMatch(/138001|phone/i);

    const names = async (q: string) =>
      ((await staff.get(`/api/study/coverage/members?year=2026&${q}`)).json().items as { name: string }[])
        .map((x) => x.name)
        .sort();
    expect(await names('status=unreached')).toEqual(['吴县委', '李晓梅', '王志强'].sort());
    expect(await names('status=unreached&isNew=true')).toEqual(['李晓梅']);
    expect(await names(`status=unreached&committeeId=${fx.committees['教科卫体委员会']}`)).toEqual(
      ['李晓梅', '王志强'].sort(),
    );
    expect(await names(`status=unreached&countyId=${fx.countyA}`)).toEqual(['吴县委']);
    expect(await names('status=trained&committeeId=0')).toEqual(['周新', '赵春华'].sort());
    expect(await names('status=trained&party=cpc')).toEqual(['周新']);
    const page = (await staff.get('/api/study/coverage/members?year=2026&status=unreached&pageSize=2')).json();
    expect(page).toMatchObject({ total: 3, pageSize: 2 });
    expect(page.items).toHaveLength(2);

    const sessions = (await staff.get('/api/study/coverage/sessions?year=2026')).json();
    expect(sessions.map((s: { title: string; present: number }) => [s.title, s.present]).sort()).toEqual(
      [
        ['新任委员履职能力培训班', 2],
        ['东城县委员培训班', 1],
      ].sort(),
    );
  });

  it('sets targets with progress, and cohorts with their own coverage', async () => {
    const set = await staff.put('/api/study/coverage/targets', { year: 2026, all: 100, new: 50 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().targets).toEqual([
      { measure: 'all', label: '全体委员', percent: 100, share: 0.5, met: false },
      { measure: 'new', label: '新任委员', percent: 50, share: 0.5, met: true },
    ]);
    expectError(await staff.put('/api/study/coverage/targets', { year: 2026, all: 120 }), 400);
    expectError(await staff.put('/api/study/coverage/targets', { year: 2026 }), 400, 'NO_TARGET');
    const cleared = await staff.put('/api/study/coverage/targets', { year: 2026, new: null });
    expect(cleared.json().targets.map((t: { measure: string }) => t.measure)).toEqual(['all']);

    const m = fx.members;
    const created = await staff.post('/api/study/coverage/cohorts', {
      year: 2026,
      name: '骨干委员培训',
      kind: 'backbone',
      memberIds: [m.zhang, m.wang, m.zhao],
    });
    expect(created.statusCode, created.body).toBe(201);
    const cohort = created.json();
    expect(cohort).toMatchObject({ total: 3, trained: 2, kindLabel: '骨干培训' });
    expectError(
      await staff.post('/api/study/coverage/cohorts', { year: 2026, name: '骨干委员培训', kind: 'key_work', memberIds: [] }),
      409,
      'COHORT_NAME_TAKEN',
    );
    expectError(
      await staff.post('/api/study/coverage/cohorts', { year: 2026, name: '离任者', kind: 'key_work', memberIds: [ids.sun] }),
      400,
      'MEMBER_NOT_FOUND',
    );
    const c = (await staff.get('/api/study/coverage?year=2026')).json();
    expect(c.cohorts).toEqual([expect.objectContaining({ id: cohort.id, ...fig(2, 3) })]);
    const unreached = (
      await staff.get(`/api/study/coverage/members?year=2026&status=unreached&cohortId=${cohort.id}`)
    ).json();
    expect(unreached.items.map((x: { name: string }) => x.name)).toEqual(['王志强']);

    const updated = await staff.put(`/api/study/coverage/cohorts/${cohort.id}`, { memberIds: [m.wang], kind: 'key_work' });
    expect(updated.json()).toMatchObject({ total: 1, trained: 0, kind: 'key_work', members: [{ name: '王志强' }] });
    // The county reads its own; the city's cohort is not there for it.
    expectError(await county.get(`/api/study/coverage/cohorts/${cohort.id}`), 404);
    expectError(await county.delete(`/api/study/coverage/cohorts/${cohort.id}`), 404);
    expectError(await leader.delete(`/api/study/coverage/cohorts/${cohort.id}`), 403);
    expect((await staff.delete(`/api/study/coverage/cohorts/${cohort.id}`)).statusCode).toBe(200);
    expectError(await staff.get(`/api/study/coverage/cohorts/${cohort.id}`), 404);

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'study.coverage%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'study.coverage_target_set',
      'study.coverage_target_set',
      'study.coverage_cohort_create',
      'study.coverage_cohort_update',
      'study.coverage_cohort_delete',
    ]);
  });

  it('exports the report as Word and the unreached as Excel, both audited', async () => {
    const doc = await staff.get('/api/study/coverage/report.docx?year=2026');
    expect(doc.statusCode, doc.body).toBe(200);
    const text = await docxText(doc.rawPayload);
    expect(text).toContain('测试市政协2026年度委员培训覆盖情况报告');
    expect(text).toContain('全体现任委员\n3/6（50.0%）');
    expect(text).toContain('新任委员\n1/2（50.0%）');
    expect(text).toContain('新任委员履职能力培训班');
    expect(text).not.toContain('学习贯彻全会精神座谈交流');

    const xlsx = await staff.get('/api/study/coverage/unreached.xlsx?year=2026&isNew=false');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const rows = await sheetRows(xlsx.rawPayload);
    expect(rows[1]).toEqual(['序号', '姓名', '所属组织', '界别', '专委会', '党派', '新任委员']);
    expect(rows.slice(2, -1).map((r) => r[1]).sort()).toEqual(['吴县委', '王志强'].sort());
    expect(rows.at(-1)![0]).toBe('共 2 人');
    expect(rows.flat().join()).not.toMatch(/1370013700|1360013600/);

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['study.coverage_report_export', 'study.coverage_unreached_export'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['study.coverage_report_export', 'study.coverage_unreached_export']);
  });

  it('refuses members, units and other organisations', async () => {
    expectError(await member.get('/api/study/coverage'), 403);
    expectError(await member.get('/api/study/coverage/members'), 403);
    expectError(await member.get('/api/study/coverage/unreached.xlsx'), 403);
    expectError(await member.put('/api/study/coverage/targets', { year: 2026, all: 100 }), 403);
    expectError(await county.get(`/api/study/coverage?orgId=${fx.city}`), 403, 'ORG_NOT_VISIBLE');
    expectError(await countyB.get(`/api/study/coverage?orgId=${fx.countyA}`), 403, 'ORG_NOT_VISIBLE');
    expectError(await county.get(`/api/study/coverage/members?countyId=${fx.countyB}`), 403, 'COUNTY_NOT_IN_SCOPE');
    expectError(await leader.put('/api/study/coverage/targets', { year: 2026, all: 100 }), 403);
    expectError(await county.post('/api/study/coverage/cohorts', { year: 2026, name: '县骨干', kind: 'backbone', memberIds: [fx.members.zhang] }), 400, 'MEMBER_NOT_FOUND');
    expectError(await staff.get('/api/study/coverage/members?status=everyone'), 400);
  });

  it('reads zero for a county without a current term, on every route (PostgreSQL refused the empty list)', async () => {
    // 西河县 has no term yet: no current members, so every figure is 0 of 0 and nothing fails.
    const c = await countyB.get('/api/study/coverage?year=2026');
    expect(c.statusCode, c.body).toBe(200);
    expect(c.json().overall).toEqual({ year: fig(0, 0), term: fig(0, 0) });
    for (const url of ['/api/study/coverage/members', '/api/study/coverage/sessions?year=2026']) {
      const res = await countyB.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const report = await countyB.get('/api/study/coverage/report.docx?year=2026');
    expect(report.statusCode, report.body).toBe(200);
    const target = await countyB.put('/api/study/coverage/targets', { year: 2026, all: 80 });
    expect(target.statusCode, target.body).toBe(200);
    expectError(
      await countyB.post('/api/study/coverage/cohorts', { year: 2026, name: '县骨干', kind: 'backbone', memberIds: [fx.members.zhao] }),
      400,
      'MEMBER_NOT_FOUND',
    );
  });
});
