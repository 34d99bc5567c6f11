// /api/auth: sign-in, sign-out, the current user, password change, TOTP, org switch.
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/tx.js';
import type { OrgTree } from '../access/org-tree.js';
import { PERMISSIONS, ROLES } from '../access/roles.js';
import { AppError } from '../errors.js';
import { actorOf, clearSessionCookie } from '../http/auth-hook.js';
import { createRateLimiter } from '../http/rate-limit.js';
import { okResponse, text } from '../http/schemas.js';
import type { ZodApp } from '../http/types.js';
import type { AuthService } from './auth.service.js';
import { CSRF_COOKIE, randomToken, SESSION_COOKIE } from './sessions.js';

const orgSummary = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  shortName: z.string(),
  level: z.enum(['province', 'city', 'county']),
});

export const meResponse = z.object({
  user: z.object({
    id: z.number(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    orgId: z.number(),
    memberId: z.number().nullable(),
    unitId: z.number().nullable(),
    leaderTitle: z.string().nullable(),
    totpEnabled: z.boolean(),
    phoneMasked: z.string().nullable(),
  }),
  currentOrg: orgSummary,
  orgs: z.array(orgSummary),
  permissions: z.array(z.enum(PERMISSIONS)),
  mustChangePassword: z.boolean(),
  mfaState: z.enum(['ok', 'pending', 'enroll']),
  csrfToken: z.string(),
});

const loginBody = z.object({
  login: text(64, 1),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
});

const loginResponse = z.object({
  mfaState: z.enum(['ok', 'pending', 'enroll']),
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});

export function authRoutes(app: ZodApp, deps: { auth: AuthService; db: Db; orgTree: OrgTree; config: Config }): void {
  const { auth, db, orgTree, config } = deps;
  const perAccount = createRateLimiter(config.rateLimit.loginPerMinute, 60_000);
  const perIp = createRateLimiter(config.rateLimit.loginPerIpPerMinute, 60_000);
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };

  app.get(
    '/api/auth/csrf',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '取得 CSRF 令牌（登录前）',
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      if (request.session) return { csrfToken: request.session.csrfToken };
      const existing = request.cookies[CSRF_COOKIE];
      const token = existing && /^[\w-]{20,64}$/.test(existing) ? existing : randomToken(24);
      reply.setCookie(CSRF_COOKIE, token, {
        path: '/',
        httpOnly: false,
        sameSite: 'strict',
        secure: config.cookieSecure,
      });
      return { csrfToken: token };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: '用户名或手机号登录', body: loginBody, response: { 200: loginResponse } },
    },
    async (request, reply) => {
      const accountKey = `${request.ip}|${request.body.login.toLowerCase()}`;
      if (!perAccount.hit(accountKey) || !perIp.hit(request.ip)) throw new AppError(429, 'RATE_LIMITED');
      const result = await auth.login(
        request.body,
        { kind: 'anonymous', ip: request.ip },
        request.headers['user-agent'],
      );
      reply.setCookie(SESSION_COOKIE, result.token, cookieOpts);
      return { mfaState: result.mfaState, mustChangePassword: result.mustChangePassword, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { allowPending: true },
      schema: { tags: ['auth'], summary: '退出登录（销毁服务器端会话）', response: { 200: okResponse } },
    },
    async (request, reply) => {
      await auth.logout(actorOf(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  /** The signed-in user, his visible organisations and permissions, as both routes below answer it. */
  async function describe(request: FastifyRequest) {
    const actor = actorOf(request);
    const session = request.session!;
    const user = await db
      .selectFrom('users')
      .select(['totp_enabled', 'phone_masked'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    const all = await orgTree.all();
    const visible = all.filter((o) => actor.visibleOrgIds.includes(o.id));
    const current = visible.find((o) => o.id === actor.currentOrgId)!;
    const summary = (o: (typeof all)[number]) => ({
      id: o.id,
      parentId: o.parentId,
      name: o.name,
      shortName: o.shortName,
      level: o.level,
    });
    return {
      user: {
        id: actor.userId,
        username: actor.username,
        displayName: actor.displayName,
        roles: [...actor.roles],
        orgId: actor.orgId,
        memberId: actor.memberId,
        unitId: actor.unitId,
        leaderTitle: actor.leaderTitle,
        totpEnabled: user.totp_enabled === 1,
        phoneMasked: user.phone_masked,
      },
      currentOrg: summary(current),
      orgs: visible.map(summary),
      permissions: [...actor.permissions],
      mustChangePassword: session.mustChangePassword,
      mfaState: session.mfaState,
      csrfToken: session.csrfToken,
    };
  }

  app.get(
    '/api/auth/me',
    {
      config: { allowPending: true },
      schema: { tags: ['auth'], summary: '当前用户、可见组织与权限', response: { 200: meResponse } },
    },
    async (request) => describe(request),
  );

  // The web app asks this on every page load: "not signed in" is an answer (200), not an error,
  // so an anonymous visit leaves no failed request in the browser's console.
  app.get(
    '/api/auth/session',
    {
      config: { access: 'public', allowPending: true },
      schema: {
        tags: ['auth'],
        summary: '当前会话（未登录时 signedIn 为 false，不报错）',
        response: { 200: z.object({ signedIn: z.boolean(), me: meResponse.nullable() }) },
      },
    },
    async (request) =>
      request.principal.kind === 'user'
        ? { signedIn: true, me: await describe(request) }
        : { signedIn: false, me: null },
  );

  app.post(
    '/api/auth/password',
    {
      config: { allowPending: true },
      schema: {
        tags: ['auth'],
        summary: '修改密码（首次登录必须修改）',
        body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (request.session!.mfaState === 'pending') throw new AppError(401, 'TOTP_REQUIRED');
      await auth.changePassword(actor, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/verify',
    {
      config: { allowPending: true },
      schema: {
        tags: ['auth'],
        summary: '登录第二步：输入动态码',
        body: z.object({ code: z.string().regex(/^\d{6}$/) }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      await auth.verifySecondFactor(request.session!, request.body.code, actorOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { allowPending: true },
      schema: {
        tags: ['auth'],
        summary: '生成 TOTP 绑定密钥与二维码',
        response: { 200: z.object({ secret: z.string(), otpauthUri: z.string(), qrDataUrl: z.string() }) },
      },
    },
    async (request) => {
      if (request.session!.mfaState === 'pending') throw new AppError(401, 'TOTP_REQUIRED');
      const setup = await auth.startTotpSetup(actorOf(request));
      return { ...setup, qrDataUrl: await QRCode.toDataURL(setup.otpauthUri, { margin: 1, width: 220 }) };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { allowPending: true },
      schema: {
        tags: ['auth'],
        summary: '输入动态码完成绑定',
        body: z.object({ code: z.string().regex(/^\d{6}$/) }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      if (request.session!.mfaState === 'pending') throw new AppError(401, 'TOTP_REQUIRED');
      await auth.enableTotp(actorOf(request), request.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: '停用双因素认证',
        body: z.object({ password: z.string().min(1).max(256) }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      await auth.disableTotp(actorOf(request), request.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/switch-org',
    {
      schema: {
        tags: ['auth'],
        summary: '切换当前查看的组织',
        body: z.object({ orgId: z.number().int().positive() }),
        response: { 200: okResponse },
      },
    },
    async (request) => {
      await auth.switchOrg(actorOf(request), request.body.orgId);
      return { ok: true as const };
    },
  );
}
