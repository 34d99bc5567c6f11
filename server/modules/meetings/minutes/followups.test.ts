// Follow-ups: the office sends a consultation's results to departments (one item each), a unit
// sees and reports on its own only, the office cancels with a reason and reopens; bad input
// gets a clear error, every change is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

interface Item {
  id: number;
  status: string;
  owner: { kind: string; id: number; name: string };
  allowedActions: string[];
  overdue: boolean;
}

describe(`meetings: follow-ups (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let edu: Client;
  let housing: Client;
  let leader: Client;
  let zhang: Client;
  let meetingId: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, edu, housing, leader, zhang] = await Promise.all(
      ['staff', 'jiaoyuju', 'zhujianju', 'leader', 'zhangjianguo'].map((u) => login(ctx, u, PASSWORD)),
    );
    const kinds = await kindIds(staff);
    meetingId = (await publishedMeeting(staff, kinds.consult_topic!)).id;
  });
  afterAll(async () => ctx?.close());

  const add = (body: Record<string, unknown>) => staff.post(`/api/meetings/${meetingId}/followups`, body);
  const RESULT = { title: '研究制定中小学课后服务场地共享办法', dueOn: '2026-04-30' };

  it('sends a result to two departments as one follow-up each, and refuses unclear owners and dates', async () => {
    expectError(await add({ ...RESULT }), 400, 'VALIDATION_FAILED');
    expectError(await add({ ...RESULT, owner: { unitId: fx.units['市教育局'] }, unitIds: [1] }), 400);
    expectError(await add({ ...RESULT, dueOn: '2026-02-28', owner: { unitId: fx.units['市教育局'] } }), 400);
    expectError(await add({ ...RESULT, dueOn: '2026-02-30', owner: { unitId: fx.units['市教育局'] } }), 400);
    expectError(await add({ ...RESULT, owner: { unitId: fx.countyUnit } }), 400, 'VALIDATION_FAILED');
    expectError(await add({ ...RESULT, owner: { userId: 999999 } }), 400, 'VALIDATION_FAILED');
    expectError(await add({ ...RESULT, unitIds: [fx.units['市教育局'], fx.units['市教育局']] }), 400);
    expectError(await zhang.post(`/api/meetings/${meetingId}/followups`, { ...RESULT, unitIds: [1] }), 404);

    const res = await add({ ...RESULT, unitIds: [fx.units['市教育局'], fx.units['市住房和城乡建设局']] });
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json() as Item[];
    expect(items.map((i) => [i.owner.name, i.status])).toEqual([
      ['市教育局', 'open'],
      ['市住房和城乡建设局', 'open'],
    ]);
    const told = await ctx.platform.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('u.username')
      .where('n.kind', '=', 'meeting.followup_assigned')
      .execute();
    expect(told.map((t) => t.username).sort()).toEqual(['jiaoyuju', 'zhujianju']);
    // A person of the office may own one too.
    const person = await add({
      kind: 'decision',
      title: '会议意见建议汇总报市委',
      dueOn: '2026-03-20',
      owner: { userId: fx.users.staff!.id },
    });
    expect(person.json()[0].owner).toMatchObject({ kind: 'user', name: '周秘书' });
  });

  it('shows a unit its own follow-ups only, and takes its progress to done', async () => {
    const mine = (await edu.get('/api/meeting-followups')).json();
    expect(mine.items.map((i: Item) => i.owner.name)).toEqual(['市教育局']);
    const own = mine.items[0] as Item;
    expect(own.allowedActions).toEqual(['reportProgress']);
    const theirs = ((await housing.get('/api/meeting-followups')).json().items as Item[])[0]!;
    expect(theirs.owner.name).toBe('市住房和城乡建设局');
    expectError(await edu.get(`/api/meeting-followups/${theirs.id}`), 404);
    expectError(await edu.post(`/api/meeting-followups/${theirs.id}/progress`, { note: '代报' }), 404);
    expectError(await edu.get('/api/meeting-followups?scope=org'), 403);
    expectError(await zhang.get('/api/meeting-followups?scope=org'), 403);
    expectError(await leader.post(`/api/meeting-followups/${own.id}/progress`, { note: '领导代报' }), 403, 'NOT_OWNER');
    expectError(await edu.patch(`/api/meeting-followups/${own.id}`, { dueOn: '2026-05-30' }), 403);

    expectError(await edu.post(`/api/meeting-followups/${own.id}/progress`, { note: '' }), 400);
    const step = await edu.post(`/api/meeting-followups/${own.id}/progress`, {
      note: '已会同体育部门摸排可共享场地 46 处',
    });
    expect(step.json()).toMatchObject({
      status: 'in_progress',
      progress: [{ byOffice: false, statusAfter: 'in_progress' }],
    });
    const done = await edu.post(`/api/meeting-followups/${own.id}/progress`, {
      note: '《课后服务场地共享办法》已印发',
      status: 'done',
    });
    expect(done.json()).toMatchObject({ status: 'done', allowedActions: [] });
    expect(done.json().doneAt).toBeTruthy();
    expectError(await edu.post(`/api/meeting-followups/${own.id}/progress`, { note: '补充' }), 409, 'FOLLOWUP_CLOSED');
    const officeTold = await ctx.platform.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'meeting.followup_done')
      .execute();
    expect(officeTold.map((n) => n.user_id)).toEqual([fx.users.staff!.id]);
  });

  it('gives the office its list across meetings, edits, cancels with a reason and reopens', async () => {
    const org = (await staff.get('/api/meeting-followups?scope=org&status=open_all')).json();
    expect(org.total).toBe(2);
    expect((await leader.get(`/api/meetings/${meetingId}/followups`)).json()).toMatchObject({ allowedActions: [] });
    const forMeeting = (await staff.get(`/api/meetings/${meetingId}/followups`)).json();
    expect(forMeeting.allowedActions).toEqual(['addFollowup']);
    expect(forMeeting.items).toHaveLength(3);

    const housingItem = (org.items as Item[]).find((i) => i.owner.name === '市住房和城乡建设局')!;
    expectError(await staff.patch(`/api/meeting-followups/${housingItem.id}`, {}), 400);
    const moved = await staff.patch(`/api/meeting-followups/${housingItem.id}`, {
      owner: { unitId: fx.units['市卫生健康委员会'] },
      dueOn: '2026-05-15',
    });
    expect(moved.json()).toMatchObject({ owner: { name: '市卫生健康委员会' }, dueOn: '2026-05-15' });
    expectError(await housing.get(`/api/meeting-followups/${housingItem.id}`), 404);

    expectError(await staff.post(`/api/meeting-followups/${housingItem.id}/cancel`, { reason: ' ' }), 400);
    const cancelled = await staff.post(`/api/meeting-followups/${housingItem.id}/cancel`, {
      reason: '该事项已并入市政府年度民生实事统筹推进',
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: '该事项已并入市政府年度民生实事统筹推进',
    });
    expectError(await staff.post(`/api/meeting-followups/${housingItem.id}/cancel`, { reason: '再撤' }), 409);
    const reopened = await staff.post(`/api/meeting-followups/${housingItem.id}/reopen`, {
      reason: '市政府要求单列督办',
    });
    expect(reopened.json()).toMatchObject({ status: 'open', cancelReason: null });

    const audits = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'meeting_followup')
      .where('object_id', '=', String(housingItem.id))
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'meeting.followup_add',
      'meeting.followup_update',
      'meeting.followup_cancel',
      'meeting.followup_reopen',
    ]);
  });
});
