import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  client,
  createTestContext,
  ENGINE,
  expectError,
  login,
  type Client,
  type TestContext,
} from '../../test/harness.js';
import { createMember, PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';

describe(`accounts (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  let staff: Client;
  let wuXiaoli: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
    wuXiaoli = await createMember(ctx.platform, {
      orgId: fx.city,
      termId: fx.term,
      name: '吴晓丽',
      sectorId: fx.sectors['民盟']!,
      gender: 'female',
      party: 'cdl',
    });
    staff = await login(ctx, 'staff', PASSWORD);
  });
  afterAll(async () => ctx?.close());

  const trail = async (action: string, objectId: number) =>
    ctx.platform.db
      .selectFrom('audit_log')
      .select(['actor_name', 'detail', 'org_id'])
      .where('action', '=', action)
      .where('object_id', '=', String(objectId))
      .orderBy('seq')
      .execute();

  async function signInFresh(loginName: string, password: string) {
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    const res = await c.post('/api/auth/login', { login: loginName, password });
    if (res.statusCode === 200) c.csrf = res.json().csrfToken;
    return { c, res };
  }

  it('creates an account with a one-time password that must be changed at first sign-in', async () => {
    const res = await staff.post('/api/users', {
      username: 'Wu.Xiaoli',
      displayName: '吴晓丽',
      roles: ['member'],
      phone: '+86 135-0000-1234',
      email: 'wuxl@example.cn',
      memberId: wuXiaoli,
    });
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json();
    expect(user).toMatchObject({
      username: 'wu.xiaoli',
      displayName: '吴晓丽',
      phoneMasked: '135****1234',
      roles: ['member'],
      mustChangePassword: true,
      active: true,
      memberName: '吴晓丽',
    });
    expect(res.body).not.toContain('13500001234');
    expect(res.body).not.toMatch(/password_hash|scrypt/);
    expect(oneTimePassword).toMatch(/^\S{16}$/);

    // Signing in by phone with the one-time password lands at the forced change.
    const { c, res: signIn } = await signInFresh('13500001234', oneTimePassword);
    expect(signIn.json().mustChangePassword).toBe(true);
    expectError(await c.get('/api/refdata'), 403, 'PASSWORD_CHANGE_REQUIRED');
    expect(
      (await c.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Lotus-Pond-2031' }))
        .statusCode,
    ).toBe(200);
    expect((await c.get('/api/refdata')).statusCode).toBe(200);

    const [entry] = await trail('user.create', user.id);
    expect(entry!.actor_name).toBe('周秘书');
    expect(JSON.parse(entry!.detail!)).toEqual({ username: 'wu.xiaoli', roles: ['member'] });
    // The one-time password is shown once: reading the account again does not return it.
    expect((await staff.get(`/api/users/${user.id}`)).body).not.toContain(oneTimePassword);
  });

  it('refuses bad input with field paths, duplicates with 409 and links outside the organisation', async () => {
    const bad = await staff.post('/api/users', { username: 'ab', displayName: '', roles: [] });
    expectError(bad, 400, 'VALIDATION_FAILED');
    const paths = bad.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.displayName', 'body.roles']));
    expectError(
      await staff.post('/api/users', { username: 'has space', displayName: '甲', roles: ['member'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.post('/api/users', { username: 'x1y2z3', displayName: '甲', roles: ['superuser'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await staff.post('/api/users', { username: 'phone-bad', displayName: '甲', roles: ['member'], phone: '12345' }),
      400,
      'VALIDATION_FAILED',
    );

    expectError(
      await staff.post('/api/users', { username: 'STAFF', displayName: '重名', roles: ['member'] }),
      409,
      'USERNAME_TAKEN',
    );
    expectError(
      await staff.post('/api/users', {
        username: 'dup-phone',
        displayName: '甲',
        roles: ['member'],
        phone: '13800138001',
      }),
      409,
      'PHONE_TAKEN',
    );
    expectError(
      await staff.post('/api/users', {
        username: 'second-zhang',
        displayName: '张建国',
        roles: ['member'],
        memberId: fx.members.zhang,
      }),
      409,
      'MEMBER_HAS_ACCOUNT',
    );
    const foreignMember = await staff.post('/api/users', {
      username: 'foreign-m',
      displayName: '赵',
      roles: ['member'],
      memberId: fx.members.zhao,
    });
    expectError(foreignMember, 400, 'VALIDATION_FAILED');
    expect(foreignMember.json().error.details[0].path).toBe('memberId');
    expectError(
      await staff.post('/api/users', {
        username: 'foreign-u',
        displayName: '县局',
        roles: ['unit'],
        unitId: fx.countyUnit,
      }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('records every role change in the audit trail with before and after', async () => {
    const { user } = (
      await staff.post('/api/users', { username: 'sun-ke', displayName: '孙可', roles: ['member'] })
    ).json();
    const res = await staff.put(`/api/users/${user.id}/roles`, { roles: ['member', 'leader'] });
    expectError(res, 400, 'ROLE_REQUIREMENTS');
    expect(res.json().error.details[0].path).toBe('leaderTitle');
    expect((await staff.patch(`/api/users/${user.id}`, { leaderTitle: '副主席' })).statusCode).toBe(200);
    const ok = await staff.put(`/api/users/${user.id}/roles`, { roles: ['member', 'leader'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles).toEqual(['member', 'leader']);
    const entries = await trail('user.roles_change', user.id);
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.detail!)).toEqual({ before: ['member'], after: ['member', 'leader'] });
    expect(entries[0]!.org_id).toBe(fx.city);
  });

  it('resets a password: a new one-time password, and every old session ends', async () => {
    const { user, oneTimePassword } = (
      await staff.post('/api/users', { username: 'qian-li', displayName: '钱立', roles: ['member'] })
    ).json();
    const { c } = await signInFresh('qian-li', oneTimePassword);
    await c.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'Maple-Ridge-4410' });
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);

    const reset = await staff.post(`/api/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json().oneTimePassword;
    expect(fresh).not.toBe(oneTimePassword);
    expect(reset.json().user.mustChangePassword).toBe(true);
    expectError(await c.get('/api/auth/me'), 401);
    expectError((await signInFresh('qian-li', 'Maple-Ridge-4410')).res, 401, 'LOGIN_FAILED');
    const again = await signInFresh('qian-li', fresh);
    expect(again.res.json().mustChangePassword).toBe(true);
    expect(await trail('user.password_reset', user.id)).toHaveLength(1);
  });

  it('unlocks an account locked by failed sign-ins, by username and by phone', async () => {
    const { user, oneTimePassword } = (
      await staff.post('/api/users', {
        username: 'zheng-hao',
        displayName: '郑浩',
        roles: ['member'],
        phone: '13622223333',
      })
    ).json();
    for (const name of ['zheng-hao', '13622223333']) {
      for (let i = 0; i < 5; i++) await signInFresh(name, 'Wrong-pass-1');
      expectError((await signInFresh(name, oneTimePassword)).res, 401, 'LOGIN_LOCKED');
    }
    expect((await staff.get(`/api/users/${user.id}`)).json().locked).toBe(true);
    const unlocked = await staff.post(`/api/users/${user.id}/unlock`);
    expect(unlocked.json().locked).toBe(false);
    expect((await signInFresh('zheng-hao', oneTimePassword)).res.statusCode).toBe(200);
    expect((await signInFresh('13622223333', oneTimePassword)).res.statusCode).toBe(200);
    // Failures lock the account, whichever login was typed: once the username locked it, the
    // phone attempts were refused without counting, so one lock record was cleared.
    const [entry] = await trail('user.unlock', user.id);
    expect(JSON.parse(entry!.detail!).cleared).toBe(1);
  });

  it('deactivation ends the sessions and blocks sign-in until the account is activated', async () => {
    const member = await login(ctx, 'lixiaomei', PASSWORD);
    const res = await staff.post(`/api/users/${fx.users.member2.id}/deactivate`);
    expect(res.json().active).toBe(false);
    expectError(await member.get('/api/auth/me'), 401);
    expectError((await signInFresh('lixiaomei', PASSWORD)).res, 401, 'LOGIN_FAILED');
    expect(
      (await staff.get('/api/users?active=false')).json().items.map((u: { username: string }) => u.username),
    ).toContain('lixiaomei');

    expect((await staff.post(`/api/users/${fx.users.member2.id}/activate`)).json().active).toBe(true);
    expect((await signInFresh('lixiaomei', PASSWORD)).res.statusCode).toBe(200);
    expect(await trail('user.deactivate', fx.users.member2.id)).toHaveLength(1);
    expect(await trail('user.activate', fx.users.member2.id)).toHaveLength(1);
  });

  it('keeps each organisation to its own accounts: county and city never manage each other', async () => {
    const county = await login(ctx, 'dongcheng', PASSWORD);
    const countyList = (await county.get('/api/users?pageSize=200')).json();
    expect(countyList.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'dongcheng',
      'xianjiaoyuju',
      'zhaochunhua',
    ]);
    expectError(await county.get(`/api/users/${fx.users.staff.id}`), 404);
    expectError(await county.patch(`/api/users/${fx.users.member.id}`, { displayName: '改名' }), 404);
    expectError(await county.post(`/api/users/${fx.users.member.id}/deactivate`), 404);
    expectError(await county.put(`/api/users/${fx.users.member.id}/roles`, { roles: ['public'] }), 404);

    // The city sees the county's records, but its accounts are the county's own business.
    await staff.post('/api/auth/switch-org', { orgId: fx.countyA });
    const cityList = (await staff.get('/api/users?pageSize=200')).json();
    expect(cityList.items.every((u: { orgId: number }) => u.orgId === fx.city)).toBe(true);
    expectError(await staff.get(`/api/users/${fx.users.countyAdmin.id}`), 404);
    // Viewing another organisation is read-only: every write is refused before it reaches a record.
    expectError(await staff.post(`/api/users/${fx.users.countyMember.id}/reset-password`), 403, 'ORG_READ_ONLY');
    expectError(await staff.post(`/api/users/${fx.users.countyMember.id}/unlock`), 403, 'ORG_READ_ONLY');
    await staff.post('/api/auth/switch-org', { orgId: fx.city });

    // A county admin creates county accounts, in the county.
    const made = await county.post('/api/users', {
      username: 'dc-unit2',
      displayName: '东城县教育局二',
      roles: ['unit'],
      unitId: fx.countyUnit,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().user.orgId).toBe(fx.countyA);
  });

  it('applies the role rules: separation of duties, roles that fit the organisation, no changes to oneself', async () => {
    expectError(
      await staff.post('/api/users', { username: 'aud-staff', displayName: '甲', roles: ['auditor', 'staff'] }),
      400,
      'ROLES_SEPARATION',
    );
    expectError(
      await staff.post('/api/users', {
        username: 'aud-lead',
        displayName: '甲',
        roles: ['auditor', 'leader'],
        leaderTitle: '主席',
      }),
      400,
      'ROLES_SEPARATION',
    );
    expectError(
      await staff.post('/api/users', { username: 'city-ca', displayName: '甲', roles: ['county_admin'] }),
      400,
      'ROLE_NOT_FOR_ORG',
    );
    expectError(
      await staff.post('/api/users', { username: 'unit-nounit', displayName: '甲', roles: ['unit'] }),
      400,
      'ROLE_REQUIREMENTS',
    );
    expectError(
      await staff.put(`/api/users/${fx.users.auditor.id}/roles`, { roles: ['auditor', 'staff'] }),
      400,
      'ROLES_SEPARATION',
    );
    const auditor = await staff.post('/api/users', {
      username: 'auditor2',
      displayName: '第二审计员',
      roles: ['auditor'],
    });
    expect(auditor.statusCode).toBe(201);

    const county = await login(ctx, 'dongcheng', PASSWORD);
    expectError(
      await county.post('/api/users', { username: 'county-staff', displayName: '甲', roles: ['staff'] }),
      400,
      'ROLE_NOT_FOR_ORG',
    );
    expectError(
      await county.post('/api/users', { username: 'county-aud', displayName: '甲', roles: ['auditor'] }),
      403,
      'ROLE_GRANT_FORBIDDEN',
    );

    expectError(
      await staff.put(`/api/users/${fx.users.staff.id}/roles`, { roles: ['staff', 'leader'] }),
      403,
      'SELF_CHANGE_FORBIDDEN',
    );
    expectError(await staff.post(`/api/users/${fx.users.staff.id}/deactivate`), 403, 'SELF_CHANGE_FORBIDDEN');
    expectError(await staff.post(`/api/users/${fx.users.staff.id}/reset-password`), 403, 'SELF_CHANGE_FORBIDDEN');
    const self = (await staff.get(`/api/users/${fx.users.staff.id}`)).json();
    expect(self.can).toEqual({ edit: true, changeRoles: false, resetPassword: false, deactivate: false });
    expect((await staff.patch(`/api/users/${fx.users.staff.id}`, { displayName: '周秘书' })).statusCode).toBe(200);
  });

  it('refuses every account route to roles without users.manage', async () => {
    for (const name of ['zhangjianguo', 'leader', 'jiaoyuju', 'auditor', 'public']) {
      const c = await login(ctx, name, PASSWORD);
      expectError(await c.get('/api/users'), 403, 'FORBIDDEN');
      expectError(await c.get(`/api/users/${fx.users.member.id}`), 403, 'FORBIDDEN');
      expectError(
        await c.post('/api/users', { username: `by-${name}`, displayName: '甲', roles: ['member'] }),
        403,
        'FORBIDDEN',
      );
      expectError(await c.post(`/api/users/${fx.users.member3.id}/deactivate`), 403, 'FORBIDDEN');
    }
  });

  it('lists with filters and search, and offers roster members to link', async () => {
    const byRole = (await staff.get('/api/users?role=unit')).json();
    expect(byRole.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'jiaoyuju',
      'weijianwei',
      'zhujianju',
    ]);
    const byName = (await staff.get(`/api/users?q=${encodeURIComponent('陈主')}`)).json();
    expect(byName.items.map((u: { username: string }) => u.username)).toEqual(['leader']);
    expect((await staff.get('/api/users?q=MAYOR')).json().total).toBe(1);
    const page = (await staff.get('/api/users?pageSize=2&page=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(4);
    expectError(await staff.get('/api/users?role=king'), 400, 'VALIDATION_FAILED');

    const options = (await staff.get('/api/users/member-options?q=lxm')).json();
    expect(options).toEqual([{ id: fx.members.li, name: '李晓梅', hasAccount: true }]);
    expect((await staff.get('/api/users/member-options')).json().map((o: { name: string }) => o.name)).not.toContain(
      '赵春华',
    );
  });
});
