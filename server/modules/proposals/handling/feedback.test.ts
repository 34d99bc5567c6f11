import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../../platform/clock.js';
import { addMonths } from '../../../platform/workdays.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { ok, replied, REPLY, signInHandlingCast, replyAfterContact } from '../core/proposals.test-helpers.js';

const UNSATISFIED = {
  contacted: 'phone',
  attitude: 'basic',
  result: 'unsatisfied',
  comments: '补贴仍未到位，答复与实际不符。',
};

describe(`proposals: sent-back replies, feedback, re-handling and commitments (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let eduId: number;
  async function signIn() {
    ({ member, staff, edu, housing } = await signInHandlingCast(ctx));
  }
  const titles = async (c: Client, id: number) =>
    ((await c.get('/api/notifications?pageSize=200')).json().items as { link: string; kind: string }[])
      .filter((n) => n.link === `/proposals/${id}`)
      .map((n) => n.kind);
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    eduId = fx.units['市教育局']!;
    await signIn();
  });
  afterAll(async () => ctx?.close());

  it('the office sends an inadequate reply back; the unit answers again', async () => {
    const p = await replied(member, staff, edu, eduId, {
      resultClass: 'B',
      commitments: [{ content: '九月底前拨付首批补贴', dueDate: '2026-09-30' }],
    });
    const view = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    expect(view.replies[0].allowedActions).toEqual(['sendBack']);
    expectError(
      await member.post(`/api/proposals/${p.id}/send-back`, { replyId: view.replies[0].id, note: '不行' }),
      403,
    );
    expectError(
      await staff.post(`/api/proposals/${p.id}/send-back`, { replyId: view.replies[0].id }),
      400,
      'VALIDATION_FAILED',
    );
    const back = await ok(
      staff.post(`/api/proposals/${p.id}/send-back`, {
        replyId: view.replies[0].id,
        note: '答复未回应委员提出的审批简化建议，请补充。',
      }),
      'send back',
    );
    expect(back).toMatchObject({ state: 'handling', resultClass: null, repliedAt: null });
    expect(back.allowedActions).not.toContain('rate');
    expect(await titles(edu, p.id)).toContain('proposal.reply_sent_back');

    const unitView = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(unitView.replies[0]).toMatchObject({
      sentBack: true,
      sentBackNote: '答复未回应委员提出的审批简化建议，请补充。',
    });
    expect(unitView.assignments[0].status).toBe('signed');
    expect(unitView.commitments[0].status).toBe('dropped');
    // The proposer never sees the withdrawn reply nor its promises.
    const mine = (await member.get(`/api/proposals/${p.id}/handling`)).json();
    expect(mine.replies).toEqual([]);
    expect(mine.commitments).toEqual([]);
    expect((await member.get(`/api/proposals/${p.id}/timeline`)).json().items.at(-1)).toMatchObject({
      label: '退回答复',
      detail: '答复须修改完善',
    });

    const again = await ok(
      replyAfterContact(edu, p.id, {
        ...REPLY,
        body: `${REPLY.body}审批环节已压缩至十个工作日。`,
        resultClass: 'A',
      }),
      'second reply',
    );
    expect(again).toMatchObject({ state: 'replied', resultClass: 'A' });
    expect(
      (await member.get(`/api/proposals/${p.id}/handling`))
        .json()
        .replies.map((r: { resultClass: string }) => r.resultClass),
    ).toEqual(['A']);
    expect(
      (await staff.get(`/api/proposals/${p.id}/handling`)).json().replies.map((r: { sentBack: boolean }) => r.sentBack),
    ).toEqual([true, false]);
  });

  it('unsatisfied feedback re-opens handling once; unsatisfied again closes it', async () => {
    const p = await replied(member, staff, edu, eduId, {
      resultClass: 'C',
      commitments: [{ content: '明年纳入财政预算', dueDate: '2027-03-31' }],
    });
    expectError(
      await member.post(`/api/proposals/${p.id}/feedback`, {
        contacted: 'nobody',
        attitude: 'satisfied',
        result: 'satisfied',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const reopened = await ok(member.post(`/api/proposals/${p.id}/feedback`, UNSATISFIED), 'unsatisfied');
    const today = (await staff.get(`/api/proposals/${p.id}/timeline`)).json().items.at(-1).at.slice(0, 10);
    expect(reopened).toMatchObject({ state: 'handling', rehandleCount: 1, replyDeadline: addMonths(today, 1) });
    expect(await titles(edu, p.id)).toContain('proposal.rehandle');
    const view = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(view.assignments[0]).toMatchObject({ status: 'signed', round: 2, replyDeadline: addMonths(today, 1) });
    expect(view.feedback[0]).toMatchObject({ round: 1, result: 'unsatisfied', memberName: '张建国' });
    expectError(await member.post(`/api/proposals/${p.id}/feedback`, UNSATISFIED), 409, 'INVALID_STATE');

    const second = await ok(
      replyAfterContact(edu, p.id, {
        ...REPLY,
        body: '经再次研究，补贴资金已从今年预备费中先行安排。',
        resultClass: 'B',
        commitments: [{ content: '十月底前完成拨付', dueDate: '2026-10-31' }],
      }),
      'second round reply',
    );
    expect(second).toMatchObject({ state: 'replied', resultClass: 'B' });
    const rounds = (await member.get(`/api/proposals/${p.id}/handling`))
      .json()
      .replies.map((r: { round: number; resultClass: string }) => [r.round, r.resultClass]);
    expect(rounds).toEqual([
      [1, 'C'],
      [2, 'B'],
    ]);
    const closed = await ok(member.post(`/api/proposals/${p.id}/feedback`, UNSATISFIED), 'unsatisfied again');
    expect(closed).toMatchObject({ state: 'closed', rehandleCount: 1 });
    const rates = (await staff.get(`/api/proposals/${p.id}/timeline`))
      .json()
      .items.filter((t: { label: string }) => t.label === '提案人评价');
    expect(rates.map((t: { detail: string }) => t.detail.split('；').at(-1))).toEqual(['重新办理', '办结']);
  });

  it('the office may close a replied proposal without feedback', async () => {
    const p = await replied(member, staff, edu, eduId);
    expectError(await edu.post(`/api/proposals/${p.id}/close`, {}), 403);
    const closed = await ok(
      staff.post(`/api/proposals/${p.id}/close`, { note: '提案人已调离本市，无法评价。' }),
      'close',
    );
    expect(closed.state).toBe('closed');
    expect(await titles(member, p.id)).toContain('proposal.closed');
    expectError(
      await member.post(`/api/proposals/${p.id}/feedback`, { contacted: 'none', attitude: 'basic', result: 'basic' }),
      409,
      'INVALID_STATE',
    );
  });

  it('overdue commitments are listed for the office and the unit; the office may drop one with a reason', async () => {
    ctx.clock.set('2026-08-01T02:00:00Z');
    await signIn();
    const p = await replied(member, staff, edu, eduId, {
      resultClass: 'B',
      commitments: [
        { content: '八月十日前完成电梯安全评估', dueDate: '2026-08-10' },
        { content: '年底前出台补贴细则', dueDate: '2026-12-31' },
      ],
    });
    await ok(
      member.post(`/api/proposals/${p.id}/feedback`, {
        contacted: 'visited',
        attitude: 'satisfied',
        result: 'satisfied',
      }),
      'rate',
    );
    ctx.clock.advance(20 * DAY);
    await signIn();
    const overdue = (await staff.get('/api/proposals/commitments?overdue=true&pageSize=100')).json();
    const mine = overdue.items.filter((c: { proposalId: number }) => c.proposalId === p.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      content: '八月十日前完成电梯安全评估',
      unitName: '市教育局',
      overdue: true,
      daysOverdue: 11,
      numberLabel: p.numberLabel,
    });
    expect(
      (await edu.get('/api/proposals/commitments?overdue=true'))
        .json()
        .items.map((c: { proposalId: number }) => c.proposalId),
    ).toContain(p.id);
    expect((await housing.get('/api/proposals/commitments?overdue=true')).json().total).toBe(0);
    expectError(await member.get('/api/proposals/commitments'), 403);

    expectError(await edu.post(`/api/proposals/commitments/${mine[0].id}/drop`, { reason: '不想做了' }), 403);
    const dropped = await ok(
      staff.post(`/api/proposals/commitments/${mine[0].id}/drop`, { reason: '评估工作已由省级部门统一开展。' }),
      'drop',
    );
    const c = dropped.commitments.find((x: { id: number }) => x.id === mine[0].id);
    expect(c).toMatchObject({ status: 'dropped', allowedActions: [] });
    expect(c.updates.at(-1).note).toBe('评估工作已由省级部门统一开展。');
    expect(await titles(edu, p.id)).toContain('proposal.commitment_dropped');
    expect(
      (await staff.get('/api/proposals/commitments?overdue=true&pageSize=100'))
        .json()
        .items.map((x: { id: number }) => x.id),
    ).not.toContain(mine[0].id);
    expectError(
      await staff.post(`/api/proposals/commitments/${mine[0].id}/drop`, { reason: '再来一次' }),
      409,
      'INVALID_STATE',
    );
    expectError(await staff.post('/api/proposals/commitments/999999/drop', { reason: '不存在' }), 404);
  });
});
