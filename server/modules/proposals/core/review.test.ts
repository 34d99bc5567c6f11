import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFixture, PASSWORD, type Fixture } from '../../../test/fixtures.js';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../../test/harness.js';
import { accepted, draft, SAMPLE, submitted } from './proposals.test-helpers.js';

describe(`proposals: review, numbering and merge (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let member: Client;
  let member2: Client;
  let staff: Client;
  let leader: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    [member, member2, staff, leader] = await Promise.all([
      login(ctx, 'zhangjianguo', PASSWORD),
      login(ctx, 'lixiaomei', PASSWORD),
      login(ctx, 'staff', PASSWORD),
      login(ctx, 'leader', PASSWORD),
    ]);
  });
  afterAll(async () => ctx?.close());

  it('acceptance numbers proposals in order within their series and tells the proposer', async () => {
    const a = await accepted(member, staff);
    const b = await accepted(member2, staff);
    expect(a.numberLabel).toBe('第十五届会后 第0001号');
    expect(b.numberLabel).toBe('第十五届会后 第0002号');
    const notices = (await member.get('/api/notifications')).json().items;
    expect(
      notices.some(
        (n: { kind: string; body: string }) => n.kind === 'proposal.accepted' && n.body.includes('第0001号'),
      ),
    ).toBe(true);
  });

  it('a member cannot review, a leader cannot review, only the office', async () => {
    const p = await submitted(member);
    expectError(await member.post(`/api/proposals/${p.id}/accept`, {}), 403);
    expectError(await leader.post(`/api/proposals/${p.id}/accept`, {}), 403);
    const seen = (await leader.get(`/api/proposals/${p.id}`)).json();
    expect(seen.allowedActions).toEqual([]);
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toEqual(
      expect.arrayContaining(['accept', 'reject', 'convert', 'return']),
    );
  });

  it('rejection needs one of the configured reasons', async () => {
    const p = await submitted(member);
    expectError(await staff.post(`/api/proposals/${p.id}/reject`, { reason: '我不喜欢' }), 400, 'VALIDATION_FAILED');
    const res = await staff.post(`/api/proposals/${p.id}/reject`, {
      reason: '属于个人或家庭事务',
      note: '请通过信访渠道反映',
    });
    expect(res.json()).toMatchObject({
      state: 'rejected',
      rejectReason: '属于个人或家庭事务',
      reviewNote: '请通过信访渠道反映',
    });
  });

  it('conversion keeps the text and the proposer', async () => {
    const p = await submitted(member);
    const res = (await staff.post(`/api/proposals/${p.id}/convert`, { note: '更适合作为社情民意信息报送' })).json();
    expect(res.state).toBe('converted');
    expect(res.title).toBe(SAMPLE.title);
    expect(res.proposers[0].memberId).toBe(fx.members.zhang);
  });

  it('a returned proposal is revised and submitted again', async () => {
    const p = await submitted(member);
    expectError(await staff.post(`/api/proposals/${p.id}/return`, {}), 400, 'VALIDATION_FAILED');
    const returned = (
      await staff.post(`/api/proposals/${p.id}/return`, { note: '建议部分过于笼统，请补充具体措施' })
    ).json();
    expect(returned.state).toBe('returned');
    const edited = await member.patch(`/api/proposals/${p.id}`, {
      suggestions: SAMPLE.suggestions + '四、建立加装电梯后期维保基金。',
      version: returned.version,
    });
    expect(edited.statusCode).toBe(200);
    expect((await member.post(`/api/proposals/${p.id}/submit`, {})).json().state).toBe('submitted');
  });

  it('every step not allowed from the current state is a 409', async () => {
    const p = await accepted(member, staff);
    for (const step of ['accept', 'convert', 'submit']) {
      const who = step === 'submit' ? member : staff;
      expectError(await who.post(`/api/proposals/${p.id}/${step}`, {}), 409, 'INVALID_STATE');
    }
    expectError(await staff.post(`/api/proposals/${p.id}/reject`, { reason: '其他' }), 409, 'INVALID_STATE');
    expectError(await staff.post(`/api/proposals/${p.id}/return`, { note: '太晚了' }), 409, 'INVALID_STATE');
    expectError(await member.patch(`/api/proposals/${p.id}`, { title: '立案后不能再改', version: 99 }), 409);
  });

  it("batch review reports each proposal's outcome", async () => {
    const ok1 = await submitted(member);
    const ok2 = await submitted(member2);
    const done = await accepted(member, staff);
    const res = (
      await staff.post('/api/proposals/review/batch', { ids: [ok1.id, ok2.id, done.id, 999999], action: 'accept' })
    ).json();
    const byId = Object.fromEntries(res.results.map((r: { id: number }) => [r.id, r]));
    expect(byId[ok1.id].ok).toBe(true);
    expect(byId[ok2.id].ok).toBe(true);
    expect(byId[done.id]).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(byId[999999]).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Only the office reviews: a member's batch is refused as a whole, not answered item by item.
    const mine = await submitted(member);
    expectError(
      await member.post('/api/proposals/review/batch', { ids: [mine.id], action: 'accept' }),
      403,
      'FORBIDDEN',
    );
  });

  it("merging keeps every proposer's credit and shows where merged ones went", async () => {
    const main = await submitted(member, { title: '关于老旧小区加装电梯的建议' });
    const other = await submitted(member2, { title: '关于老小区增设电梯的建议' });
    const res = await staff.post('/api/proposals/merge', {
      mainId: main.id,
      otherIds: [other.id],
      note: '同一事项并案办理',
    });
    expect(res.statusCode).toBe(200);
    const merged = res.json();
    expect(merged.proposers.map((x: { memberId: number; role: string }) => [x.memberId, x.role])).toEqual(
      expect.arrayContaining([
        [fx.members.zhang, 'lead'],
        [fx.members.li, 'merged'],
      ]),
    );
    expect(merged.mergedFrom).toEqual([{ id: other.id, title: '关于老小区增设电梯的建议' }]);
    const gone = (await member2.get(`/api/proposals/${other.id}`)).json();
    expect(gone.state).toBe('merged');
    expect(gone.mergedInto.id).toBe(main.id);
    // The merged proposer now follows the main proposal too.
    expect((await member2.get(`/api/proposals/${main.id}`)).statusCode).toBe(200);
    expectError(
      await staff.post('/api/proposals/merge', { mainId: main.id, otherIds: [other.id] }),
      409,
      'INVALID_STATE',
    );
  });

  it("the city reads a county's proposals but cannot review them; the county cannot see the city's", async () => {
    const countyMember = await login(ctx, 'zhaochunhua', PASSWORD);
    const countyAdmin = await login(ctx, 'dongcheng', PASSWORD);
    await ctx.platform.db
      .insertInto('terms')
      .values({ org_id: fx.countyA, number: 11, name: '第十一届', starts_on: '2026-01-01', is_current: 0 })
      .execute();
    const p = await submitted(countyMember);
    expect((await countyAdmin.get(`/api/proposals/${p.id}`)).json().allowedActions).toContain('accept');
    await staff.post('/api/auth/switch-org', { orgId: fx.countyA });
    const list = (await staff.get('/api/proposals')).json();
    expect(list.items.map((x: { id: number }) => x.id)).toContain(p.id);
    expect((await staff.get(`/api/proposals/${p.id}`)).json().allowedActions).toEqual([]);
    expectError(await staff.post(`/api/proposals/${p.id}/accept`, {}), 403);
    await staff.post('/api/auth/switch-org', { orgId: fx.city });
    const cityOne = await submitted(member);
    expectError(await countyAdmin.get(`/api/proposals/${cityOne.id}`), 404);
    expect((await countyAdmin.get('/api/proposals')).json().items.map((x: { id: number }) => x.id)).not.toContain(
      cityOne.id,
    );
  });

  it('the review list filters by state and finds proposals by Chinese full text', async () => {
    const a = await submitted(member, { title: '关于规范外卖骑手交通安全管理的建议' });
    await draft(member, { title: '关于外卖骑手的草稿不应出现' });
    const queue = (await staff.get('/api/proposals?state=submitted&pageSize=100')).json();
    expect(queue.items.every((x: { state: string }) => x.state === 'submitted')).toBe(true);
    const found = (await staff.get(`/api/proposals?q=${encodeURIComponent('外卖骑手')}`)).json();
    expect(found.items.map((x: { id: number }) => x.id)).toEqual([a.id]);
    // A search typed half-way through a word ("外卖骑手交" on the way to 交通) still finds it.
    const typing = (await staff.get(`/api/proposals?q=${encodeURIComponent('外卖骑手交')}`)).json();
    expect(typing.items.map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect((await staff.get(`/api/proposals?q=${encodeURIComponent('！！')}`)).json().total).toBe(0);
  });
});
