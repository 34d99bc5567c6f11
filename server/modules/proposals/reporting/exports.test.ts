import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, sheetRows } from '../../../test/sheets.js';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { addAssignment, addReply, replied, setProposal } from './outcomes.test-helpers.js';
import { accepted, SAMPLE } from '../core/proposals.test-helpers.js';

describe(`proposals: Word and Excel exports (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let member2: Client;
  let member3: Client;
  let staff: Client;
  let leader: Client;
  let unit: Client;
  let jointId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, member2, member3, staff, leader, unit] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'lixiaomei', PASSWORD),
      login(ctx, 'wangzhiqiang', PASSWORD),
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
      login(ctx, 'zhujianju', PASSWORD),
    ]);
    const d = (
      await member.post('/api/proposals', { ...SAMPLE, kind: 'joint', coProposerIds: [fx.members.li] })
    ).json();
    await member2.post(`/api/proposals/${d.id}/invitation`, { accept: true });
    await member.post(`/api/proposals/${d.id}/submit`, {});
    await staff.post(`/api/proposals/${d.id}/accept`, {});
    jointId = d.id;
    const db = ctx.platform.db;
    const { assignmentId } = await replied(db, jointId, {
      unitId: fx.units['市住房和城乡建设局']!,
      by: fx.users.unit2!.id,
      resultClass: 'B',
      at: '2026-05-20T02:00:00.000Z',
      body: '关于加装电梯补贴，我局已会同财政部门拟订新的补助办法。\n预计今年第三季度出台实施。',
    });
    const co = await addAssignment(db, {
      proposal_id: jointId,
      unit_id: fx.units['市教育局']!,
      role: 'co',
      status: 'replied',
    });
    await addReply(db, {
      assignment_id: co,
      created_by: fx.users.unit!.id,
      kind: 'co_opinion',
      result_class: null,
      body: '会办意见：本局无异议。',
    });
    await addReply(db, {
      assignment_id: assignmentId,
      created_by: fx.users.unit2!.id,
      status: 'sent_back',
      result_class: 'D',
      body: '被退回的旧答复',
    });
  });
  afterAll(async () => ctx?.close());

  it('exports one proposal in the standard form with its formal reply; the phone is masked for most viewers', async () => {
    const res = await leader.get(`/api/proposals/${jointId}/export.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('.docx');
    const text = await docxText(res.rawPayload);
    expect(text).toContain('测试市政协提案');
    expect(text).toContain('第十五届会后 第0001号');
    for (const label of ['案由', '提案人', '联系方式', '理由', '办法与建议']) expect(text).toContain(label);
    expect(text).toContain(SAMPLE.title);
    expect(text).toContain('张建国、李晓梅');
    expect(text).toContain('张建国　138****8001');
    expect(text).not.toContain('13800138001');
    expect(text).toContain(SAMPLE.reasons);
    expect(text).toContain(SAMPLE.suggestions);
    expect(text).toContain('市住房和城乡建设局答复（B类 正在解决，2026年5月20日）');
    expect(text).toContain('预计今年第三季度出台实施。');
    expect(text).not.toContain('会办意见');
    expect(text).not.toContain('被退回的旧答复');
    for (const c of [member, member2, unit])
      expect(await docxText((await c.get(`/api/proposals/${jointId}/export.docx`)).rawPayload)).toContain(
        '138****8001',
      );
    expectError(await member3.get(`/api/proposals/${jointId}/export.docx`), 404);
  });

  it('shows the full phone to staff who may unmask, and audits that export', async () => {
    const res = await staff.get(`/api/proposals/${jointId}/export.docx`);
    expect(await docxText(res.rawPayload)).toContain('张建国　13800138001');
    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['actor_name', 'detail'])
      .where('action', '=', 'proposal.export_docx')
      .execute();
    const unmasked = audit.filter((a) => JSON.parse(a.detail ?? '{}').unmasked === true);
    expect(unmasked.map((a) => a.actor_name)).toEqual(['周秘书']);
    expect(audit.length).toBeGreaterThan(1);
    // The exports are the auditor's business: the proposal's history (which its proposers read) shows none.
    const history = (await member.get(`/api/proposals/${jointId}/timeline`)).json().items as { action: string }[];
    expect(history.length).toBeGreaterThan(0);
    expect(history.map((x) => x.action)).not.toContain('proposal.export_docx');
  });

  // Export speed (< 100 ms per Word document) is measured by `npm run bench`, not here.

  it('exports the filtered list as Excel, with the same visibility as the list, and audits it', async () => {
    await accepted(member3, staff, { title: '关于完善社区卫生服务中心夜间门诊的建议', category: '教科文卫体' });
    const all = await staff.get('/api/proposals/export.xlsx');
    expect(all.statusCode, all.body).toBe(200);
    const rows = await sheetRows(all.rawPayload);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['序号', '提案编号', '案由', '提案人', '主办（分办）单位', '会办单位', '答复等级']),
    );
    expect(rows).toHaveLength(3);
    const joint = rows.find((r) => r[2] === SAMPLE.title)!;
    expect(joint).toEqual(
      expect.arrayContaining(['张建国、李晓梅', '联名提案', '已答复', '市住房和城乡建设局', '市教育局', 'B']),
    );

    const filtered = await sheetRows(
      (await staff.get(`/api/proposals/export.xlsx?category=${encodeURIComponent('教科文卫体')}`)).rawPayload,
    );
    expect(filtered.slice(1).map((r) => r[2])).toEqual(['关于完善社区卫生服务中心夜间门诊的建议']);
    const mine = await sheetRows((await member.get('/api/proposals/export.xlsx')).rawPayload);
    expect(mine.slice(1).map((r) => r[2])).toEqual([SAMPLE.title]);
    const unitRows = await sheetRows((await unit.get('/api/proposals/export.xlsx')).rawPayload);
    expect(unitRows.slice(1).map((r) => r[2])).toEqual([SAMPLE.title]);
    expectError(await staff.get('/api/proposals/export.xlsx?state=bogus'), 400, 'VALIDATION_FAILED');

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'proposal.export')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail!).count)).toEqual([2, 1, 1, 1]);
  });

  it('streams long lists page after page in list order', async () => {
    const db = ctx.platform.db;
    const base = await db.selectFrom('proposals').selectAll().where('id', '=', jointId).executeTakeFirstOrThrow();
    const { id: _id, ...row } = base;
    const n = 2300;
    for (let start = 0; start < n; start += 200) {
      await db
        .insertInto('proposals')
        .values(
          Array.from({ length: Math.min(200, n - start) }, (_v, k) => {
            const i = start + k + 1;
            return {
              ...row,
              title: `批量提案第${i}号`,
              category: '生态环境',
              state: 'accepted' as const,
              number: 1000 + i,
              number_label: `批量 第${i}号`,
              submitted_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
              is_key: 0,
              key_status: null,
              result_class: null,
            };
          }),
        )
        .execute();
    }
    const res = await staff.get(`/api/proposals/export.xlsx?category=${encodeURIComponent('生态环境')}&sort=number`);
    const rows = await sheetRows(res.rawPayload);
    expect(rows).toHaveLength(n + 1);
    expect(rows[1]!.slice(0, 3)).toEqual(['1', '批量 第1号', '批量提案第1号']);
    expect(rows[n]!.slice(0, 3)).toEqual([String(n), `批量 第${n}号`, `批量提案第${n}号`]);
  });

  it('shows each viewer only the replies the handling page shows them', async () => {
    const db = ctx.platform.db;
    const p = await accepted(member, staff, { title: '关于统筹城区学校与社区体育设施共享的建议' });
    const edu = await addAssignment(db, {
      proposal_id: p.id,
      unit_id: fx.units['市教育局']!,
      role: 'split',
      part_note: '学校场馆开放',
    });
    await addAssignment(db, {
      proposal_id: p.id,
      unit_id: fx.units['市住房和城乡建设局']!,
      role: 'split',
      part_note: '社区设施建设',
    });
    await addReply(db, {
      assignment_id: edu,
      created_by: fx.users.unit!.id,
      result_class: 'A',
      body: '教育局负责部分的答复',
    });
    await setProposal(db, p.id, { state: 'handling' });
    const text = async (c: Client) => docxText((await c.get(`/api/proposals/${p.id}/export.docx`)).rawPayload);
    expect(await text(staff)).toContain('教育局负责部分的答复');
    // The other split unit does not read its partner's part; the proposer waits until every part is in.
    expect(await text(unit)).not.toContain('教育局负责部分的答复');
    expect(await text(member)).not.toContain('教育局负责部分的答复');
    await setProposal(db, p.id, { state: 'replied' });
    expect(await text(member)).toContain('教育局负责部分的答复');
  });
});
