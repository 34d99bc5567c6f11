// Server-side sessions. The browser holds a random token; the database holds only its
// SHA-256, so a copy of the database does not let anyone sign in as its users.
import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import type { ChangeTracker } from '../../db/change-tracker.js';
import { ReadCache } from '../read-cache.js';
import type { Db } from '../../db/tx.js';
import type { Clock } from '../clock.js';
import { MINUTE, HOUR } from '../clock.js';
import type { Role } from '../access/roles.js';

export const SESSION_COOKIE = 'lvzhi_sid';
export const CSRF_COOKIE = 'lvzhi_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Touching last_seen_at on every request would make every read a write; a minute's precision is enough. */
const TOUCH_AFTER_MS = MINUTE;

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionUser {
  sessionId: string;
  csrfToken: string;
  mfaState: 'ok' | 'pending' | 'enroll';
  currentOrgId: number;
  userId: number;
  username: string;
  displayName: string;
  orgId: number;
  roles: Role[];
  memberId: number | null;
  unitId: number | null;
  leaderTitle: string | null;
  mustChangePassword: boolean;
}

export type SessionLookup = { status: 'valid'; session: SessionUser } | { status: 'expired' } | { status: 'none' };

export interface SessionStore {
  create(input: {
    userId: number;
    orgId: number;
    mfaState: SessionUser['mfaState'];
    ip: string;
    userAgent?: string;
  }): Promise<{
    token: string;
    csrfToken: string;
  }>;
  lookup(token: string | undefined): Promise<SessionLookup>;
  update(sessionId: string, patch: { mfaState?: SessionUser['mfaState']; currentOrgId?: number }): Promise<void>;
  destroy(sessionId: string): Promise<void>;
  destroyAllForUser(userId: number, exceptSessionId?: string): Promise<void>;
}

/** A session as read: the user's part, and the times its validity is checked against. */
interface Found {
  session: SessionUser;
  active: boolean;
  /** Kept up to date by this store when it touches the session (a cached copy included). */
  lastSeenMs: number;
  expiresMs: number;
}

/** The tables a session is read from; rows added to them (another sign-in) do not matter. */
const SESSION_TABLES = ['auth_sessions', 'users'];
const CACHE_CAPACITY = 10_000;

export function createSessionStore(deps: {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'session'>;
  changes?: ChangeTracker | null;
}): SessionStore {
  const { db, clock, config } = deps;
  const idleMs = config.session.idleMinutes * MINUTE;
  // Every request looks its session up. Any change to a session or user row (sign-out, a role
  // or password change, deactivation) empties the cache; only the last-seen time changes
  // without it (a volatile column), and this store keeps that itself on what it hands out.
  const cache = new ReadCache<string, Found | undefined>(deps.changes ?? null, SESSION_TABLES, CACHE_CAPACITY, {
    existingRowsOnly: true,
  });

  async function read(id: string): Promise<Found | undefined> {
    const row = await db
      .selectFrom('auth_sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        's.id',
        's.csrf_token',
        's.mfa_state',
        's.current_org_id',
        's.last_seen_at',
        's.expires_at',
        'u.id as user_id',
        'u.username',
        'u.display_name',
        'u.org_id',
        'u.roles',
        'u.member_id',
        'u.unit_id',
        'u.leader_title',
        'u.must_change_password',
        'u.active',
      ])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      active: row.active === 1,
      lastSeenMs: Date.parse(row.last_seen_at),
      expiresMs: Date.parse(row.expires_at),
      session: {
        sessionId: row.id,
        csrfToken: row.csrf_token,
        mfaState: row.mfa_state,
        currentOrgId: row.current_org_id,
        userId: row.user_id,
        username: row.username,
        displayName: row.display_name,
        orgId: row.org_id,
        roles: JSON.parse(row.roles) as Role[],
        memberId: row.member_id,
        unitId: row.unit_id,
        leaderTitle: row.leader_title,
        mustChangePassword: row.must_change_password === 1,
      },
    };
  }

  return {
    async create({ userId, orgId, mfaState, ip, userAgent }) {
      const token = randomToken();
      const csrfToken = randomToken(24);
      const now = clock.now();
      await db
        .insertInto('auth_sessions')
        .values({
          id: tokenId(token),
          user_id: userId,
          current_org_id: orgId,
          csrf_token: csrfToken,
          mfa_state: mfaState,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: new Date(now.getTime() + config.session.maxHours * HOUR).toISOString(),
          ip,
          user_agent: userAgent?.slice(0, 300) ?? null,
        })
        .execute();
      return { token, csrfToken };
    },

    async lookup(token) {
      if (!token || token.length > 100) return { status: 'none' };
      const id = tokenId(token);
      const found = await cache.get(id, () => read(id));
      if (!found) return { status: 'none' };
      const now = clock.now().getTime();
      if (now - found.lastSeenMs > idleMs) {
        // Another instance serving this session moves its last-seen time without telling this
        // one's cache (a volatile column): a session is ended as idle only on the stored time.
        const stored = await read(id);
        if (stored) found.lastSeenMs = Math.max(found.lastSeenMs, stored.lastSeenMs);
      }
      const idleFor = now - found.lastSeenMs;
      if (!found.active || idleFor > idleMs || now > found.expiresMs) {
        // The delete empties the cache too.
        await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
        return { status: 'expired' };
      }
      if (idleFor > TOUCH_AFTER_MS) {
        await db
          .updateTable('auth_sessions')
          .set({ last_seen_at: new Date(now).toISOString() })
          .where('id', '=', id)
          .execute();
        // The cached copy (if this is one) is the one the next request checks.
        found.lastSeenMs = now;
      }
      // A copy: the cached session is shared by every request of this session.
      return { status: 'valid', session: { ...found.session, roles: [...found.session.roles] } };
    },

    async update(sessionId, patch) {
      const set: { mfa_state?: SessionUser['mfaState']; current_org_id?: number } = {};
      if (patch.mfaState) set.mfa_state = patch.mfaState;
      if (patch.currentOrgId !== undefined) set.current_org_id = patch.currentOrgId;
      if (Object.keys(set).length) await db.updateTable('auth_sessions').set(set).where('id', '=', sessionId).execute();
    },

    async destroy(sessionId) {
      await db.deleteFrom('auth_sessions').where('id', '=', sessionId).execute();
    },

    async destroyAllForUser(userId, exceptSessionId) {
      let q = db.deleteFrom('auth_sessions').where('user_id', '=', userId);
      if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
      await q.execute();
    },
  };
}
