import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { docxText, sheetNames, sheetRows } from '../../../test/sheets.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { addAssignment, addFeedback, addReply, replied } from './outcomes.test-helpers.js';
import { accepted, draft, SAMPLE, submitted } from '../core/proposals.test-helpers.js';

interface Bucket {
  key: string;
  label: string;
  count: number;
  query: Record<string, string> | null;
}

describe(`proposals: statistics (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let member: Client;
  let member2: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ctx.clock.set('2026-08-01T02:00:00.000Z');
    [staff, leader, member, member2] = await Promise.all([
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'lixiaomei', PASSWORD),
    ]);
    const db = ctx.platform.db;
    const u1 = fx.units['市教育局']!;
    const u2 = fx.units['市住房和城乡建设局']!;
    const by = fx.users.unit!.id;
    // A spread of states, kinds, categories and themes.
    await draft(member);
    await submitted(member, { category: '教科文卫体', themes: ['民生保障'] });
    const rejected = await submitted(member2, { category: '其他' });
    await staff.post(`/api/proposals/${rejected.id}/reject`, { reason: '其他' });
    await accepted(member2, staff, { category: '教科文卫体', themes: ['民生保障', '数字江临'] });
    const collective = (
      await staff.post('/api/proposals', {
        ...SAMPLE,
        kind: 'collective',
        collective: { type: 'party', ref: 'cdl' },
        themes: ['乡村振兴'],
      })
    ).json();
    await staff.post(`/api/proposals/${collective.id}/submit`, {});
    await staff.post(`/api/proposals/${collective.id}/accept`, {});

    // Handled ones: on time (A, rated satisfied), late (B, rated unsatisfied), and one overdue still in handling.
    const onTime = await accepted(member, staff, { themes: ['营商环境优化'] });
    const { assignmentId } = await replied(db, onTime.id, {
      unitId: u2,
      by,
      resultClass: 'A',
      at: '2026-06-01T02:00:00.000Z',
    });
    await addAssignment(db, { proposal_id: onTime.id, unit_id: u1, role: 'co', status: 'replied' });
    await addFeedback(db, {
      proposal_id: onTime.id,
      member_id: fx.members.zhang!,
      attitude: 'satisfied',
      result: 'satisfied',
    });
    const late = await accepted(member2, staff, { category: '教科文卫体' });
    await replied(db, late.id, { unitId: u1, by, resultClass: 'B', at: '2026-06-20T02:00:00.000Z' });
    await addFeedback(db, {
      proposal_id: late.id,
      member_id: fx.members.li!,
      attitude: 'basic',
      result: 'unsatisfied',
    });
    await db.updateTable('proposals').set({ state: 'closed' }).where('id', '=', late.id).execute();
    const overdue = await accepted(member, staff);
    const a = await addAssignment(db, { proposal_id: overdue.id, unit_id: u1, status: 'signed' });
    await db
      .updateTable('proposals')
      .set({ state: 'handling', reply_deadline: '2026-06-10' })
      .where('id', '=', overdue.id)
      .execute();
    expect(assignmentId).toBeGreaterThan(0);
    expect(a).toBeGreaterThan(0);
    // A co-opinion is not a formal reply and does not count towards the reply rate.
    const co = await addAssignment(db, { proposal_id: overdue.id, unit_id: u2, role: 'co', status: 'replied' });
    await addReply(db, { assignment_id: co, created_by: by, kind: 'co_opinion', result_class: null });
  });
  afterAll(async () => ctx?.close());

  const sum = (buckets: Bucket[]) => buckets.reduce((s, b) => s + b.count, 0);
  const listTotal = async (query: Record<string, string>) =>
    (await staff.get(`/api/proposals?${new URLSearchParams({ ...query, pageSize: '1' })}`)).json().total as number;

  it('every breakdown adds up to the total, and each bucket opens exactly its proposals in the list', async () => {
    const res = await leader.get('/api/proposals/stats');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.total).toBe(7); // every proposal but the draft
    expect(s.total).toBe(await listTotal({}));
    for (const breakdown of ['byState', 'byKind', 'byCategory', 'bySector', 'byCommittee'] as const) {
      expect(sum(s[breakdown]), breakdown).toBe(s.total);
    }
    expect(Object.fromEntries(s.byState.map((b: Bucket) => [b.key, b.count]))).toEqual({
      submitted: 1,
      rejected: 1,
      accepted: 2,
      handling: 1,
      replied: 1,
      closed: 1,
    });
    expect(s.byKind.find((b: Bucket) => b.key === 'collective').count).toBe(1);
    expect(s.bySector.find((b: Bucket) => b.key === 'none')).toMatchObject({ count: 1, query: null });
    for (const group of [
      'byState',
      'byKind',
      'byCategory',
      'byTheme',
      'bySector',
      'byCommittee',
      'byUnit',
      'resultClasses',
    ] as const) {
      for (const b of s[group] as Bucket[]) {
        if (b.query) expect(await listTotal(b.query), `${group} ${b.label}`).toBe(b.count);
      }
    }
    expect(s.byTheme.find((b: Bucket) => b.key === '民生保障').count).toBe(2);
    expect(s.byUnit.map((b: Bucket & { lead: number }) => [b.label, b.count, b.lead])).toEqual([
      ['市教育局', 3, 2],
      ['市住房和城乡建设局', 2, 1],
    ]);
    expect(s.resultClasses.map((b: Bucket) => b.count)).toEqual([1, 1, 0, 0]);
    expect(s.resultClasses[0].label).toBe('A类 已解决或采纳');
  });

  it('reports satisfaction and the on-time reply rate', async () => {
    const s = (await staff.get('/api/proposals/stats')).json();
    expect(s.satisfaction.attitude).toMatchObject({ rated: 2, satisfiedOrBasic: 2, rate: 1 });
    expect(s.satisfaction.result).toMatchObject({ rated: 2, satisfiedOrBasic: 1, rate: 0.5 });
    expect(s.satisfaction.result.buckets.map((b: Bucket) => b.count)).toEqual([1, 0, 1]);
    // Three formal assignments are due: one answered on time, one late, one overdue.
    expect(s.onTimeReply).toMatchObject({
      due: 3,
      onTime: 1,
      rate: 0.3333,
      overdueNow: { count: 1, query: { overdue: 'true' } },
    });
    expect(await listTotal(s.onTimeReply.overdueNow.query)).toBe(1);
  });

  it('filters by term and session, carrying them into every drill-down', async () => {
    const s = (await staff.get(`/api/proposals/stats?termId=${fx.term}&sessionId=interim`)).json();
    expect(s.total).toBe(7);
    expect(s.byState[0].query).toMatchObject({ termId: String(fx.term), sessionId: 'interim' });
    const other = (await staff.get(`/api/proposals/stats?termId=${fx.term}&sessionId=${fx.sessions[0]}`)).json();
    expect(other.total).toBe(0);
    expect(sum(other.byCategory)).toBe(0);
  });

  it('shows a step taken after the page was last computed, and a renamed unit at once', async () => {
    // Minutes later the figures are kept between views; the next step must still show.
    ctx.clock.set('2026-08-01T02:10:00.000Z');
    const before = (await staff.get('/api/proposals/stats')).json();
    expect((await staff.get('/api/proposals/stats')).json()).toEqual(before);
    ctx.clock.set('2026-08-01T02:11:00.000Z');
    await submitted(member, { category: '其他' });
    const after = (await staff.get('/api/proposals/stats')).json();
    expect(after.total).toBe(before.total + 1);
    expect(after.byState.find((b: Bucket) => b.key === 'submitted').count).toBe(
      before.byState.find((b: Bucket) => b.key === 'submitted').count + 1,
    );
    ctx.clock.set('2026-08-01T02:12:00.000Z');
    await ctx.platform.db
      .updateTable('handling_units')
      .set({ name: '市教育局（更名）' })
      .where('id', '=', fx.units['市教育局']!)
      .execute();
    const renamed = (await staff.get('/api/proposals/stats')).json();
    expect(renamed.byUnit.map((b: Bucket) => b.label)).toContain('市教育局（更名）');
    await ctx.platform.db
      .updateTable('handling_units')
      .set({ name: '市教育局' })
      .where('id', '=', fx.units['市教育局']!)
      .execute();
  });

  it('exports the figures and the proposals behind them as Excel, and a Word summary; both audited', async () => {
    const s = (await leader.get('/api/proposals/stats')).json();
    const xlsx = await leader.get('/api/proposals/stats/export.xlsx');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const names = await sheetNames(xlsx.rawPayload);
    expect(names).toEqual([
      '概况',
      '按状态',
      '按类型',
      '按类别',
      '按主题',
      '按界别',
      '按专委会',
      '答复等级',
      '办理态度评价',
      '办理结果评价',
      '按承办单位',
      '提案清单',
    ]);
    const summary = await sheetRows(xlsx.rawPayload, '概况');
    expect(summary[1]).toEqual(['提案总数（件）', String(s.total)]);
    const byState = await sheetRows(xlsx.rawPayload, '按状态');
    expect(byState.slice(1).map((r) => [r[0], r[1]])).toEqual(s.byState.map((b: Bucket) => [b.label, String(b.count)]));
    const units = await sheetRows(xlsx.rawPayload, '按承办单位');
    expect(units.slice(1).map((r) => r[0])).toEqual(s.byUnit.map((b: Bucket) => b.label));
    // The proposals behind the figures: one row per proposal the statistics count.
    const listed = await sheetRows(xlsx.rawPayload, '提案清单');
    expect(listed[0]!.slice(0, 3)).toEqual(['序号', '提案编号', '案由']);
    expect(listed.length - 1).toBe(s.total);

    // A party or government leader reads the figures but may not list proposals: no list sheet.
    const mayor = await (await login(ctx, 'mayor', PASSWORD)).get('/api/proposals/stats/export.xlsx');
    expect(mayor.statusCode, mayor.body).toBe(200);
    expect(await sheetNames(mayor.rawPayload)).not.toContain('提案清单');

    const docx = await leader.get('/api/proposals/stats/report.docx');
    expect(docx.statusCode, docx.body).toBe(200);
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('提案统计报告');
    expect(text).toContain(`共收到提案${s.total}件`);
    expect(text).toContain('三、办理情况');
    expect(text).toContain(`按时答复${s.onTimeReply.onTime}件`);

    const trail = (await (await login(ctx, 'auditor', PASSWORD)).get('/api/audit?area=proposal')).json();
    const actions = trail.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['proposal.stats_export', 'proposal.stats_report']));
    expectError(await member.get('/api/proposals/stats/export.xlsx'), 403);
    expectError(await member.get('/api/proposals/stats/report.docx'), 403);
    expectError(await staff.get('/api/proposals/stats/report.docx?termId=abc'), 400, 'VALIDATION_FAILED');
  });

  it('members and units have no statistics; bad parameters are a 400', async () => {
    expectError(await member.get('/api/proposals/stats'), 403);
    expectError(await (await login(ctx, 'jiaoyuju', PASSWORD)).get('/api/proposals/stats'), 403);
    expectError(await staff.get('/api/proposals/stats?termId=abc'), 400, 'VALIDATION_FAILED');
  });
});
