// The home page's figures: each role's queue counted, scoped to the caller's organisation,
// unit or key proposals, and refused to those who have no queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { accepted, assigned, ok, REPLY, replyAfterContact, submitted } from '../core/proposals.test-helpers.js';

describe(`proposals: home figures (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let chair: Client;
  let mayor: Client;
  let edu: Client;
  let housing: Client;
  let county: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, staff, chair, mayor, edu, housing, county] = await Promise.all(
      ['zhangjianguo', 'staff', 'leader', 'mayor', 'jiaoyuju', 'zhujianju', 'dongcheng'].map((u) =>
        login(ctx, u, PASSWORD),
      ),
    );
  });
  afterAll(async () => ctx?.close());

  const figures = async (c: Client) => ok(c.get('/api/proposals/home'), 'home figures');
  const setDeadlines = (proposalId: number, d: { sign_deadline?: string; reply_deadline?: string }) =>
    ctx.platform.db.updateTable('proposal_assignments').set(d).where('proposal_id', '=', proposalId).execute();
  const eduId = () => fx.units['市教育局']!;

  it("counts the office's queues, a unit's assignments and nothing of another organisation", async () => {
    const empty = await figures(staff);
    expect(empty).toEqual({
      office: { toReview: 0, toAssign: 0, signOverdue: 0, replyOverdue: 0, toClose: 0, commitmentsOverdue: 0 },
      unit: null,
      leader: null,
    });

    await submitted(member);
    await submitted(member);
    await accepted(member, staff);
    // Unsigned past its sign-for deadline (today is 2026-03-01 on the test clock).
    const unsigned = await assigned(member, staff, [{ unitId: eduId(), role: 'lead' }]);
    await setDeadlines(unsigned.id, { sign_deadline: '2026-02-20' });
    // Signed, past its reply deadline, and urged by the office.
    const late = await assigned(member, staff, [{ unitId: eduId(), role: 'lead' }]);
    await ok(edu.post(`/api/proposals/${late.id}/sign`, {}), 'sign');
    await setDeadlines(late.id, { reply_deadline: '2026-02-25' });
    const [assignment] = (await ok(staff.get(`/api/proposals/${late.id}/handling`), 'handling')).assignments;
    await ok(staff.post(`/api/proposals/${late.id}/urge`, { assignmentId: assignment.id, note: '请尽快答复' }), 'urge');
    // Answered with a commitment already past due.
    const answered = await assigned(member, staff, [{ unitId: eduId(), role: 'lead' }]);
    await ok(edu.post(`/api/proposals/${answered.id}/sign`, {}), 'sign');
    await ok(
      replyAfterContact(edu, answered.id, {
        ...REPLY,
        commitments: [{ content: '年内建成两所托育园', dueDate: '2026-12-31' }],
      }),
      'reply',
    );
    await ctx.platform.db
      .updateTable('proposal_commitments')
      .set({ due_date: '2026-02-28' })
      .where('proposal_id', '=', answered.id)
      .execute();
    // Another unit's assignment: counted for the office, not for 市教育局.
    await assigned(member, staff, [{ unitId: fx.units['市住房和城乡建设局']!, role: 'lead' }]);

    expect((await figures(staff)).office).toEqual({
      toReview: 2,
      toAssign: 1,
      signOverdue: 1,
      replyOverdue: 1,
      toClose: 1,
      commitmentsOverdue: 1,
    });
    expect(await figures(edu)).toEqual({
      office: null,
      unit: { toSign: 1, toReply: 1, overdue: 2, urged: 1 },
      leader: null,
    });
    expect((await figures(housing)).unit).toEqual({ toSign: 1, toReply: 0, overdue: 0, urged: 0 });
    // Each figure is the total of the list it links to.
    const total = async (c: Client, url: string) => (await ok(c.get(url), url)).total;
    expect(await total(staff, '/api/proposals?state=submitted')).toBe(2);
    expect(await total(staff, '/api/proposals?state=accepted')).toBe(1);
    expect(await total(staff, '/api/proposals?state=replied')).toBe(1);
    expect(await total(staff, '/api/proposals/handling-board?late=sign')).toBe(1);
    expect(await total(staff, '/api/proposals/handling-board?late=reply')).toBe(1);
    expect(await total(staff, '/api/proposals/commitments?status=open&overdue=true')).toBe(1);
    expect(await total(edu, '/api/proposals/inbox?status=pending_sign')).toBe(1);
    expect(await total(edu, '/api/proposals/inbox?status=signed')).toBe(1);
    expect(await total(edu, '/api/proposals/inbox?status=pending_sign,signed&overdue=true')).toBe(2);
    expect(await total(edu, '/api/proposals/inbox?status=pending_sign,signed&urged=true')).toBe(1);
    // The county's office sees its own county's queues only.
    expect((await figures(county)).office).toMatchObject({ toReview: 0, toAssign: 0, signOverdue: 0 });
  });

  it("counts a leader's key proposals and the instructions awaited; nominations for the committee's leadership", async () => {
    const p = await assigned(member, staff, [{ unitId: eduId(), role: 'lead' }], {
      title: '关于建设城市绿道网络的建议',
    });
    await ok(staff.post(`/api/proposals/${p.id}/key/nominate`, {}), 'nominate');
    expect((await figures(chair)).leader).toMatchObject({ led: 0, toDecide: 1 });
    await ok(
      chair.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-26' }),
      'decide',
    );
    await ok(staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.mayor!.id }), 'lead');

    const before = await figures(mayor);
    expect(before.office).toBeNull();
    expect(before.unit).toBeNull();
    expect(before.leader).toMatchObject({
      led: 1,
      inHandling: 1,
      answered: 0,
      overdue: 0,
      awaitingInstruction: 1,
      toDecide: null,
    });
    expect(before.leader.recent).toEqual([
      {
        id: p.id,
        numberLabel: p.numberLabel,
        title: '关于建设城市绿道网络的建议',
        state: 'assigned',
        overdue: false,
        instructions: 0,
      },
    ]);
    expect((await figures(chair)).leader).toMatchObject({ led: 0, toDecide: 0 });

    await ok(
      mayor.post(`/api/proposals/${p.id}/key/events`, {
        kind: 'instruction',
        happenedOn: '2026-02-28',
        summary: '请市教育局会同住建部门一并研究。',
      }),
      'instruction',
    );
    await setDeadlines(p.id, { reply_deadline: '2026-02-27' });
    await ctx.platform.db
      .updateTable('proposals')
      .set({ reply_deadline: '2026-02-27' })
      .where('id', '=', p.id)
      .execute();
    const after = (await figures(mayor)).leader;
    expect(after).toMatchObject({ led: 1, overdue: 1, awaitingInstruction: 0 });
    expect(after.recent[0]).toMatchObject({ overdue: true, instructions: 1 });
  });

  it('is refused to those with no queue', async () => {
    for (const username of ['zhangjianguo', 'auditor', 'public']) {
      expectError(await (await login(ctx, username, PASSWORD)).get('/api/proposals/home'), 403);
    }
  });
});
