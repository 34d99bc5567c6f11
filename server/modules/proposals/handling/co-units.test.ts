// Issue 11 item 1: a lead unit works and replies once it has signed, whatever its co units
// have done; the reply waits for the co units' opinions only when the organisation's rules
// say so, and the page is told what is awaited and from whom. A co unit that does not sign
// by its deadline shows on the office's board, is urged and can be replaced (audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../../platform/clock.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import { assigned, CONTACT, noticesAbout, ok, REPLY, signInHandlingCast } from '../core/proposals.test-helpers.js';

describe(`proposals: a lead unit and its co units (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let health: Client;
  let eduId: number;
  let housingId: number;
  let healthId: number;
  const signIn = async () => ({ member, staff, edu, housing, health } = await signInHandlingCast(ctx));
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
    healthId = fx.units['市卫生健康委员会']!;
    await signIn();
  });
  afterAll(async () => ctx?.close());

  const leadWithCo = () =>
    assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);

  it('the lead unit that signed works and replies while its co unit has not signed; header and row agree', async () => {
    const p = await leadWithCo();
    const signed = await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'lead sign');
    // The header (the proposal's state) and the lead unit's row say the same thing.
    expect(signed.state).toBe('handling');
    const mine = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(mine.state).toBe('handling');
    expect(mine.assignments.find((a: { unitId: number }) => a.unitId === eduId).status).toBe('signed');
    // What the reply waits for, and from whom: a contact (the default rule), and the co unit is listed, not required.
    expect(mine.replyWaits).toEqual({
      contact: { required: true, recorded: false },
      coOpinions: {
        required: false,
        units: [
          {
            unitId: housingId,
            unitName: '市住房和城乡建设局',
            status: 'pending_sign',
            signDeadline: '2026-03-06',
            signOverdue: false,
          },
        ],
      },
    });
    expect(signed.allowedActions).toEqual(expect.arrayContaining(['contact', 'applyExtension']));
    await ok(edu.post(`/api/proposals/${p.id}/contacts`, CONTACT), 'contact');
    expect((await edu.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('reply');
    const answered = await ok(edu.post(`/api/proposals/${p.id}/reply`, REPLY), 'reply');
    expect(answered).toMatchObject({ state: 'replied', resultClass: 'A' });
    // The co unit that never signed can no longer sign a replied proposal.
    expectError(await housing.post(`/api/proposals/${p.id}/sign`, {}), 409, 'INVALID_STATE');
  });

  it('a co unit may still sign and give its opinion after handling started', async () => {
    const p = await leadWithCo();
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'lead sign');
    const co = await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'co sign');
    expect(co.state).toBe('handling');
    expect(co.allowedActions).toContain('coOpinion');
    const lead = (await edu.get(`/api/proposals/${p.id}/handling`)).json();
    expect(lead.replyWaits.coOpinions.units.map((u: { status: string }) => u.status)).toEqual(['signed']);
    // A co unit viewing the page has no reply of its own waiting.
    expect((await housing.get(`/api/proposals/${p.id}/handling`)).json().replyWaits).toBeNull();
  });

  it("with the organisation's rule on, the lead's reply waits for every co unit's opinion and says whose", async () => {
    const settings = (await staff.get('/api/proposals/settings')).json();
    expect(settings).toMatchObject({ contactBeforeReply: true, coOpinionsBeforeReply: false });
    await ok(staff.put('/api/proposals/settings', { ...settings, coOpinionsBeforeReply: true }), 'rule on');
    try {
      const p = await assigned(member, staff, [
        { unitId: eduId, role: 'lead' },
        { unitId: housingId, role: 'co' },
        { unitId: healthId, role: 'co' },
      ]);
      await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'lead sign');
      await ok(edu.post(`/api/proposals/${p.id}/contacts`, CONTACT), 'contact');
      expect((await edu.get(`/api/proposals/${p.id}`)).json().allowedActions).not.toContain('reply');
      const refused = await edu.post(`/api/proposals/${p.id}/reply`, REPLY);
      expectError(refused, 409, 'CO_OPINIONS_AWAITED');
      expect(refused.json().error.message).toContain('市住房和城乡建设局、市卫生健康委员会');
      expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().replyWaits.coOpinions.required).toBe(true);

      await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'co sign');
      await ok(housing.post(`/api/proposals/${p.id}/co-opinion`, { body: '同意主办单位的办理意见。' }), 'opinion');
      // A co unit that drops out is no longer waited for.
      await ok(health.post(`/api/proposals/${p.id}/decline`, { reason: '本委不涉及该事项。' }), 'co decline');
      expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().replyWaits.coOpinions.units).toEqual([]);
      expect((await ok(edu.post(`/api/proposals/${p.id}/reply`, REPLY), 'reply')).state).toBe('replied');
    } finally {
      await ok(staff.put('/api/proposals/settings', settings), 'rule back off');
    }
  });

  it('a co unit overdue to sign is flagged on the board, urged, and replaced by the office (audited)', async () => {
    const p = await leadWithCo();
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'lead sign');
    ctx.clock.advance(10 * DAY);
    await signIn();
    const board = (await staff.get('/api/proposals/handling-board?signOverdue=true&pageSize=100')).json();
    const row = board.items.find((x: { proposalId: number }) => x.proposalId === p.id);
    expect(row).toMatchObject({ unitId: housingId, role: 'co', status: 'pending_sign', signOverdue: true });
    expect(board.summary.signOverdue).toBeGreaterThanOrEqual(1);
    expect(board.items.every((x: { signOverdue: boolean }) => x.signOverdue)).toBe(true);

    const view = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    const co = view.assignments.find((a: { unitId: number }) => a.unitId === housingId);
    expect(co.allowedActions).toEqual(['urge', 'replace']);
    // The lead's row offers urging only: a lead unit is not replaced this way.
    expect(view.assignments.find((a: { unitId: number }) => a.unitId === eduId).allowedActions).toEqual(['urge']);

    await ok(staff.post(`/api/proposals/${p.id}/urge`, { assignmentId: co.id, note: '请于两日内签收。' }), 'urge');
    expect((await noticesAbout(housing, p.id)).some((n) => n.kind === 'proposal.urged')).toBe(true);

    const replace = (body: Record<string, unknown>) =>
      staff.post(`/api/proposals/${p.id}/replace-co-unit`, {
        assignmentId: co.id,
        unitId: healthId,
        reason: '逾期未签收',
        ...body,
      });
    expectError(
      await edu.post(`/api/proposals/${p.id}/replace-co-unit`, { assignmentId: co.id, unitId: healthId, reason: 'x' }),
      403,
    );
    expectError(await replace({ reason: '' }), 400, 'VALIDATION_FAILED');
    expectError(await replace({ unitId: eduId }), 400, 'VALIDATION_FAILED');
    const leadRow = view.assignments.find((a: { unitId: number }) => a.unitId === eduId);
    expectError(await replace({ assignmentId: leadRow.id }), 400, 'VALIDATION_FAILED');
    expectError(await replace({ assignmentId: 999999 }), 404);

    const after = await ok(replace({ reason: '市住建局逾期未签收，改由市卫健委会办。' }), 'replace');
    expect(after.state).toBe('handling');
    // The replaced unit loses the proposal; the new one is told and must sign.
    expectError(await housing.get(`/api/proposals/${p.id}`), 404);
    expect((await noticesAbout(health, p.id)).map((n) => n.kind)).toContain('proposal.assigned');
    expect((await noticesAbout(housing, p.id)).map((n) => n.kind)).toContain('proposal.assignment_cancelled');
    expect((await health.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('sign');
    const rows = (await staff.get(`/api/proposals/${p.id}/handling`)).json().assignments;
    expect(rows.map((a: { unitId: number; status: string }) => [a.unitId, a.status])).toEqual([
      [eduId, 'signed'],
      [housingId, 'cancelled'],
      [healthId, 'pending_sign'],
    ]);
    expect(rows[2].replyDeadline).toBe(rows[0].replyDeadline);
    // Replaced once: the old assignment is no longer open.
    expectError(await replace({ unitId: housingId }), 409, 'INVALID_STATE');

    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['actor_name', 'detail'])
      .where('action', '=', 'proposal.co_unit_replace')
      .where('object_id', '=', String(p.id))
      .execute();
    expect(trail).toHaveLength(1);
    expect(JSON.parse(trail[0]!.detail!)).toMatchObject({
      fromUnitId: housingId,
      toUnitId: healthId,
      fromStatus: 'pending_sign',
      signOverdue: true,
      reason: '市住建局逾期未签收，改由市卫健委会办。',
    });
  });
});
