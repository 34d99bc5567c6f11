import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY } from '../../../platform/clock.js';
import { seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, type Client, type TestContext } from '../../../test/harness.js';
import {
  assigned,
  ok,
  REPLY,
  noticesAbout,
  signInHandlingCast,
  replyAfterContact,
} from '../core/proposals.test-helpers.js';

interface InboxItem {
  proposalId: number;
  status: string;
  urgeCount: number;
  lastUrgedAt: string | null;
  overdue: boolean;
  signOverdue: boolean;
  daysLeft: number | null;
}

describe(`proposals: assignment, declines, extensions and urging (${ENGINE})`, () => {
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
  /** Moving the clock by days ends every session (idle timeout): sign in again after. */
  async function signIn() {
    ({ member, staff, edu, housing, health } = await signInHandlingCast(ctx));
  }
  const kinds = noticesAbout;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
    healthId = fx.units['市卫生健康委员会']!;
    await signIn();
  });
  afterAll(async () => ctx?.close());

  it('a lead unit that declines sends the proposal back to the office, which reassigns it', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'co sign');
    expectError(await edu.post(`/api/proposals/${p.id}/decline`, {}), 400, 'VALIDATION_FAILED');
    const back = await ok(
      edu.post(`/api/proposals/${p.id}/decline`, { reason: '该事项属住建部门职责，建议改由市住建局主办。' }),
      'decline',
    );
    expect(back).toMatchObject({ state: 'accepted', replyDeadline: null, allowedActions: [] });
    const officeNotice = (await kinds(staff, p.id)).find((n) => n.kind === 'proposal.assignment_declined');
    expect(officeNotice!.body).toContain('建议改由市住建局主办');
    expect((await kinds(housing, p.id)).map((n) => n.kind)).toContain('proposal.assignment_cancelled');
    // The withdrawn co unit no longer sees the proposal; the office may assign it again.
    expectError(await housing.get(`/api/proposals/${p.id}`), 404);
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('assign');

    const again = await ok(
      staff.post(`/api/proposals/${p.id}/assign`, { units: [{ unitId: housingId, role: 'lead' }] }),
      'reassign',
    );
    expect(again.state).toBe('assigned');
    expect((await housing.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('sign');
    expect((await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign')).state).toBe('handling');
    const view = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    expect(
      view.assignments.map((a: { unitName: string; role: string; status: string }) => [a.unitName, a.role, a.status]),
    ).toEqual([
      ['市教育局', 'lead', 'declined'],
      ['市住房和城乡建设局', 'co', 'cancelled'],
      ['市住房和城乡建设局', 'lead', 'signed'],
    ]);
    expect(view.assignments[0].declineReason).toContain('住建部门职责');
    // The proposer sees who handles it now, not the internal reasons.
    const mine = (await member.get(`/api/proposals/${p.id}/handling`)).json();
    expect(mine.assignments.map((a: { unitName: string }) => a.unitName)).toEqual(['市住房和城乡建设局']);
    const timeline = (await member.get(`/api/proposals/${p.id}/timeline`)).json().items;
    const declined = timeline.find((t: { label: string }) => t.label === '退回交办');
    expect(declined).toMatchObject({ who: '市教育局', detail: '待重新交办' });
    const officeView = (await staff.get(`/api/proposals/${p.id}/timeline`))
      .json()
      .items.find((t: { label: string }) => t.label === '退回交办');
    expect(officeView.detail).toContain('理由：该事项属住建部门职责');
  });

  it('a co unit that declines only drops out; the lead unit carries on', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: healthId, role: 'co' },
    ]);
    // The lead unit's signature starts the handling: a co unit never holds it back.
    expect((await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign')).state).toBe('handling');
    const after = await ok(
      health.post(`/api/proposals/${p.id}/decline`, { reason: '本委不涉及该事项。' }),
      'co decline',
    );
    expect(after.state).toBe('handling');
    expect(after.allowedActions).toEqual([]);
    expect((await kinds(staff, p.id)).map((n) => n.title)).toContain('会办单位退回交办');
  });

  it('urging reaches the unit and shows in its inbox and on the office board', async () => {
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    const view = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    const assignmentId = view.assignments[0].id;
    expect(view.assignments[0].allowedActions).toEqual(['urge']);
    expectError(await member.post(`/api/proposals/${p.id}/urge`, { assignmentId }), 403);
    await ok(staff.post(`/api/proposals/${p.id}/urge`, { assignmentId }), 'urge');
    await ok(staff.post(`/api/proposals/${p.id}/urge`, { assignmentId, note: '请本周内签收。' }), 'urge again');
    const urged = (await kinds(edu, p.id)).filter((n) => n.kind === 'proposal.urged');
    expect(urged).toHaveLength(2);

    const inbox = (await edu.get('/api/proposals/inbox?pageSize=100')).json();
    const row = inbox.items.find((x: InboxItem) => x.proposalId === p.id) as InboxItem & {
      role: string;
      numberLabel: string;
    };
    expect(row).toMatchObject({
      status: 'pending_sign',
      role: 'lead',
      urgeCount: 2,
      overdue: false,
      numberLabel: p.numberLabel,
    });
    expect(row.lastUrgedAt).not.toBeNull();
    expect(row.daysLeft).toBeGreaterThan(80);
    const pending = (await edu.get('/api/proposals/inbox?status=pending_sign&pageSize=100'))
      .json()
      .items.map((x: InboxItem) => x.proposalId);
    expect(pending).toContain(p.id);
    expect(
      (await edu.get('/api/proposals/inbox?status=replied')).json().items.map((x: InboxItem) => x.proposalId),
    ).not.toContain(p.id);
    expect((await health.get('/api/proposals/inbox')).json().items.map((x: InboxItem) => x.proposalId)).not.toContain(
      p.id,
    );
    expectError(await member.get('/api/proposals/inbox'), 403);

    const board = (await staff.get('/api/proposals/handling-board?urged=true&sort=-urgeCount')).json();
    expect(board.items[0]).toMatchObject({ proposalId: p.id, unitName: '市教育局', urgeCount: 2 });
    expect(board.summary.urged).toBeGreaterThanOrEqual(1);
    expectError(await edu.get('/api/proposals/handling-board'), 403);
    // The proposer does not see internal urging.
    expect((await member.get(`/api/proposals/${p.id}/handling`)).json().urgings).toEqual([]);
    expect(
      (await edu.get(`/api/proposals/${p.id}/handling`)).json().urgings.map((u: { note: string | null }) => u.note),
    ).toEqual([null, '请本周内签收。']);
  });

  it('signing late is allowed but counted; overdue assignments show in the inbox and on the board', async () => {
    const p = await assigned(member, staff, [{ unitId: eduId, role: 'lead' }]);
    ctx.clock.advance(10 * DAY);
    await signIn();
    const before = (await edu.get('/api/proposals/inbox?overdue=true&pageSize=100'))
      .json()
      .items.find((x: InboxItem) => x.proposalId === p.id);
    expect(before).toMatchObject({ overdue: true, signOverdue: true });
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'late sign');
    const view = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    expect(view.assignments[0]).toMatchObject({ status: 'signed', signedLate: true, overdue: false });
    const timeline = (await staff.get(`/api/proposals/${p.id}/timeline`)).json().items;
    expect(timeline.find((t: { label: string }) => t.label === '签收').detail).toBe('超过签收期限签收');

    ctx.clock.advance(100 * DAY);
    await signIn();
    expect((await staff.get(`/api/proposals/${p.id}`)).json().overdue).toBe(true);
    const late = (await edu.get('/api/proposals/inbox?overdue=true&pageSize=100'))
      .json()
      .items.map((x: InboxItem) => x.proposalId);
    expect(late).toContain(p.id);
    const board = (await staff.get('/api/proposals/handling-board?overdue=true&pageSize=100')).json();
    expect(board.items.map((x: InboxItem) => x.proposalId)).toContain(p.id);
    expect(board.summary.overdue).toBe(board.total);
    // Once answered it leaves the board, and urging it is out of order.
    await ok(replyAfterContact(edu, p.id, REPLY), 'reply');
    expect(
      (await staff.get('/api/proposals/handling-board?pageSize=100')).json().items.map((x: InboxItem) => x.proposalId),
    ).not.toContain(p.id);
    expectError(
      await staff.post(`/api/proposals/${p.id}/urge`, { assignmentId: view.assignments[0].id }),
      409,
      'INVALID_STATE',
    );
  });
});
