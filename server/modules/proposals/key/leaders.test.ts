// The committee's own leadership (chair, vice-chairs) and a party or government leader who
// leads key proposals (the mayor) hold different powers: the first decide, instruct and see
// everything of their organisation; the second sees and instructs on what he leads, reads the
// key board and the statistics, and nothing else (issue 11 item 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { accepted, ok, submitted } from '../core/proposals.test-helpers.js';

describe(`proposals: the committee's leadership and the leaders who lead key proposals (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let staff: Client;
  let chair: Client;
  let mayor: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, staff, chair, mayor] = await Promise.all(
      ['zhangjianguo', 'staff', 'leader', 'mayor'].map((u) => login(ctx, u, PASSWORD)),
    );
  });
  afterAll(async () => ctx?.close());

  /** An approved key proposal led by `leaderUserId`. */
  async function keyProposal(leaderUserId: number, title: string) {
    const p = await accepted(member, staff, { title });
    await ok(staff.post(`/api/proposals/${p.id}/key/nominate`, {}), 'nominate');
    await ok(
      chair.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-26' }),
      'decide',
    );
    await ok(staff.put(`/api/proposals/${p.id}/key/leader`, { leaderUserId }), 'lead');
    return p;
  }
  const instruct = (c: Client, id: number) =>
    c.post(`/api/proposals/${id}/key/events`, {
      kind: 'instruction',
      happenedOn: '2026-02-28',
      summary: '请牵头单位三月底前报送推进方案。',
    });

  it("the mayor cannot record the chair's meeting decision; the chair can", async () => {
    const p = await accepted(member, staff);
    await ok(staff.post(`/api/proposals/${p.id}/key/nominate`, {}), 'nominate');
    expect((await mayor.get(`/api/proposals/${p.id}`)).statusCode).toBe(404);
    expectError(
      await mayor.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-26' }),
      404,
    );
    expect((await chair.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('decideKey');
    await ok(
      chair.post(`/api/proposals/${p.id}/key/decision`, { approved: true, meetingDate: '2026-02-26' }),
      'decide',
    );
  });

  it('the mayor reads no roster, no proposal list and no proposal awaiting review; the chair reads them all', async () => {
    const s = await submitted(member);
    expectError(await mayor.get('/api/members'), 403);
    expectError(await mayor.get('/api/proposals'), 403);
    expectError(await mayor.get(`/api/proposals/${s.id}`), 404);
    expect((await chair.get('/api/members')).statusCode).toBe(200);
    expect((await chair.get(`/api/proposals/${s.id}`)).statusCode).toBe(200);
    expect((await chair.get('/api/proposals?state=submitted')).json().total).toBeGreaterThan(0);
  });

  it('the mayor sees and instructs on what he leads, reads the key board and the statistics', async () => {
    const mine = await keyProposal(fx.users.mayor!.id, '关于建设城市绿道网络的建议');
    const chairs = await keyProposal(fx.users.leader!.id, '关于完善社区养老服务网络的建议');
    const detail = await ok(mayor.get(`/api/proposals/${mine.id}`), 'detail');
    expect(detail.allowedActions).toContain('recordKeyEvent');
    expect(detail.allowedActions).not.toContain('decideKey');
    expect((await instruct(mayor, mine.id)).statusCode).toBe(201);
    // Not his: neither shown nor open to instruction.
    expectError(await mayor.get(`/api/proposals/${chairs.id}`), 404);
    expectError(await instruct(mayor, chairs.id), 404);

    const board = await ok(mayor.get('/api/proposals/key-board'), 'board');
    expect(board.items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining([mine.id, chairs.id]));
    expect((await ok(mayor.get('/api/proposals/key-board?mine=true'), 'mine')).items).toHaveLength(1);
    expect((await mayor.get('/api/proposals/stats')).statusCode).toBe(200);
    // His own organisation only: the counties' figures are not his.
    expectError(await mayor.post('/api/auth/switch-org', { orgId: fx.countyA }), 403);
  });

  it('the chair instructs on any key proposal of his organisation, in his own name, and the office is told', async () => {
    const p = await keyProposal(fx.users.mayor!.id, '关于推进老旧厂区更新利用的建议');
    const res = await instruct(chair, p.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[0]).toMatchObject({ kind: 'instruction', leader: { name: '陈主席' } });
    const told = (await staff.get('/api/notifications')).json().items;
    expect(
      told.some(
        (n: { kind: string; link: string }) => n.kind === 'proposal.key_instruction' && n.link === `/proposals/${p.id}`,
      ),
    ).toBe(true);
  });

  it('both kinds of leader may be asked to lead; a gov_leader account needs a title', async () => {
    const names = (await ok(staff.get('/api/proposals/key-leaders'), 'leaders')).items.map(
      (l: { name: string }) => l.name,
    );
    expect(names).toEqual(expect.arrayContaining(['陈主席', '刘市长']));
    const created = await staff.post('/api/users', {
      username: 'vicemayor',
      displayName: '王副市长',
      roles: ['gov_leader'],
    });
    expectError(created, 400, 'ROLE_REQUIREMENTS');
    const ok2 = await staff.post('/api/users', {
      username: 'vicemayor',
      displayName: '王副市长',
      roles: ['gov_leader'],
      leaderTitle: '副市长',
    });
    expect(ok2.statusCode, ok2.body).toBe(201);
  });
});
