import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import {
  accepted,
  assigned,
  ok,
  replied,
  REPLY,
  signInHandlingCast,
  submitted,
  replyAfterContact,
} from '../core/proposals.test-helpers.js';

const RATE = { contacted: 'visited', attitude: 'satisfied', result: 'satisfied' };
const CONTACT = { contactedOn: '2026-03-01', way: 'phone', notes: '电话沟通办理思路。' };

describe(`proposals: who may see and do what in handling, and in which state (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let otherMember: Client;
  let staff: Client;
  let leader: Client;
  let edu: Client;
  let housing: Client;
  let health: Client;
  let countyAdmin: Client;
  let countyUnit: Client;
  let eduId: number;
  let housingId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    ({ member, otherMember, staff, leader, edu, housing, health } = await signInHandlingCast(ctx));
    [countyAdmin, countyUnit] = await Promise.all([
      login(ctx, 'dongcheng', PASSWORD),
      login(ctx, 'xianjiaoyuju', PASSWORD),
    ]);
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
  });
  afterAll(async () => ctx?.close());

  it('a unit sees only proposals assigned to it; outsiders get 404 and wrong actors 403', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    for (const outsider of [health, otherMember, countyAdmin, countyUnit]) {
      expectError(await outsider.get(`/api/proposals/${p.id}`), 404);
      expectError(await outsider.get(`/api/proposals/${p.id}/handling`), 404);
      expectError(await outsider.get(`/api/proposals/${p.id}/timeline`), 404);
    }
    expectError(await health.post(`/api/proposals/${p.id}/sign`, {}), 404);
    expectError(await health.post(`/api/proposals/${p.id}/decline`, { reason: '不是我们的' }), 404);
    expect((await health.get('/api/proposals')).json().items.map((x: { id: number }) => x.id)).not.toContain(p.id);
    expect((await edu.get('/api/proposals')).json().items.map((x: { id: number }) => x.id)).toContain(p.id);

    // The office and the proposer are not units: they cannot sign, reply or decline.
    expectError(await staff.post(`/api/proposals/${p.id}/sign`, {}), 403, 'NOT_ASSIGNED_UNIT');
    expectError(await member.post(`/api/proposals/${p.id}/sign`, {}), 403);
    // A unit does not assign, urge or close.
    expectError(await edu.post(`/api/proposals/${p.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }), 403);
    expectError(await edu.post(`/api/proposals/${p.id}/urge`, { assignmentId: 1 }), 403);
    // A leader reads everything but takes no office step.
    const leaderView = (await leader.get(`/api/proposals/${p.id}/handling`)).json();
    expect(leaderView.viewer).toBe('office');
    expect(leaderView.assignments[0].allowedActions).toEqual([]);
    expectError(await leader.post(`/api/proposals/${p.id}/urge`, { assignmentId: leaderView.assignments[0].id }), 403);

    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    expectError(await replyAfterContact(member, p.id, REPLY), 403);
    expectError(await replyAfterContact(housing, p.id, REPLY), 403, 'ASSIGNMENT_ROLE');
    expectError(
      await edu.post(`/api/proposals/${p.id}/co-opinion`, { body: '主办单位不写会办意见' }),
      403,
      'ASSIGNMENT_ROLE',
    );
    await ok(replyAfterContact(edu, p.id, REPLY), 'reply');
    expectError(await edu.post(`/api/proposals/${p.id}/feedback`, RATE), 403);
    expectError(await staff.post(`/api/proposals/${p.id}/feedback`, RATE), 403);
    expectError(await otherMember.post(`/api/proposals/${p.id}/feedback`, RATE), 404);
  });

  it('a co-proposer follows the handling but only the lead proposer rates', async () => {
    const draft = await submitted(member, { kind: 'joint', coProposerIds: [fx.members.li] });
    await ok(otherMember.post(`/api/proposals/${draft.id}/invitation`, { accept: true }), 'accept invitation');
    await ok(staff.post(`/api/proposals/${draft.id}/accept`, {}), 'accept');
    await ok(staff.post(`/api/proposals/${draft.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }), 'assign');
    await ok(edu.post(`/api/proposals/${draft.id}/sign`, {}), 'sign');
    await ok(replyAfterContact(edu, draft.id, REPLY), 'reply');
    const coView = (await otherMember.get(`/api/proposals/${draft.id}`)).json();
    expect(coView.allowedActions).not.toContain('rate');
    expect((await otherMember.get(`/api/proposals/${draft.id}/handling`)).json().replies).toHaveLength(1);
    expectError(await otherMember.post(`/api/proposals/${draft.id}/feedback`, RATE), 403);
    expect((await member.get(`/api/proposals/${draft.id}`)).json().allowedActions).toContain('rate');
  });

  it('every handling step out of order is a 409', async () => {
    // Accepted, not yet assigned.
    const a = await accepted(member, staff);
    expectError(await staff.post(`/api/proposals/${a.id}/urge`, { assignmentId: 1 }), 409, 'INVALID_STATE');
    expectError(await staff.post(`/api/proposals/${a.id}/close`, {}), 409, 'INVALID_STATE');
    expectError(
      await staff.post(`/api/proposals/${a.id}/send-back`, { replyId: 1, note: '太早了' }),
      409,
      'INVALID_STATE',
    );
    expectError(await member.post(`/api/proposals/${a.id}/feedback`, RATE), 409, 'INVALID_STATE');

    // Assigned, waiting for signatures.
    const b = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    expectError(
      await staff.post(`/api/proposals/${b.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }),
      409,
      'INVALID_STATE',
    );
    expectError(await replyAfterContact(edu, b.id, REPLY), 409, 'INVALID_STATE');
    expectError(await edu.post(`/api/proposals/${b.id}/contacts`, CONTACT), 409, 'INVALID_STATE');
    expectError(await housing.post(`/api/proposals/${b.id}/co-opinion`, { body: '还没签收' }), 409, 'INVALID_STATE');
    expectError(await staff.post(`/api/proposals/${b.id}/close`, {}), 409, 'INVALID_STATE');
    expectError(await member.post(`/api/proposals/${b.id}/feedback`, RATE), 409, 'INVALID_STATE');

    // Handling.
    await ok(edu.post(`/api/proposals/${b.id}/sign`, {}), 'sign');
    await ok(housing.post(`/api/proposals/${b.id}/sign`, {}), 'sign');
    expectError(await edu.post(`/api/proposals/${b.id}/sign`, {}), 409, 'INVALID_STATE');
    expectError(await edu.post(`/api/proposals/${b.id}/decline`, { reason: '签收后不能退回' }), 409, 'INVALID_STATE');
    expectError(
      await staff.post(`/api/proposals/${b.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }),
      409,
      'INVALID_STATE',
    );
    expectError(await staff.post(`/api/proposals/${b.id}/close`, {}), 409, 'INVALID_STATE');
    expectError(await member.post(`/api/proposals/${b.id}/feedback`, RATE), 409, 'INVALID_STATE');
    await ok(housing.post(`/api/proposals/${b.id}/co-opinion`, { body: '同意主办单位的办理意见。' }), 'co-opinion');
    expectError(await housing.post(`/api/proposals/${b.id}/co-opinion`, { body: '再发一次' }), 409, 'INVALID_STATE');

    // Replied.
    await ok(
      edu.post(`/api/proposals/${b.id}/extensions`, { requestedDeadline: '2026-12-31', reason: '等待预算批复。' }),
      'apply extension',
    );
    const extId = (await staff.get(`/api/proposals/${b.id}/handling`)).json().extensions[0].id;
    await ok(replyAfterContact(edu, b.id, REPLY), 'reply');
    // The request was still waiting: the reply makes it lapse, so it is no longer the office's to decide.
    expect((await staff.get(`/api/proposals/${b.id}/handling`)).json().extensions[0]).toMatchObject({
      status: 'lapsed',
      allowedActions: [],
    });
    expectError(await replyAfterContact(edu, b.id, REPLY), 409, 'INVALID_STATE');
    expectError(await edu.post(`/api/proposals/${b.id}/contacts`, CONTACT), 409, 'INVALID_STATE');
    expectError(
      await edu.post(`/api/proposals/${b.id}/extensions`, { requestedDeadline: '2027-01-31', reason: '答复后' }),
      409,
      'INVALID_STATE',
    );
    expectError(
      await staff.post(`/api/proposals/${b.id}/extensions/${extId}/decide`, { approve: true }),
      409,
      'INVALID_STATE',
    );
    const assignmentId = (await staff.get(`/api/proposals/${b.id}/handling`)).json().assignments[0].id;
    expectError(await staff.post(`/api/proposals/${b.id}/urge`, { assignmentId }), 409, 'INVALID_STATE');

    // Closed.
    await ok(member.post(`/api/proposals/${b.id}/feedback`, RATE), 'rate');
    const replyId = (await staff.get(`/api/proposals/${b.id}/handling`)).json().replies[0].id;
    expectError(
      await staff.post(`/api/proposals/${b.id}/send-back`, { replyId, note: '办结后不能退回' }),
      409,
      'INVALID_STATE',
    );
    expectError(await staff.post(`/api/proposals/${b.id}/close`, {}), 409, 'INVALID_STATE');
    expectError(await member.post(`/api/proposals/${b.id}/feedback`, RATE), 409, 'INVALID_STATE');
    expectError(
      await staff.post(`/api/proposals/${b.id}/assign`, { units: [{ unitId: eduId, role: 'lead' }] }),
      409,
      'INVALID_STATE',
    );
    expect((await staff.get(`/api/proposals/${b.id}`)).json().allowedActions).not.toEqual(
      expect.arrayContaining(['close']),
    );
  });

  it('bad input is a 400 with field paths, never a 500', async () => {
    const p = await replied(member, staff, edu, eduId);
    expectError(
      await member.post(`/api/proposals/${p.id}/feedback`, {
        contacted: 'visited',
        attitude: 'great',
        result: 'satisfied',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.post(`/api/proposals/${p.id}/send-back`, { replyId: 'x', note: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await staff.post(`/api/proposals/${p.id}/send-back`, { replyId: 999999, note: '没有这个答复' }), 404);
    expectError(await edu.get('/api/proposals/inbox?status=unknown'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/proposals/handling-board?sort=sideways'), 400, 'VALIDATION_FAILED');
    expectError(await staff.get('/api/proposals/commitments?overdue=maybe'), 400, 'VALIDATION_FAILED');
    const a = await accepted(member, staff);
    expectError(await staff.post(`/api/proposals/${a.id}/assign`, { units: [] }), 400, 'VALIDATION_FAILED');
    expectError(
      await staff.post(`/api/proposals/${a.id}/assign`, { units: [{ unitId: 999999, role: 'lead' }] }),
      400,
      'VALIDATION_FAILED',
    );
    const res = await staff.post(`/api/proposals/${a.id}/assign`, { units: [{ unitId: eduId, role: 'boss' }] });
    expectError(res, 400, 'VALIDATION_FAILED');
  });
});
