// Issue 5 item 6, over HTTP against the real server process in production mode: lockout and
// its unlock, the idle timeout, logout ending the session, CSRF, security headers and cookie
// flags, the password policy, and the sixth sign-in within a minute refused with 429.
// The idle timeout is checked by ageing the session's last activity in the database (the
// server judges idleness from it); RELIABILITY_LONG=1 waits the real minute instead.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, PASSWORD, type Fixture } from '../server/test/fixtures.js';
import { withDatabase } from './support/consistency.js';
import { LONG } from './support/engines.js';
import { httpClient, signIn, type HttpResult } from './support/http-client.js';
import { errorShapeProblem, leakIn } from './support/response-checks.js';
import { createDeployment, type Deployment, type ServerProcess } from './support/server-process.js';

describe('security controls end to end (real server, sqlite)', () => {
  let dep: Deployment & { seeded: Fixture & { extra: Record<string, number> } };
  let server: ServerProcess;
  const seen: HttpResult[] = [];

  beforeAll(async () => {
    dep = await createDeployment('sqlite', {
      // Production defaults for sign-in limits (5 per account per minute, lockout after 5 failures).
      env: { LOGIN_RATE_PER_MINUTE: '5', LOGIN_RATE_PER_IP_PER_MINUTE: '60', SESSION_IDLE_MINUTES: '1' },
      seed: async (p) => {
        const { seedFixture } = await import('../server/test/fixtures.js');
        const fx = await seedFixture(p);
        const extra: Record<string, number> = {};
        for (const name of ['locked_one', 'rate_one', 'idle_one', 'logout_one', 'csrf_one']) {
          const phone = name === 'locked_one' ? { phone: '13912340001' } : {};
          extra[name] = (
            await createUser(p, {
              orgId: fx.city,
              username: name,
              displayName: '测试账号',
              roles: ['member'],
              ...phone,
            })
          ).id;
        }
        return { ...fx, extra };
      },
    });
    server = await dep.start();
  });
  afterAll(async () => {
    await server?.stop();
    await dep?.remove();
  });

  const keep = (r: HttpResult) => (seen.push(r), r);
  async function attempt(login: string, password: string) {
    const c = httpClient(server.url);
    c.csrf = (await c.get('/api/auth/csrf')).json().csrfToken;
    return keep(await c.post('/api/auth/login', { login, password }));
  }

  it('locks an account after five failures with the same message as an unknown account, until staff unlock it', async () => {
    const unknown = await attempt('no_such_user', 'Wrong-Pass-1!');
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push(await attempt('locked_one', `Wrong-Pass-${i}!`));
    expect(failures.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    // Whether the account exists is not revealed.
    expect(failures[0]!.json().error).toEqual(unknown.json().error);
    // The right password no longer helps, also through the account's other login (its phone);
    // the username itself has used its five attempts of the minute, so it is rate-limited first.
    expect((await attempt('locked_one', PASSWORD)).status).toBe(429);
    const locked = await attempt('13912340001', PASSWORD);
    expect(locked.status).toBe(401);
    expect(locked.json().error.code).toBe('LOGIN_LOCKED');
    const staff = await signIn(server.url, 'staff', PASSWORD);
    expect(keep(await staff.post(`/api/users/${dep.seeded.extra.locked_one}/unlock`)).status).toBe(200);
    expect((await attempt('13912340001', PASSWORD)).status).toBe(200);
  });

  it('refuses the sixth sign-in of an account within a minute with 429 and Retry-After', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(await attempt('rate_one', PASSWORD));
    expect(codes.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(codes[5]!.json().error.code).toBe('RATE_LIMITED');
    expect(codes[5]!.headers.get('retry-after')).toBeTruthy();
  });

  it('ends a session after the idle timeout', async () => {
    const c = await signIn(server.url, 'idle_one', PASSWORD);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    if (LONG) await new Promise((r) => setTimeout(r, 65_000));
    else {
      await withDatabase(dep.config, (db) =>
        sql`update auth_sessions set last_seen_at = ${new Date(Date.now() - 61_000).toISOString()} where user_id = ${dep.seeded.extra.idle_one}`.execute(
          db,
        ),
      );
    }
    const expired = keep(await c.get('/api/auth/me'));
    expect(expired.status).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('destroys the session at logout: the old cookie no longer works', async () => {
    const c = await signIn(server.url, 'logout_one', PASSWORD);
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    expect(keep(await c.post('/api/auth/logout')).status).toBeLessThan(300);
    const replay = keep(await c.request('GET', '/api/auth/me', undefined, { cookie }));
    expect(replay.status).toBe(401);
  });

  it('refuses writes without the right CSRF token', async () => {
    const c = await signIn(server.url, 'csrf_one', PASSWORD);
    const other = await signIn(server.url, 'zhangjianguo', PASSWORD);
    for (const token of [undefined, '', 'forged-token', other.csrf]) {
      const headers: Record<string, string> = token === undefined ? { 'x-csrf-token': '' } : { 'x-csrf-token': token };
      const r = keep(await c.request('POST', '/api/auth/switch-org', { orgId: dep.seeded.city }, headers));
      expect(r.status, String(token)).toBe(403);
      expect(r.json().error.code).toBe('CSRF_FAILED');
    }
    expect((await c.post('/api/auth/switch-org', { orgId: dep.seeded.city })).status).toBe(200);
  });

  it('sends the security headers and hardened cookies', async () => {
    const c = httpClient(server.url);
    const res = keep(await c.get('/api/auth/csrf'));
    const h = res.headers;
    expect(h.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(h.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(h.get('referrer-policy')).toBe('same-origin');
    expect(h.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(h.get('x-powered-by')).toBeNull();
    const c2 = httpClient(server.url);
    c2.csrf = (await c2.get('/api/auth/csrf')).json().csrfToken;
    const raw = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ login: 'lixiaomei', password: PASSWORD }),
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': c2.csrf,
        cookie: [...c2.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    const session = raw.headers.getSetCookie().find((s) => s.startsWith('lvzhi_sid='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=(Lax|Strict)/i);
  });

  it('enforces the password policy on a password change', async () => {
    const c = await signIn(server.url, 'zhangjianguo', PASSWORD);
    const weak: [string, string][] = [
      ['Ab1!', 'too_short'],
      ['alllowercase', 'classes'],
      ['P@ssw0rd', 'common'],
      ['Zhangjianguo#2026', 'contains_name'],
      ['Xy#13800138001', 'contains_phone'],
    ];
    for (const [password, problem] of weak) {
      const r = keep(await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: password }));
      expect(r.status, password).toBe(400);
      expect(r.json().error.code).toBe('PASSWORD_POLICY');
      expect(
        r.json().error.details.map((d: { code: string }) => d.code),
        password,
      ).toContain(problem);
    }
    expect(
      (await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Qy7#mZ9!pLw2@Rk5' })).status,
    ).toBe(200);
  });

  it('answered every error above in the documented shape, without internals', () => {
    const errors = seen.filter((r) => r.status >= 400);
    expect(errors.length).toBeGreaterThan(10);
    for (const r of errors) {
      expect(errorShapeProblem(r.body), r.body).toBeNull();
      expect(leakIn(r.body), r.body).toBeNull();
    }
  });
});
