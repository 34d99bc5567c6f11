import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { multipartFile } from '../../../test/multipart.js';
import {
  accepted,
  assigned,
  ok,
  REPLY,
  signInHandlingCast,
  replyAfterContact,
} from '../core/proposals.test-helpers.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

interface Notice {
  kind: string;
  link: string;
  body: string;
}
async function notices(c: Client, proposalId: number, kind: string): Promise<Notice[]> {
  const items = (await c.get('/api/notifications?pageSize=200')).json().items as Notice[];
  return items.filter((n) => n.kind === kind && n.link === `/proposals/${proposalId}`);
}

describe(`proposals: handling from assignment to closing (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let health: Client;
  let eduId: number;
  let housingId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ({ member, staff, edu, housing, health } = await signInHandlingCast(ctx));
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
  });
  afterAll(async () => ctx?.close());

  it('the whole lifecycle: lead and co unit, contact, co-opinion, reply B with a commitment, rating, commitment done', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    expect(p.state).toBe('assigned');
    // Assigned on Sunday 1 March: five working days to sign, three months to reply.
    expect(p.replyDeadline).toBe('2026-06-01');
    const [assignedNotice] = await notices(edu, p.id, 'proposal.assigned');
    expect(assignedNotice!.body).toContain('主办');
    expect(assignedNotice!.body).toContain('2026-03-06');
    expect(await notices(housing, p.id, 'proposal.assigned')).toHaveLength(1);

    const asLead = (await edu.get(`/api/proposals/${p.id}`)).json();
    expect(asLead.allowedActions).toEqual(expect.arrayContaining(['sign', 'declineAssignment', 'applyExtension']));
    expect(asLead.allowedActions).not.toContain('reply');
    expect((await housing.get(`/api/proposals/${p.id}`)).json().allowedActions).not.toContain('applyExtension');
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('urge');

    expect((await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'co sign')).state).toBe('assigned');
    const signed = await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'lead sign');
    expect(signed.state).toBe('handling');
    expect(signed.allowedActions).toEqual(expect.arrayContaining(['contact', 'applyExtension']));
    // The organisation's default rules: a contact with the proposer before the formal reply.
    expect(signed.allowedActions).not.toContain('reply');
    expect((await housing.get(`/api/proposals/${p.id}`)).json().allowedActions).toEqual(
      expect.arrayContaining(['coOpinion', 'contact']),
    );

    await ok(
      edu.post(`/api/proposals/${p.id}/contacts`, {
        contactedOn: '2026-03-01',
        way: 'visit',
        notes: '到张建国委员单位当面听取意见，委员希望优先解决补贴标准问题。',
      }),
      'contact',
    );
    expect((await edu.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('reply');
    expectError(
      await edu.post(`/api/proposals/${p.id}/contacts`, {
        contactedOn: '2026-03-09',
        way: 'phone',
        notes: '明天的电话',
      }),
      400,
      'VALIDATION_FAILED',
    );
    await ok(
      housing.post(`/api/proposals/${p.id}/co-opinion`, {
        body: '我局支持加装电梯，建议规划审批开通绿色通道，十个工作日内办结。',
      }),
      'co-opinion',
    );
    expect(await notices(edu, p.id, 'proposal.co_opinion')).toHaveLength(1);

    expectError(
      await edu.post(`/api/proposals/${p.id}/reply`, { ...REPLY, resultClass: 'B' }),
      400,
      'VALIDATION_FAILED',
    );
    const upload = await edu.request({
      method: 'POST',
      url: '/api/files?purpose=document',
      ...multipartFile('答复函.pdf', PDF, 'application/pdf'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const search = `/api/proposals?q=${encodeURIComponent('维保基金')}`;
    expect((await staff.get(search)).json().total).toBe(0);
    const answered = await ok(
      edu.post(`/api/proposals/${p.id}/reply`, {
        ...REPLY,
        body: `${REPLY.body}下一步将研究设立加装电梯维保基金。`,
        resultClass: 'B',
        fileId: upload.json().id,
        commitments: [{ content: '年底前在全市推广加装电梯一窗受理', dueDate: '2026-12-31' }],
      }),
      'reply',
    );
    expect(answered).toMatchObject({ state: 'replied', resultClass: 'B' });
    expect(answered.attachments).toEqual([]);
    expect(await notices(member, p.id, 'proposal.reply_received')).toHaveLength(1);
    expect(await notices(member, p.id, 'proposal.feedback_requested')).toHaveLength(1);
    expect(await notices(staff, p.id, 'proposal.reply_received')).toHaveLength(1);
    // The reply text is searchable.
    expect((await staff.get(search)).json().items.map((x: { id: number }) => x.id)).toEqual([p.id]);

    // The proposer sees the formal reply, its file and commitments, not the internal co-opinion.
    const mine = (await member.get(`/api/proposals/${p.id}/handling`)).json();
    expect(mine.viewer).toBe('proposer');
    expect(mine.coOpinions).toEqual([]);
    expect(mine.replies).toHaveLength(1);
    expect(mine.replies[0]).toMatchObject({
      resultClass: 'B',
      resultLabel: '正在解决',
      signer: REPLY.signer,
      sentBack: false,
    });
    expect(mine.replies[0].file.name).toBe('答复函.pdf');
    expect((await member.get(`/api/files/${mine.replies[0].file.id}`)).statusCode).toBe(200);
    expect(mine.contacts).toHaveLength(1);
    expect(mine.assignments[0].urgeCount).toBeNull();
    // The co unit sees its own opinion and the lead's work; the office sees everything.
    const asCo = (await housing.get(`/api/proposals/${p.id}/handling`)).json();
    expect(asCo.viewer).toBe('unit');
    expect(asCo.coOpinions).toHaveLength(1);
    expect(asCo.replies).toHaveLength(1);
    expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().coOpinions).toHaveLength(1);
    expect((await staff.get(`/api/proposals/${p.id}/handling`)).json().viewer).toBe('office');
    expectError(await health.get(`/api/proposals/${p.id}/handling`), 404);

    expect((await member.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('rate');
    expectError(
      await edu.post(`/api/proposals/${p.id}/feedback`, {
        contacted: 'visited',
        attitude: 'satisfied',
        result: 'satisfied',
      }),
      403,
    );
    const closed = await ok(
      member.post(`/api/proposals/${p.id}/feedback`, {
        contacted: 'visited',
        attitude: 'satisfied',
        result: 'basic',
        comments: '态度诚恳，补贴标准已提高，希望尽快全面推开。',
      }),
      'rate',
    );
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(await notices(edu, p.id, 'proposal.rated')).toHaveLength(1);

    // After closing, the unit reports on what it promised until it is done.
    const commitmentId = mine.commitments[0].id;
    expectError(
      await housing.post(`/api/proposals/commitments/${commitmentId}/progress`, { note: '不是我们的承诺' }),
      403,
    );
    const progress = await ok(
      edu.post(`/api/proposals/commitments/${commitmentId}/progress`, { note: '已在东城、西河两区推开一窗受理。' }),
      'progress',
    );
    expect(progress.commitments[0]).toMatchObject({ status: 'open', allowedActions: ['progress'] });
    const done = await ok(
      edu.post(`/api/proposals/commitments/${commitmentId}/progress`, {
        note: '全市十二个街道均已实行一窗受理。',
        done: true,
      }),
      'done',
    );
    expect(done.commitments[0].status).toBe('done');
    expect(done.commitments[0].updates.map((u: { marksDone: boolean }) => u.marksDone)).toEqual([false, true]);
    expect(await notices(member, p.id, 'proposal.commitment_done')).toHaveLength(1);
    expectError(
      await edu.post(`/api/proposals/commitments/${commitmentId}/progress`, { note: '再报一次' }),
      409,
      'INVALID_STATE',
    );

    // The timeline tells the story in Chinese; unit staff appear as their unit, office staff as the office to a member.
    const timeline = (await member.get(`/api/proposals/${p.id}/timeline`)).json().items as {
      label: string;
      who: string;
      detail: string | null;
    }[];
    expect(timeline.map((t) => t.label)).toEqual([
      '起草提案',
      '提交提案',
      '立案',
      '交办',
      '签收',
      '签收',
      '联系提案人',
      '提出会办意见',
      '正式答复',
      '提案人评价',
      '报告承诺落实进展',
      '承诺事项已落实',
    ]);
    expect(timeline.filter((t) => t.label === '签收').map((t) => t.who)).toEqual(['市住房和城乡建设局', '市教育局']);
    expect(timeline.find((t) => t.label === '立案')!.who).toBe('政协机关');
    expect(timeline.find((t) => t.label === '交办')!.detail).toContain('市教育局（主办）');
    // Dates in the history read as Chinese text writes them, as everywhere else in zh-CN.
    expect(timeline.find((t) => t.label === '交办')!.detail).toMatch(/答复期限 \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(timeline.find((t) => t.label === '正式答复')!.detail).toContain('B类：正在解决');
    // The same as codes and values, for a client in another language; who is labelled by kind.
    const entry = (label: string) => timeline.find((t) => t.label === label) as unknown as Record<string, unknown>;
    expect(entry('立案').whoKind).toBe('office');
    expect(entry('签收').whoKind).toBe('unit');
    expect(entry('正式答复').facts).toContainEqual({ code: 'resultClass', resultClass: 'B', resultLabel: '正在解决' });
    expect(entry('交办').facts).toEqual([
      { code: 'assigned', units: expect.arrayContaining([{ name: '市教育局', role: 'lead' }]) },
      { code: 'replyDeadline', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) },
    ]);
    const officeTimeline = (await staff.get(`/api/proposals/${p.id}/timeline`)).json().items as {
      label: string;
      who: string;
    }[];
    expect(officeTimeline.find((t) => t.label === '立案')!.who).toBe('周秘书');
  });

  it('split handling: each unit answers its part; the proposal is replied when both have, with the worse class', async () => {
    const a = await accepted(member, staff);
    const tryAssign = (units: unknown) => staff.post(`/api/proposals/${a.id}/assign`, { units });
    expectError(await tryAssign([{ unitId: eduId, role: 'split', partNote: '补贴资金' }]), 400, 'VALIDATION_FAILED');
    expectError(
      await tryAssign([
        { unitId: eduId, role: 'split', partNote: '补贴资金' },
        { unitId: housingId, role: 'split' },
      ]),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await tryAssign([
        { unitId: eduId, role: 'lead' },
        { unitId: housingId, role: 'split', partNote: '审批' },
      ]),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await tryAssign([
        { unitId: eduId, role: 'lead' },
        { unitId: eduId, role: 'co' },
      ]),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await tryAssign([{ unitId: fx.countyUnit, role: 'lead' }]), 400, 'VALIDATION_FAILED');
    expectError(await tryAssign([{ unitId: eduId, role: 'co' }]), 400, 'VALIDATION_FAILED');

    const p = await ok(
      tryAssign([
        { unitId: eduId, role: 'split', partNote: '校园周边加装电梯的补贴资金' },
        { unitId: housingId, role: 'split', partNote: '加装电梯审批流程' },
      ]),
      'split assign',
    );
    expect(p.state).toBe('assigned');
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    expect((await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign')).state).toBe('handling');

    const first = await ok(replyAfterContact(edu, p.id, { ...REPLY, resultClass: 'A' }), 'first part');
    expect(first.state).toBe('handling');
    expect(first.allowedActions).not.toContain('reply');
    // Half an answer is not shown to the proposer; the office and the unit see it.
    expect((await member.get(`/api/proposals/${p.id}/handling`)).json().replies).toEqual([]);
    expect((await staff.get(`/api/proposals/${p.id}/handling`)).json().replies).toHaveLength(1);
    // A split unit sees its own part only.
    expect((await housing.get(`/api/proposals/${p.id}/handling`)).json().replies).toEqual([]);

    expectError(await replyAfterContact(housing, p.id, { ...REPLY, resultClass: 'C' }), 400, 'VALIDATION_FAILED');
    const second = await ok(
      replyAfterContact(housing, p.id, {
        ...REPLY,
        body: '审批流程优化已列入明年工作计划。',
        resultClass: 'C',
        commitments: [{ content: '明年六月前出台加装电梯审批简化办法', dueDate: '2027-06-30' }],
      }),
      'second part',
    );
    expect(second).toMatchObject({ state: 'replied', resultClass: 'C' });
    const seen = (await member.get(`/api/proposals/${p.id}/handling`)).json();
    expect(seen.replies.map((r: { unitName: string; resultClass: string }) => [r.unitName, r.resultClass])).toEqual([
      ['市教育局', 'A'],
      ['市住房和城乡建设局', 'C'],
    ]);
    expect(seen.assignments.map((x: { partNote: string }) => x.partNote)).toEqual([
      '校园周边加装电梯的补贴资金',
      '加装电梯审批流程',
    ]);
  });
});
