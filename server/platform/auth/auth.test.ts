import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestContext, ENGINE, expectError, login, type TestContext } from '../../test/harness.js';
import { createUser, PASSWORD, seedFixture, type Fixture } from '../../test/fixtures.js';
import { MINUTE } from '../clock.js';
import { hotp, totpStep } from './totp.js';

describe(`auth (${ENGINE})`, () => {
  let ctx: TestContext;
  let fx: Fixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await seedFixture(ctx.platform);
  });
  afterAll(async () => ctx?.close());

  it('signs in by username and by phone number, and /me describes the user', async () => {
    const byName = await login(ctx, 'staff', PASSWORD);
    const me = (await byName.get('/api/auth/me')).json();
    expect(me.user.username).toBe('staff');
    expect(me.permissions).toContain('members.unmask');
    expect(me.orgs.map((o: { id: number }) => o.id).sort()).toEqual([fx.city, fx.countyA, fx.countyB].sort());

    const byPhone = await login(ctx, '138 0013 8001', PASSWORD);
    expect((await byPhone.get('/api/auth/me')).json().user.username).toBe('zhangjianguo');
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    const wrong = await c.post('/api/auth/login', { login: 'leader', password: 'nope-Nope-1' });
    const unknown = await c.post('/api/auth/login', { login: 'nobody-here', password: 'nope-Nope-1' });
    expectError(wrong, 401, 'LOGIN_FAILED');
    expectError(unknown, 401, 'LOGIN_FAILED');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks an account after five failures for fifteen minutes, and unknown names lock the same way', async () => {
    await createUser(ctx.platform, { orgId: fx.city, username: 'lockme', displayName: '锁定测试', roles: ['member'] });
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    for (const name of ['lockme', 'ghost-account']) {
      for (let i = 0; i < 4; i++)
        expectError(await c.post('/api/auth/login', { login: name, password: 'Wrong-pass-1' }), 401, 'LOGIN_FAILED');
      expectError(await c.post('/api/auth/login', { login: name, password: 'Wrong-pass-1' }), 401, 'LOGIN_LOCKED');
    }
    // Even the right password is refused while locked.
    expectError(await c.post('/api/auth/login', { login: 'lockme', password: PASSWORD }), 401, 'LOGIN_LOCKED');
    ctx.clock.advance(16 * MINUTE);
    expect((await c.post('/api/auth/login', { login: 'lockme', password: PASSWORD })).statusCode).toBe(200);
    const trail = await ctx.platform.db
      .selectFrom('audit_log')
      .select(['action', 'result'])
      .where('action', '=', 'auth.lockout')
      .execute();
    expect(trail.length).toBeGreaterThanOrEqual(2);
  });

  it('locks the account, not just the login typed: failures by name and by phone add up, and neither gets in while locked', async () => {
    await createUser(ctx.platform, {
      orgId: fx.city,
      username: 'twokeys',
      displayName: '双登录名',
      roles: ['member'],
      phone: '13912340002',
    });
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    for (const login of ['twokeys', '13912340002', 'twokeys', '13912340002']) {
      expectError(await c.post('/api/auth/login', { login, password: 'Wrong-pass-1' }), 401, 'LOGIN_FAILED');
    }
    expectError(
      await c.post('/api/auth/login', { login: '13912340002', password: 'Wrong-pass-1' }),
      401,
      'LOGIN_LOCKED',
    );
    expectError(await c.post('/api/auth/login', { login: 'twokeys', password: PASSWORD }), 401, 'LOGIN_LOCKED');
    expectError(await c.post('/api/auth/login', { login: '13912340002', password: PASSWORD }), 401, 'LOGIN_LOCKED');
    ctx.clock.advance(16 * MINUTE);
    expect((await c.post('/api/auth/login', { login: '13912340002', password: PASSWORD })).statusCode).toBe(200);
  });

  it('ends a session after the idle timeout', async () => {
    const c = await login(ctx, 'leader', PASSWORD);
    ctx.clock.advance(29 * MINUTE);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    ctx.clock.advance(31 * MINUTE);
    expectError(await c.get('/api/auth/me'), 401, 'SESSION_EXPIRED');
  });

  it('answers the session probe without an error when nobody is signed in or the session has lapsed', async () => {
    const anonymous = await client(ctx).get('/api/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ signedIn: false, me: null });
    const c = await login(ctx, 'leader', PASSWORD);
    const signedIn = (await c.get('/api/auth/session')).json();
    expect(signedIn.signedIn).toBe(true);
    expect(signedIn.me).toEqual((await c.get('/api/auth/me')).json());
    ctx.clock.advance(31 * MINUTE);
    const lapsed = await c.get('/api/auth/session');
    expect(lapsed.statusCode).toBe(200);
    expect(lapsed.json().signedIn).toBe(false);
  });

  it('destroys the server-side session at logout, so a copied cookie stops working', async () => {
    const c = await login(ctx, 'leader', PASSWORD);
    const stolen = { ...c.cookies };
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    const replay = client(ctx);
    Object.assign(replay.cookies, stolen);
    expectError(await replay.get('/api/auth/me'), 401);
  });

  it('rejects writes without the CSRF token', async () => {
    const c = await login(ctx, 'staff', PASSWORD);
    const res = await c.request({
      method: 'POST',
      url: '/api/auth/switch-org',
      payload: { orgId: fx.countyA },
      headers: { 'x-csrf-token': 'forged' },
    });
    expectError(res, 403, 'CSRF_FAILED');
    const anon = client(ctx);
    expectError(await anon.post('/api/auth/login', { login: 'staff', password: PASSWORD }), 403, 'CSRF_FAILED');
  });

  it('forces a password change at first login and applies the password policy', async () => {
    await createUser(ctx.platform, {
      orgId: fx.city,
      username: 'newcomer',
      displayName: '孙新来',
      roles: ['member'],
      mustChangePassword: true,
      phone: '13511112222',
    });
    const c = client(ctx);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    const res = await c.post('/api/auth/login', { login: 'newcomer', password: PASSWORD });
    expect(res.json().mustChangePassword).toBe(true);
    c.csrf = res.json().csrfToken;
    expectError(await c.get('/api/refdata'), 403, 'PASSWORD_CHANGE_REQUIRED');
    const weak = [
      ['short1!', 'too_short'],
      ['alllowercase1', 'classes'],
      ['Newcomer-2026', 'contains_name'],
      ['Ab-13511112222', 'contains_phone'],
      ['P@ssw0rd', 'common'],
    ];
    for (const [pw, problem] of weak) {
      const r = await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: pw });
      expectError(r, 400, 'PASSWORD_POLICY');
      expect(r.json().error.details.map((d: { code: string }) => d.code)).toContain(problem);
    }
    expect(
      (await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Qiu-Yue-Lake-88' })).statusCode,
    ).toBe(200);
    expect((await c.get('/api/refdata')).statusCode).toBe(200);
  });

  it('supports a TOTP second factor and requires it when the organisation says so', async () => {
    await createUser(ctx.platform, {
      orgId: fx.countyB,
      username: 'xihe-staff',
      displayName: '西河办',
      roles: ['county_admin'],
    });
    await ctx.platform.db.updateTable('organisations').set({ totp_required: 1 }).where('id', '=', fx.countyB).execute();
    ctx.platform.orgTree.invalidate();
    const c = await login(ctx, 'xihe-staff', PASSWORD);
    expectError(await c.get('/api/refdata'), 403, 'TOTP_ENROLL_REQUIRED');
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const code = hotp(setup.secret, totpStep(ctx.clock.now()));
    expect((await c.post('/api/auth/totp/enable', { code })).statusCode).toBe(200);
    expect((await c.get('/api/refdata')).statusCode).toBe(200);

    ctx.clock.advance(MINUTE);
    const second = await login(ctx, 'xihe-staff', PASSWORD);
    expectError(await second.get('/api/refdata'), 401, 'TOTP_REQUIRED');
    expectError(await second.post('/api/auth/totp/verify', { code: '000000' }), 401, 'TOTP_INVALID');
    const fresh = hotp(setup.secret, totpStep(ctx.clock.now()));
    expect((await second.post('/api/auth/totp/verify', { code: fresh })).statusCode).toBe(200);
    expect((await second.get('/api/refdata')).statusCode).toBe(200);
  });

  it('refuses the sixth sign-in attempt within a minute with 429', async () => {
    const limited = await createTestContext({ LOGIN_RATE_PER_MINUTE: '5' });
    try {
      await seedFixture(limited.platform);
      const c = client(limited, '10.1.2.3');
      c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
      for (let i = 0; i < 5; i++)
        expect((await c.post('/api/auth/login', { login: 'staff', password: 'Wrong-pass-1' })).statusCode).toBe(401);
      expectError(await c.post('/api/auth/login', { login: 'staff', password: PASSWORD }), 429, 'RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('sends security headers', async () => {
    const res = await client(ctx).get('/api/auth/csrf');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('viewing another organisation is read-only, and only roles that read widely may look into counties', async () => {
    const city = await login(ctx, 'staff', PASSWORD);
    expect((await city.post('/api/auth/switch-org', { orgId: fx.countyA })).statusCode).toBe(200);
    expect((await city.get('/api/refdata')).json().orgId).toBe(fx.countyA);
    expectError(await city.post('/api/sectors', { name: '新兴产业界' }), 403, 'ORG_READ_ONLY');
    expect((await city.post('/api/notifications/read-all')).statusCode).toBe(200);
    expect((await city.post('/api/auth/switch-org', { orgId: fx.city })).statusCode).toBe(200);

    const member = await login(ctx, 'zhangjianguo', PASSWORD);
    expect((await member.get('/api/auth/me')).json().orgs.map((o: { id: number }) => o.id)).toEqual([fx.city]);
    expectError(await member.post('/api/auth/switch-org', { orgId: fx.countyA }), 403, 'ORG_NOT_VISIBLE');
  });

  it('lets the city switch to a county it sees, never to one it does not', async () => {
    const city = await login(ctx, 'staff', PASSWORD);
    expect((await city.post('/api/auth/switch-org', { orgId: fx.countyA })).statusCode).toBe(200);
    expect((await city.get('/api/auth/me')).json().currentOrg.id).toBe(fx.countyA);
    const county = await login(ctx, 'dongcheng', PASSWORD);
    expectError(await county.post('/api/auth/switch-org', { orgId: fx.city }), 403, 'ORG_NOT_VISIBLE');
  });
});
