import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { addAssignment, replied } from '../reporting/outcomes.test-helpers.js';
import { accepted, draft, submitted } from '../core/proposals.test-helpers.js';

describe(`proposals: key and excellent proposals (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let chair: Client;
  let mayor: Client;
  let unit: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, staff, chair, mayor, unit] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
      login(ctx, 'mayor', PASSWORD),
      login(ctx, 'jiaoyuju', PASSWORD),
    ]);
  });
  afterAll(async () => ctx?.close());

  const notices = async (c: Client, kind: string) =>
    (await c.get('/api/notifications')).json().items.filter((n: { kind: string }) => n.kind === kind) as {
      body: string;
      link: string;
    }[];

  it("nomination, the chair's approval, the leading leader and his instruction all show on the key board", async () => {
    const p = await accepted(member, staff, { title: '关于推进城区学校集团化办学的建议' });
    await addAssignment(ctx.platform.db, {
      proposal_id: p.id,
      unit_id: fx.units['市教育局']!,
      status: 'signed',
      reply_deadline: '2026-06-10',
    });
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('nominateKey');

    const nominated = await staff.post(`/api/proposals/${p.id}/key/nominate`, { note: '群众关注度高，建议列为重点' });
    expect(nominated.statusCode, nominated.body).toBe(200);
    expect(nominated.json()).toMatchObject({ isKey: true, keyStatus: 'nominated' });
    expect((await chair.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('decideKey');

    const decided = await chair.post(`/api/proposals/${p.id}/key/decision`, {
      approved: true,
      meetingDate: '2026-02-26',
      note: '第十五届第12次主席会议',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().keyStatus).toBe('approved');
    expect((await notices(member, 'proposal.key_approved')).length).toBe(1);
    expect((await notices(staff, 'proposal.key_decided')).some((n) => n.link === `/proposals/${p.id}`)).toBe(true);

    const leaders = (await staff.get('/api/proposals/key-leaders')).json().items;
    expect(leaders.map((l: { name: string }) => l.name)).toEqual(expect.arrayContaining(['陈主席', '刘市长']));
    const led = await staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.mayor!.id });
    expect(led.statusCode, led.body).toBe(200);
    expect(led.json().keyLeader).toEqual({ id: fx.users.mayor!.id, name: '刘市长' });
    const told = await notices(mayor, 'proposal.key_leader');
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain('关于推进城区学校集团化办学的建议');

    const instruction = await mayor.post(`/api/proposals/${p.id}/key/events`, {
      kind: 'instruction',
      happenedOn: '2026-02-28',
      summary: '请市教育局牵头，三月底前拿出集团化办学实施方案。',
    });
    expect(instruction.statusCode, instruction.body).toBe(201);
    expect(instruction.json().items[0]).toMatchObject({
      kind: 'instruction',
      leader: { name: '刘市长' },
      createdBy: { name: '刘市长' },
    });
    expect((await notices(unit, 'proposal.key_instruction'))[0]!.body).toContain('三月底前');
    await staff.post(`/api/proposals/${p.id}/key/events`, {
      kind: 'visit',
      happenedOn: '2026-02-27',
      summary: '陪同市长到实验小学调研',
    });

    const board = (await staff.get('/api/proposals/key-board')).json();
    const item = board.items.find((i: { id: number }) => i.id === p.id);
    expect(item).toMatchObject({
      keyStatus: 'approved',
      leader: { name: '刘市长', title: '市长' },
      state: 'accepted',
      replyDeadline: null,
      overdue: false,
      units: [{ name: '市教育局', role: 'lead', status: 'signed' }],
      lastEvent: { kind: 'instruction', happenedOn: '2026-02-28' },
      // The chair's meeting that approved it counts as a meeting on it.
      eventCounts: { instruction: 1, visit: 1, meeting: 1, other: 0 },
    });
    expect(board.totals).toMatchObject({ approved: 1, withLeader: 1 });
    const mine = (await mayor.get('/api/proposals/key-board?mine=true')).json();
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([p.id]);
    expect((await chair.get('/api/proposals/key-board?mine=true')).json().items).toEqual([]);
  });

  it('only the office nominates and assigns leaders; only the leading leader or the office records events', async () => {
    const p = await accepted(member, staff);
    expectError(await member.post(`/api/proposals/${p.id}/key/nominate`, {}), 403);
    expectError(await chair.post(`/api/proposals/${p.id}/key/nominate`, {}), 403);
    expectError(await member.get('/api/proposals/key-board'), 403);
    expectError(await unit.get('/api/proposals/key-board?mine=true'), 403);
    await staff.post(`/api/proposals/${p.id}/key/nominate`, {});
    expectError(await staff.post(`/api/proposals/${p.id}/key/nominate`, {}), 409, 'INVALID_STATE');
    expectError(
      await member.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-20' }),
      403,
    );
    expectError(
      await staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.mayor!.id }),
      409,
      'INVALID_STATE',
    );
    await staff.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-20' });
    expectError(await chair.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.mayor!.id }), 403);
    expectError(
      await staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.staff!.id }),
      400,
      'VALIDATION_FAILED',
    );
    await staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId: fx.users.leader!.id });
    // The mayor leads other key proposals, not this one: he does not even see it.
    expectError(
      await mayor.post(`/api/proposals/${p.id}/key/events`, {
        kind: 'visit',
        happenedOn: '2026-02-21',
        summary: '调研',
      }),
      404,
    );
    expectError(
      await chair.post(`/api/proposals/${p.id}/key/events`, {
        kind: 'visit',
        happenedOn: '2099-01-01',
        summary: '未来',
      }),
      400,
    );
    const ok = await chair.post(`/api/proposals/${p.id}/key/events`, {
      kind: 'meeting',
      happenedOn: '2026-02-25',
      summary: '召开督办推进会',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await member.get(`/api/proposals/${p.id}/key/events`)).json().items).toHaveLength(2);
  });

  it('a declined nomination leaves the key list; a draft or rejected proposal cannot be nominated', async () => {
    const p = await accepted(member, staff);
    await staff.post(`/api/proposals/${p.id}/key/nominate`, {});
    const declined = (
      await chair.post(`/api/proposals/${p.id}/key/decision`, {
        approved: false,
        meetingDate: '2026-02-20',
        note: '已有同类重点提案',
      })
    ).json();
    expect(declined).toMatchObject({ isKey: false, keyStatus: 'declined' });
    expect((await staff.get('/api/proposals/key-board')).json().items.map((i: { id: number }) => i.id)).not.toContain(
      p.id,
    );
    expect(
      (await staff.get('/api/proposals?isKey=true&pageSize=100')).json().items.map((i: { id: number }) => i.id),
    ).not.toContain(p.id);

    const d = await draft(member);
    expectError(await staff.post(`/api/proposals/${d.id}/key/nominate`, {}), 404);
    const s = await submitted(member);
    await staff.post(`/api/proposals/${s.id}/reject`, { reason: '其他' });
    expectError(await staff.post(`/api/proposals/${s.id}/key/nominate`, {}), 409, 'INVALID_STATE');
    const n = await accepted(member, staff);
    await staff.post(`/api/proposals/${n.id}/key/nominate`, {});
    expect((await staff.post(`/api/proposals/${n.id}/key/cancel`, {})).json()).toMatchObject({
      isKey: false,
      keyStatus: null,
    });
  });

  it('lists the newest term first on the key board', async () => {
    const db = ctx.platform.db;
    const older = await db
      .insertInto('terms')
      .values({ org_id: fx.city, number: 14, name: '第十四届', starts_on: '2018-01-12', ends_on: '2023-01-09' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const last = await accepted(member, staff, { title: '关于上届遗留的城区排涝问题的建议' });
    const now = await accepted(member, staff, { title: '关于本届推进海绵城市建设的建议' });
    for (const p of [last, now]) await staff.post(`/api/proposals/${p.id}/key/nominate`, {});
    await db.updateTable('proposals').set({ term_id: older.id }).where('id', '=', last.id).execute();
    const ids = (await staff.get('/api/proposals/key-board')).json().items.map((i: { id: number }) => i.id);
    expect(ids.indexOf(now.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(now.id)).toBeLessThan(ids.indexOf(last.id));
    // Every proposal of the current term comes before any of the older one.
    expect(ids.at(-1)).toBe(last.id);
    const older14 = (await staff.get(`/api/proposals/key-board?termId=${older.id}`)).json().items;
    expect(older14.map((i: { id: number }) => i.id)).toEqual([last.id]);
  });

  it('excellent proposals are selected among replied or closed ones, listed, and can be unselected', async () => {
    const p = await accepted(member, staff);
    expectError(await staff.post(`/api/proposals/${p.id}/excellent`, { year: 2026 }), 409, 'INVALID_STATE');
    await replied(ctx.platform.db, p.id, {
      unitId: fx.units['市住房和城乡建设局']!,
      by: fx.users.unit2!.id,
      at: '2026-05-20T02:00:00.000Z',
    });
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('markExcellent');
    expectError(await member.post(`/api/proposals/${p.id}/excellent`, {}), 403);
    const chosen = await staff.post(`/api/proposals/${p.id}/excellent`, {});
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ isExcellent: true, excellentYear: 2026 });
    expect((await notices(member, 'proposal.excellent')).length).toBeGreaterThan(0);
    expectError(await staff.post(`/api/proposals/${p.id}/excellent`, {}), 409, 'INVALID_STATE');
    const listed = (await staff.get('/api/proposals?isExcellent=true')).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([p.id]);
    const undone = await staff.request({ method: 'DELETE', url: `/api/proposals/${p.id}/excellent` });
    expect(undone.json()).toMatchObject({ isExcellent: false, excellentYear: null });
    expect((await staff.get('/api/proposals?isExcellent=true')).json().total).toBe(0);
  });
});
