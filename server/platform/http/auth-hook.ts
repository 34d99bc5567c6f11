// Runs before every /api request: finds the session, builds the Actor, enforces sign-in,
// the first-password-change and second-factor gates, and CSRF. Routes opt out with
// `config: { access: 'public' }` (no sign-in) or `allowPending: true` (usable mid-login).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Principal } from '../access/actor.js';
import type { OrgTree } from '../access/org-tree.js';
import { permissionsOf, type Permission } from '../access/roles.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, type SessionStore, type SessionUser } from '../auth/sessions.js';
import { AppError, unauthorized } from '../errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public': anyone; 'user' (default for /api): a signed-in user. */
    access?: 'public' | 'user';
    /** Reachable before the password change / second factor is done. */
    allowPending?: boolean;
    /**
     * A write that is fine while viewing another organisation (it concerns the user himself
     * or reads through POST). Every other write is refused there: viewing is read-only.
     */
    anyOrg?: boolean;
    /**
     * The policy rule (or rules) the route is governed by, named in its module's policy; a
     * module's test holds every route to a rule that exists.
     */
    rule?: string | readonly string[];
  }
  interface FastifyRequest {
    principal: Principal;
    session: SessionUser | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Permissions whose holders read the records of the organisations below their own. Not
 * `stats.read` alone: a party or government leader reads his own committee's figures, not
 * the counties' (the committee's own leadership and office read theirs).
 */
const WIDE_READ = new Set<Permission>([
  'org.manage',
  'refdata.manage',
  'users.manage',
  'members.read',
  'proposals.manage',
  'proposals.read_all',
  'audit.read',
]);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function actorOf(request: FastifyRequest): Actor {
  if (request.principal.kind !== 'user') throw unauthorized();
  return request.principal;
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function registerAuthHook(app: FastifyInstance, deps: { sessions: SessionStore; orgTree: OrgTree }): void {
  // Set in the hook below for every request; decorating up front keeps the object shape stable.
  app.decorateRequest('principal', null as never);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request, reply) => {
    request.principal = { kind: 'anonymous', ip: request.ip };
    if (!request.url.startsWith('/api/')) return;
    // NUL can never be meant and PostgreSQL cannot store it: refuse it at the door.
    if (request.url.includes('%00')) throw new AppError(400, 'VALIDATION_FAILED', '请求地址含有非法字符');

    const config = request.routeOptions.config ?? {};
    const isPublic = config.access === 'public';
    const lookup = await deps.sessions.lookup(request.cookies[SESSION_COOKIE]);

    if (lookup.status === 'valid') {
      const s = lookup.session;
      const permissions = permissionsOf(s.roles);
      // Only roles that read across organisations look into the counties; a member, a unit
      // or a public participant sees his own organisation alone.
      const visible = [...permissions].some((p) => WIDE_READ.has(p))
        ? await deps.orgTree.visibleFrom(s.orgId)
        : [s.orgId];
      request.session = s;
      request.principal = {
        kind: 'user',
        userId: s.userId,
        username: s.username,
        displayName: s.displayName,
        orgId: s.orgId,
        currentOrgId: visible.includes(s.currentOrgId) ? s.currentOrgId : s.orgId,
        visibleOrgIds: visible,
        roles: s.roles,
        permissions,
        memberId: s.memberId,
        unitId: s.unitId,
        leaderTitle: s.leaderTitle,
        sessionId: s.sessionId,
        ip: request.ip,
      };
    } else if (lookup.status === 'expired') {
      clearSessionCookie(reply);
      if (!isPublic) throw new AppError(401, 'SESSION_EXPIRED');
    }

    if (!isPublic && request.principal.kind !== 'user') throw unauthorized();

    const session = request.session;
    if (session && !isPublic && !config.allowPending) {
      if (session.mfaState === 'pending') throw new AppError(401, 'TOTP_REQUIRED');
      if (session.mfaState === 'enroll') throw new AppError(403, 'TOTP_ENROLL_REQUIRED');
      if (session.mustChangePassword) throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED');
    }

    if (UNSAFE.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      // With a session the token is bound to it; before sign-in the double-submit cookie stands in.
      const expected = session ? session.csrfToken : request.cookies[CSRF_COOKIE];
      if (!sameToken(sent, expected)) throw new AppError(403, 'CSRF_FAILED');
      const p = request.principal;
      if (
        p.kind === 'user' &&
        p.currentOrgId !== p.orgId &&
        !config.anyOrg &&
        !isPublic &&
        !request.url.startsWith('/api/auth/')
      ) {
        throw new AppError(403, 'ORG_READ_ONLY');
      }
    }
  });
}
