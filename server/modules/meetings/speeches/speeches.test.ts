import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedFixture, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { speechesOf } from '../index.js';
import { draftMeeting, kindIds, publishedMeeting } from '../core/meetings.test-helpers.js';

const BODY =
  '近年来我市老旧小区改造提速，但加装电梯推进仍不平衡：部分单元因低层住户意见分歧迟迟无法落地，' +
  '建议由街道牵头建立协商议事机制，明确费用分摊参考标准，并对困难家庭给予适当补助。';

describe(`meetings: speeches (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let leader: Client;
  let zhang: Client;
  let li: Client;
  let wang: Client;
  let county: Client;
  let kinds: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [staff, leader, zhang, li, wang, county] = await Promise.all(
      ['staff', 'leader', 'zhangjianguo', 'lixiaomei', 'wangzhiqiang', 'dongcheng'].map((u) => login(ctx, u, PASSWORD)),
    );
    kinds = await kindIds(staff);
  });
  afterAll(async () => ctx?.close());

  const submit = (c: Client, id: number, title: string, body = BODY) =>
    c.post(`/api/meetings/${id}/speeches`, { title, body });

  it('an invitee hands in, the office reviews and orders, the programme lists the accepted ones', async () => {
    const m = await publishedMeeting(staff, kinds.plenary!);
    await staff.post(`/api/meetings/${m.id}/invitations`, {
      audience: { memberIds: [fx.members.zhang, fx.members.li, fx.members.wang] },
    });
    // Bad input: too short, too long, not invited.
    const short = await submit(zhang, m.id, '加装电梯', '建议加快。');
    expectError(short, 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(short.json().error.details)).toContain('body');
    expectError(await submit(zhang, m.id, 'x'.repeat(101)), 400, 'VALIDATION_FAILED');
    expectError(await submit(zhang, m.id, '加装电梯', BODY.repeat(300)), 400, 'VALIDATION_FAILED');
    expectError(await submit(leader, m.id, '加装电梯'), 403, 'NOT_INVITED');
    expectError(await submit(county, m.id, '加装电梯'), 404);
    expect((await zhang.get(`/api/meetings/${m.id}`)).json().allowedActions).toContain('submitSpeech');

    const a = await submit(zhang, m.id, '破解老旧小区加装电梯难题');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ status: 'submitted', speaker: '张建国', oralOrder: null });
    expectError(await submit(zhang, m.id, '再交一篇'), 409, 'ALREADY_SUBMITTED');
    const b = (await submit(li, m.id, '让县域医共体真正“共”起来')).json();
    const c = (await submit(wang, m.id, '推动职业教育与产业园区深度融合')).json();

    // Only the office reviews; a reason is required to return or reject.
    const review = (client: Client, id: number, body: object) =>
      client.post(`/api/meetings/${m.id}/speeches/${id}/review`, body);
    expectError(await review(zhang, a.json().id, { decision: 'oral' }), 403);
    expectError(await review(leader, a.json().id, { decision: 'oral' }), 403);
    expectError(await review(staff, a.json().id, { decision: 'return' }), 400, 'VALIDATION_FAILED');
    expectError(await review(staff, 999999, { decision: 'oral' }), 404);
    expect((await review(staff, a.json().id, { decision: 'oral' })).json()).toMatchObject({
      status: 'oral',
      oralOrder: 1,
    });
    expect((await review(staff, c.id, { decision: 'oral' })).json().oralOrder).toBe(2);
    const back = await review(staff, b.id, { decision: 'return', note: '请补充近三年县域就诊率的数据' });
    expect(back.json()).toMatchObject({ status: 'returned', reviewNote: '请补充近三年县域就诊率的数据' });
    expectError(await review(staff, b.id, { decision: 'oral' }), 409, 'INVALID_STATE');

    // The author sees the reason and revises; the accepted speech can no longer be edited.
    const mine = (await li.get(`/api/meetings/my-speeches?meetingId=${m.id}`)).json().items;
    expect(mine).toMatchObject([{ id: b.id, status: 'returned', reviewNote: '请补充近三年县域就诊率的数据' }]);
    const notice = await ctx.platform.db
      .selectFrom('notifications')
      .select('title')
      .where('user_id', '=', fx.users.member!.id)
      .where('kind', '=', 'meeting.speech_reviewed')
      .execute();
    expect(notice.map((n) => n.title)).toEqual(['发言已安排为大会口头发言：破解老旧小区加装电梯难题']);
    expectError(
      await zhang.put(`/api/meetings/${m.id}/speeches/${a.json().id}`, { title: '修改稿', body: BODY }),
      409,
      'INVALID_STATE',
    );
    expectError(await zhang.put(`/api/meetings/${m.id}/speeches/${b.id}`, { title: '修改稿', body: BODY }), 404);
    const revised = await li.put(`/api/meetings/${m.id}/speeches/${b.id}`, {
      title: '让县域医共体真正“共”起来',
      body: `${BODY}（补充：近三年县域内就诊率由 82% 升至 88%。）`,
    });
    expect(revised.json()).toMatchObject({ status: 'submitted' });
    expect((await review(staff, b.id, { decision: 'written' })).json()).toMatchObject({ status: 'written' });

    // The programme: oral ones in order, then the written exchange; reordered by the office.
    const prog = (await zhang.get(`/api/meetings/${m.id}/programme`)).json();
    expect(prog.oral.map((s: { speaker: string }) => s.speaker)).toEqual(['张建国', '王志强']);
    expect(prog.written.map((s: { speaker: string; mode: string }) => [s.speaker, s.mode])).toEqual([
      ['李晓梅', 'written'],
    ]);
    const order = (ids: number[], client = staff) => client.put(`/api/meetings/${m.id}/programme`, { speechIds: ids });
    expectError(await order([c.id, a.json().id], zhang), 403);
    expectError(await order([c.id]), 400, 'ORDER_MISMATCH');
    expectError(await order([c.id, b.id]), 400, 'ORDER_MISMATCH');
    expectError(await order([c.id, c.id]), 400, 'ORDER_MISMATCH');
    const reordered = (await order([c.id, a.json().id])).json();
    expect(reordered.oral.map((s: { speaker: string; oralOrder: number }) => [s.speaker, s.oralOrder])).toEqual([
      ['王志强', 1],
      ['张建国', 2],
    ]);
    // Leaders read the programme and the list; members do not read the list.
    expect((await leader.get(`/api/meetings/${m.id}/programme`)).json().oral).toHaveLength(2);
    expect((await leader.get(`/api/meetings/${m.id}/speeches`)).json().items).toHaveLength(3);
    expect((await staff.get(`/api/meetings/${m.id}/speeches?status=written`)).json().items).toHaveLength(1);
    expectError(await zhang.get(`/api/meetings/${m.id}/speeches`), 403);

    // Every change is audited.
    const actions = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', 'in', ['meeting_speech', 'meeting'])
      .where('action', 'like', 'meeting.%')
      .where('action', 'in', [
        'meeting.speech_submit',
        'meeting.speech_revise',
        'meeting.speech_oral',
        'meeting.speech_written',
        'meeting.speech_return',
        'meeting.programme_order',
      ])
      .execute();
    expect(new Set(actions.map((x) => x.action)).size).toBe(6);

    // The read model for duty records: accepted speeches with their mode.
    const q = { orgIds: [fx.city], from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
    const rows = await speechesOf(ctx.platform.db, q);
    expect(rows.map((r) => [r.memberId, r.mode, r.meetingId]).sort()).toEqual(
      [
        [fx.members.zhang, 'oral', m.id],
        [fx.members.li, 'written', m.id],
        [fx.members.wang, 'oral', m.id],
      ].sort(),
    );
    expect(await speechesOf(ctx.platform.db, { ...q, memberIds: [fx.members.li!] })).toMatchObject([
      { mode: 'written', kindCode: 'plenary', category: 'plenary', title: '让县域医共体真正“共”起来' },
    ]);
    expect(
      await speechesOf(ctx.platform.db, { ...q, from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' }),
    ).toEqual([]);
    expect(await speechesOf(ctx.platform.db, { ...q, orgIds: [] })).toEqual([]);
  });

  it('closes at the meeting’s end, refuses drafts and those who declined, and a rejection is final', async () => {
    const draft = await draftMeeting(staff, kinds.symposium!);
    await staff.post(`/api/meetings/${draft.id}/invitations`, { audience: { memberIds: [fx.members.zhang] } });
    expectError(await submit(zhang, draft.id, '草稿会议'), 404);

    const start = ctx.clock.now().getTime() + 10 * 60_000;
    const m = await publishedMeeting(staff, kinds.symposium!, {
      title: '数字乡村建设座谈会',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 60 * 60_000).toISOString(),
    });
    await staff.post(`/api/meetings/${m.id}/invitations`, {
      audience: { memberIds: [fx.members.zhang, fx.members.li] },
    });
    expect((await li.post(`/api/meetings/${m.id}/decline`)).statusCode).toBe(200);
    expectError(await submit(li, m.id, '谢绝后提交'), 409, 'NOT_ATTENDING');
    const s = (await submit(zhang, m.id, '补齐农村物流“最后一公里”短板')).json();
    expect(
      (
        await staff.post(`/api/meetings/${m.id}/speeches/${s.id}/review`, {
          decision: 'reject',
          note: '与会议主题关联不大',
        })
      ).json(),
    ).toMatchObject({ status: 'rejected' });
    expectError(
      await staff.post(`/api/meetings/${m.id}/speeches/${s.id}/review`, { decision: 'oral' }),
      409,
      'INVALID_STATE',
    );
    expectError(
      await zhang.put(`/api/meetings/${m.id}/speeches/${s.id}`, { title: '再改', body: BODY }),
      409,
      'INVALID_STATE',
    );
    expect((await zhang.get(`/api/meetings/${m.id}/programme`)).json()).toEqual({ oral: [], written: [] });

    // After the end (sessions kept alive on the way).
    for (const step of [20, 20, 20, 20]) {
      ctx.clock.advance(step * 60_000);
      await Promise.all([zhang, staff].map((c) => c.get('/api/meetings')));
    }
    expectError(await submit(zhang, m.id, '会后补交'), 409, 'SPEECHES_CLOSED');
    expectError(await staff.put(`/api/meetings/${m.id}/programme`, { speechIds: [s.id] }), 409, 'SPEECHES_CLOSED');
    expect((await zhang.get('/api/meetings/my-speeches')).json().items.map((x: { id: number }) => x.id)).toContain(
      s.id,
    );
    expectError(await staff.get('/api/meetings/my-speeches'), 403);
  });
});
