// Issue 11 items 3 and 4: "contact the proposer before replying" is an organisation setting
// (on by default) that refuses a reply without a recorded contact; a commitment's due date
// has no default; an extension request moves the proposal's version so the page shows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { assigned, CONTACT, ok, REPLY, signInHandlingCast } from '../core/proposals.test-helpers.js';

describe(`proposals: what a formal reply needs first (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let eduId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ({ member, staff, edu } = await signInHandlingCast(ctx));
    eduId = fx.units['市教育局']!;
  });
  afterAll(async () => ctx?.close());

  const signedByEdu = async () => {
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    return ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
  };

  it('on by default: a reply without a recorded contact is refused with a clear error', async () => {
    expect((await staff.get('/api/proposals/settings')).json().contactBeforeReply).toBe(true);
    const p = await signedByEdu();
    expect(p.allowedActions).not.toContain('reply');
    const refused = await edu.post(`/api/proposals/${p.id}/reply`, REPLY);
    expectError(refused, 409, 'CONTACT_REQUIRED');
    expect(refused.json().error.message).toBe('答复前须与提案人沟通：请先记录与提案人的联系（走访、电话或座谈）');
    // The unit's own contact lifts the refusal.
    await ok(edu.post(`/api/proposals/${p.id}/contacts`, CONTACT), 'contact');
    expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().replyWaits.contact).toEqual({
      required: true,
      recorded: true,
    });
    expect((await ok(edu.post(`/api/proposals/${p.id}/reply`, REPLY), 'reply')).state).toBe('replied');
  });

  it('the office may turn the rule off (audited); then a reply needs no contact', async () => {
    const settings = (await staff.get('/api/proposals/settings')).json();
    expectError(await edu.put('/api/proposals/settings', { ...settings, contactBeforeReply: false }), 403);
    expectError(await staff.put('/api/proposals/settings', { ...settings, contactBeforeReply: 'no' }), 400);
    await ok(staff.put('/api/proposals/settings', { ...settings, contactBeforeReply: false }), 'rule off');
    try {
      expect((await edu.get('/api/proposals/settings')).json().contactBeforeReply).toBe(false);
      const p = await signedByEdu();
      expect(p.allowedActions).toContain('reply');
      expect((await ok(edu.post(`/api/proposals/${p.id}/reply`, REPLY), 'reply')).state).toBe('replied');
    } finally {
      await ok(staff.put('/api/proposals/settings', settings), 'rule on again');
    }
    // A client that does not know the rules yet sends settings without them: the defaults hold.
    const { contactBeforeReply: _c, coOpinionsBeforeReply: _o, ...older } = settings;
    expect((await ok(staff.put('/api/proposals/settings', older), 'older client')).contactBeforeReply).toBe(true);
  });

  it("a commitment's due date must be set: there is no default", async () => {
    const p = await signedByEdu();
    await ok(edu.post(`/api/proposals/${p.id}/contacts`, CONTACT), 'contact');
    const missing = await edu.post(`/api/proposals/${p.id}/reply`, {
      ...REPLY,
      resultClass: 'B',
      commitments: [{ content: '年内完成全市中小学食堂改造' }],
    });
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(missing.json().error.details)).toContain('commitments.0.dueDate');
    const commitments = (await edu.get('/api/proposals/commitments?pageSize=100')).json().items;
    expect(commitments.filter((c: { proposalId: number }) => c.proposalId === p.id)).toEqual([]);
    const answered = await ok(
      edu.post(`/api/proposals/${p.id}/reply`, {
        ...REPLY,
        resultClass: 'B',
        commitments: [{ content: '年内完成全市中小学食堂改造', dueDate: '2026-11-30' }],
      }),
      'reply',
    );
    expect(answered.state).toBe('replied');
    const view = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(view.commitments.map((c: { dueDate: string }) => c.dueDate)).toEqual(['2026-11-30']);
  });

  it("an extension request changes the proposal's version, so the unit's page shows it without a reload", async () => {
    const p = await signedByEdu();
    const answer = await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: '2026-08-31',
        reason: '需会同财政部门测算资金。',
      }),
      'apply',
    );
    // The page reloads the handling record when the version it holds changes.
    expect(answer.version).toBeGreaterThan(p.version);
    const view = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(
      view.extensions.map((e: { status: string; requestedDeadline: string }) => [e.status, e.requestedDeadline]),
    ).toEqual([['pending', '2026-08-31']]);
  });
});
