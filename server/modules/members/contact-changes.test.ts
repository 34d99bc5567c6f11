import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ENGINE, expectError, login, type Client, type TestContext } from '../../test/harness.js';
import { PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';

describe(`members' own contact changes (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let zhang: Client;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    staff = await login(ctx, 'staff', PASSWORD);
    zhang = await login(ctx, 'zhangjianguo', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const pending = async () => (await staff.get('/api/member-contact-changes')).json();

  it('shows a member his own record with his own phone in full', async () => {
    const me = (await zhang.get('/api/members/me')).json();
    expect(me.member).toMatchObject({
      name: '张建国',
      phone: '13800138001',
      phoneMasked: '138****8001',
      sectorName: '经济界',
      idNumberMasked: '110***********0017',
    });
    expect(me.member).not.toHaveProperty('idNumber');
    expect(me.pendingChange).toBeNull();
    expectError(await staff.get('/api/members/me'), 404, 'NOT_A_MEMBER');
  });

  it('files a change that waits for the office, and applies it on approval', async () => {
    expectError(await zhang.post('/api/members/me/contact-change', { phone: '0571-1234' }), 400, 'VALIDATION_FAILED');
    expectError(await zhang.post('/api/members/me/contact-change', { phone: '13800138001' }), 400, 'NOTHING_CHANGED');
    expectError(await zhang.post('/api/members/me/contact-change', { phone: '13900139002' }), 409, 'DUPLICATE_PHONE');

    const res = await zhang.post('/api/members/me/contact-change', {
      phone: '１３７ ６６６６ ８８８８',
      email: 'zjg@example.cn',
      workUnit: '测试市港务集团',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'pending',
      fields: ['phone', 'email', 'workUnit'],
      changes: { phone: '13766668888', email: 'zjg@example.cn' },
    });
    const sealed = await ctx.platform.db
      .selectFrom('member_contact_changes')
      .select('changes_enc')
      .executeTakeFirstOrThrow();
    expect(sealed.changes_enc).not.toContain('13766668888');
    // Nothing changes before approval.
    expect((await staff.get(`/api/members/${fx.members.zhang}`)).json().phoneMasked).toBe('138****8001');
    expect((await zhang.get('/api/members/me')).json().pendingChange.changes.phone).toBe('13766668888');
    expectError(
      await zhang.post('/api/members/me/contact-change', { email: 'again@example.cn' }),
      409,
      'CONTACT_CHANGE_PENDING',
    );

    const queue = await pending();
    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({
      memberName: '张建国',
      changes: { phone: '137****8888' },
      current: { phone: '138****8001', workUnit: null },
    });

    const before = (await staff.get(`/api/members/${fx.members.zhang}`)).json().version;
    const ok = await staff.post(`/api/member-contact-changes/${queue.items[0].id}/approve`, {});
    expect(ok.json()).toMatchObject({ status: 'approved' });
    const after = (await staff.get(`/api/members/${fx.members.zhang}`)).json();
    expect(after).toMatchObject({
      phoneMasked: '137****8888',
      email: 'zjg@example.cn',
      workUnit: '测试市港务集团',
      version: before + 1,
    });
    expect(await staff.get('/api/members?phone=13766668888').then((r) => r.json().total)).toBe(1);
    expect((await zhang.get('/api/members/me')).json()).toMatchObject({
      member: { phone: '13766668888' },
      pendingChange: null,
    });
    // The approved number is now the one he signs in with; the old one no longer is.
    expect((await login(ctx, '13766668888', PASSWORD)).csrf).toBeTruthy();
    await expect(login(ctx, '13800138001', PASSWORD)).rejects.toThrow(/401/);
    expectError(
      await staff.post(`/api/member-contact-changes/${queue.items[0].id}/reject`, { note: '重复处理' }),
      409,
      'INVALID_STATE',
    );
    const history = (await staff.get('/api/member-contact-changes?status=approved')).json().items;
    expect(history[0]).toMatchObject({
      changes: { phone: '137****8888' },
      current: { phone: '138****8001', workUnit: null },
    });

    const notices = await ctx.platform.db.selectFrom('notifications').select(['title', 'user_id']).execute();
    expect(notices).toContainEqual({ title: '您的联系方式修改申请已通过', user_id: fx.users.member.id });
    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'member.contact_change.%')
      .orderBy('seq')
      .execute();
    expect(trail.map((a) => a.action)).toEqual(['member.contact_change.request', 'member.contact_change.approve']);
  });

  it('rejects with a reason and leaves the record as it was', async () => {
    const li = await login(ctx, 'lixiaomei', PASSWORD);
    const asked = await li.post('/api/members/me/contact-change', {
      address: '测试市滨江路 9 号',
      postalCode: '310000',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expectError(
      await staff.post(`/api/member-contact-changes/${asked.json().id}/reject`, {}),
      400,
      'VALIDATION_FAILED',
    );
    const res = await staff.post(`/api/member-contact-changes/${asked.json().id}/reject`, {
      note: '地址不完整，请补充门牌号',
    });
    expect(res.json()).toMatchObject({ status: 'rejected', decisionNote: '地址不完整，请补充门牌号' });
    expect((await staff.get(`/api/members/${fx.members.li}`)).json()).toMatchObject({
      address: null,
      postalCode: null,
    });
    expect((await li.get('/api/members/me')).json().pendingChange).toBeNull();
    expect(
      (await staff.get('/api/member-contact-changes?status=rejected'))
        .json()
        .items.map((c: { memberName: string }) => c.memberName),
    ).toEqual(['李晓梅']);
  });

  it("keeps the queue to the office of the member's own organisation", async () => {
    const wang = await login(ctx, 'wangzhiqiang', PASSWORD);
    const asked = (await wang.post('/api/members/me/contact-change', { jobTitle: '副院长' })).json();
    const leader = await login(ctx, 'leader', PASSWORD);
    expectError(await leader.get('/api/member-contact-changes'), 403);
    expectError(await wang.post(`/api/member-contact-changes/${asked.id}/approve`, {}), 403);
    const county = await login(ctx, 'dongcheng', PASSWORD);
    expect((await county.get('/api/member-contact-changes')).json().total).toBe(0);
    expectError(await county.post(`/api/member-contact-changes/${asked.id}/approve`, {}), 404);
    await staff.post('/api/auth/switch-org', { orgId: fx.countyA });
    const zhao = await login(ctx, 'zhaochunhua', PASSWORD);
    const countyAsk = (await zhao.post('/api/members/me/contact-change', { email: 'zhao@example.cn' })).json();
    expect((await staff.get('/api/member-contact-changes')).json().total).toBe(1);
    expectError(await staff.post(`/api/member-contact-changes/${countyAsk.id}/approve`, {}), 403, 'ORG_READ_ONLY');
    await staff.post('/api/auth/switch-org', { orgId: fx.city });
  });
});
