import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../platform/workdays.js';
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

describe(`proposals: extensions of the reply deadline (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let eduId: number;
  let housingId: number;
  /** Moving the clock by days ends every session (idle timeout): sign in again after. */
  async function signIn() {
    ({ member, staff, edu, housing } = await signInHandlingCast(ctx));
  }
  const kinds = noticesAbout;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    eduId = fx.units['市教育局']!;
    housingId = fx.units['市住房和城乡建设局']!;
    await signIn();
  });
  afterAll(async () => ctx?.close());

  it('extensions: the lead unit applies, the office approves or refuses, the deadline moves only when approved', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'lead' },
      { unitId: housingId, role: 'co' },
    ]);
    const deadline = p.replyDeadline as string;
    const later = addMonths(deadline, 1);
    expectError(
      await housing.post(`/api/proposals/${p.id}/extensions`, { requestedDeadline: later, reason: '会办单位也想延期' }),
      403,
      'ASSIGNMENT_ROLE',
    );
    expectError(
      await edu.post(`/api/proposals/${p.id}/extensions`, { requestedDeadline: deadline, reason: '没有延后' }),
      400,
      'VALIDATION_FAILED',
    );
    await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: later,
        reason: '需等待省厅补贴政策出台后答复。',
      }),
      'apply',
    );
    expect((await kinds(staff, p.id)).map((n) => n.kind)).toContain('proposal.extension_requested');
    expectError(
      await edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: addDays(later, 5),
        reason: '再申请一次',
      }),
      409,
      'EXTENSION_PENDING',
    );

    const officeView = (await staff.get(`/api/proposals/${p.id}/handling`)).json();
    expect(officeView.extensions[0]).toMatchObject({ status: 'pending', allowedActions: ['decide'] });
    expect((await member.get(`/api/proposals/${p.id}/handling`)).json().extensions).toEqual([]);
    const extId = officeView.extensions[0].id;
    expectError(await edu.post(`/api/proposals/${p.id}/extensions/${extId}/decide`, { approve: true }), 403);
    expectError(
      await staff.post(`/api/proposals/${p.id}/extensions/${extId}/decide`, { approve: false }),
      400,
      'VALIDATION_FAILED',
    );
    const approved = await ok(
      staff.post(`/api/proposals/${p.id}/extensions/${extId}/decide`, { approve: true, note: '同意延期一个月' }),
      'approve',
    );
    expect(approved.replyDeadline).toBe(later);
    expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().assignments[0].replyDeadline).toBe(later);
    expect((await kinds(edu, p.id)).map((n) => n.title)).toContain('延期申请已批准');
    expectError(
      await staff.post(`/api/proposals/${p.id}/extensions/${extId}/decide`, { approve: true }),
      409,
      'INVALID_STATE',
    );

    await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: addMonths(later, 2),
        reason: '还需要两个月。',
      }),
      'apply again',
    );
    const second = (await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions[1].id;
    const refused = await ok(
      staff.post(`/api/proposals/${p.id}/extensions/${second}/decide`, {
        approve: false,
        note: '已延期一次，请按期答复。',
      }),
      'refuse',
    );
    expect(refused.replyDeadline).toBe(later);
    expect((await kinds(edu, p.id)).map((n) => n.title)).toContain('延期申请未获批准');
    expectError(await staff.post(`/api/proposals/${p.id}/extensions/999999/decide`, { approve: true }), 404);
  });

  it('a request still pending when the unit replies lapses: the office no longer sees it waiting', async () => {
    const p = await assigned(member, staff, [
      { unitId: eduId, role: 'split', partNote: '学校周边道路改造的资金安排' },
      { unitId: housingId, role: 'split', partNote: '道路改造的施工组织' },
    ]);
    await ok(edu.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    await ok(housing.post(`/api/proposals/${p.id}/sign`, {}), 'sign');
    const later = addMonths(p.replyDeadline as string, 1);
    await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: later,
        reason: '资金安排需提交市政府常务会议研究。',
      }),
      'apply',
    );
    const approvedId = (await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions[0].id;
    await ok(staff.post(`/api/proposals/${p.id}/extensions/${approvedId}/decide`, { approve: true }), 'approve');
    await ok(
      edu.post(`/api/proposals/${p.id}/extensions`, {
        requestedDeadline: addMonths(later, 1),
        reason: '常务会议延期召开。',
      }),
      'apply again',
    );
    await ok(
      housing.post(`/api/proposals/${p.id}/extensions`, { requestedDeadline: later, reason: '施工方案尚在论证。' }),
      'housing applies',
    );
    type Ext = { id: number; unitId: number; status: string; allowedActions: string[] };
    const before = (await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions as Ext[];
    const eduPending = before.find((e) => e.unitId === eduId && e.status === 'pending')!;

    const answered = await ok(replyAfterContact(edu, p.id, REPLY), 'edu replies');
    expect(answered.state).toBe('handling');
    const after = (await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions as Ext[];
    // Only the replying unit's waiting request lapses: a decided one keeps its decision, another unit's still waits.
    expect(after.map((e) => [e.unitId, e.status, e.allowedActions])).toEqual([
      [eduId, 'approved', []],
      [eduId, 'lapsed', []],
      [housingId, 'pending', ['decide']],
    ]);
    expect((await edu.get(`/api/proposals/${p.id}/handling`)).json().extensions.map((e: Ext) => e.status)).toEqual([
      'approved',
      'lapsed',
    ]);
    expectError(
      await staff.post(`/api/proposals/${p.id}/extensions/${eduPending.id}/decide`, { approve: true }),
      409,
      'INVALID_STATE',
    );

    const audit = await ctx.platform.db
      .selectFrom('audit_log')
      .select('detail')
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(p.id))
      .where('action', '=', 'proposal.reply')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toMatchObject({ unitId: eduId, lapsedExtensionIds: [eduPending.id] });
    const timeline = (await staff.get(`/api/proposals/${p.id}/timeline`)).json().items as {
      label: string;
      detail: string | null;
    }[];
    expect(timeline.find((x) => x.label === '正式答复')?.detail).toContain('待审批的延期申请随答复失效');

    // A reply with nothing pending records no lapse.
    await ok(
      staff.post(`/api/proposals/${p.id}/extensions/${after[2]!.id}/decide`, {
        approve: false,
        note: '请按原期限答复。',
      }),
      'refuse',
    );
    await ok(
      replyAfterContact(housing, p.id, { ...REPLY, body: '施工组织方案已确定，将于暑期完成道路改造。' }),
      'housing replies',
    );
    const replies = await ctx.platform.db
      .selectFrom('audit_log')
      .select('detail')
      .where('object_type', '=', 'proposal')
      .where('object_id', '=', String(p.id))
      .where('action', '=', 'proposal.reply')
      .orderBy('seq')
      .execute();
    expect(JSON.parse(replies[1]!.detail!)).not.toHaveProperty('lapsedExtensionIds');
    expect((await staff.get(`/api/proposals/${p.id}/handling`)).json().extensions.map((e: Ext) => e.status)).toEqual([
      'approved',
      'lapsed',
      'refused',
    ]);
  });
});
