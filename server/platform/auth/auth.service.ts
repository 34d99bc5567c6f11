// Signing in and out, password changes, the TOTP second factor and the organisation
// switcher. Every outcome, success or failure, is written to the audit trail.
import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor, Anonymous } from '../access/actor.js';
import type { OrgTree } from '../access/org-tree.js';
import { MFA_ROLES, type Role } from '../access/roles.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Clock } from '../clock.js';
import { MINUTE } from '../clock.js';
import { normalizePhone, type PersonalDataCipher } from '../crypto/personal-data.js';
import { AppError, badRequest, forbidden } from '../errors.js';
import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_TEXT, verifyPassword } from './password.js';
import type { SessionStore, SessionUser } from './sessions.js';
import { generateTotpSecret, otpauthUri, verifyTotp } from './totp.js';

export interface AuthDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'lockout' | 'passwordHashCost'>;
  audit: AuditLog;
  cipher: PersonalDataCipher;
  sessions: SessionStore;
  orgTree: OrgTree;
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  mfaState: SessionUser['mfaState'];
  mustChangePassword: boolean;
}

/** The keys failed sign-ins are counted under: one per login name, one per phone number. */
export const loginKeys = {
  username: (username: string) => `u:${username.trim().toLowerCase()}`,
  phone: (phoneBlindIndex: string) => `p:${phoneBlindIndex}`,
  /** Every key an account can be locked out under. */
  ofAccount: (user: { username: string; phone_bidx: string | null }) => [
    loginKeys.username(user.username),
    ...(user.phone_bidx ? [loginKeys.phone(user.phone_bidx)] : []),
  ],
};

function lockedError(): AppError {
  return new AppError(401, 'LOGIN_LOCKED');
}

export function createAuthService(deps: AuthDeps) {
  const { db, clock, config, audit, cipher, sessions, orgTree } = deps;
  // Verifying against a throwaway hash when the account does not exist keeps the response
  // time the same, so timing does not reveal which accounts exist.
  let dummyHash: Promise<string> | null = null;
  const getDummyHash = () => (dummyHash ??= hashPassword('not-a-real-password-Z9!', config.passwordHashCost));

  function loginKey(login: string): { key: string; phone: string | null } {
    const phone = normalizePhone(login);
    if (phone) return { key: loginKeys.phone(cipher.blindIndex('phone', phone)), phone };
    return { key: loginKeys.username(login), phone: null };
  }

  async function findUser(login: string, phone: string | null) {
    const q = db.selectFrom('users').selectAll();
    return phone
      ? q.where('phone_bidx', '=', cipher.blindIndex('phone', phone)).executeTakeFirst()
      : q.where('username', '=', login.trim().toLowerCase()).executeTakeFirst();
  }

  async function recordFailure(
    key: string,
    who: Anonymous,
    login: string,
    userId: number | null,
    orgId: number | null,
  ) {
    const now = clock.now();
    await inTransaction(db, async (trx) => {
      const row = await trx.selectFrom('login_attempts').selectAll().where('login_key', '=', key).executeTakeFirst();
      const count =
        (row && (!row.locked_until || Date.parse(row.locked_until) <= now.getTime()) ? row.failed_count : 0) + 1;
      const locks = count >= config.lockout.threshold;
      const lockedUntil = locks ? new Date(now.getTime() + config.lockout.minutes * MINUTE).toISOString() : null;
      await trx
        .insertInto('login_attempts')
        .values({
          login_key: key,
          failed_count: locks ? 0 : count,
          locked_until: lockedUntil,
          updated_at: now.toISOString(),
        })
        .onConflict((oc) =>
          oc
            .column('login_key')
            .doUpdateSet({ failed_count: locks ? 0 : count, locked_until: lockedUntil, updated_at: now.toISOString() }),
        )
        .execute();
      const detail = { login: maskLogin(login), attempt: count };
      await audit.append(trx, who, {
        action: 'auth.login',
        result: 'failed',
        objectType: 'user',
        objectId: userId ?? undefined,
        orgId,
        detail,
      });
      if (locks) {
        await audit.append(trx, who, {
          action: 'auth.lockout',
          result: 'denied',
          objectType: 'user',
          objectId: userId ?? undefined,
          orgId,
          detail: { login: maskLogin(login), until: lockedUntil },
        });
      }
    });
  }

  async function login(
    input: { login: string; password: string; totp?: string },
    who: Anonymous,
    userAgent?: string,
  ): Promise<LoginResult> {
    const { key: typedKey, phone } = loginKey(input.login);
    const now = clock.now();
    const user = await findUser(input.login, phone);
    // A known account is counted and locked as one account, whichever of its logins (username
    // or phone) is typed: otherwise a locked account would still take guesses through the other.
    const keys = user ? loginKeys.ofAccount(user) : [typedKey];
    const key = keys[0]!;
    const attempts = await db
      .selectFrom('login_attempts')
      .select('locked_until')
      .where('login_key', 'in', keys)
      .execute();
    if (attempts.some((a) => a.locked_until && Date.parse(a.locked_until) > now.getTime())) {
      await audit.record(who, {
        action: 'auth.login',
        result: 'denied',
        detail: { login: maskLogin(input.login), reason: 'locked' },
      });
      throw lockedError();
    }
    const passwordOk =
      user && user.active === 1
        ? await verifyPassword(input.password, user.password_hash)
        : (await verifyPassword(input.password, await getDummyHash()), false);
    if (!user || !passwordOk) {
      await recordFailure(key, who, input.login, user?.id ?? null, user?.org_id ?? null);
      const after = await db
        .selectFrom('login_attempts')
        .select('locked_until')
        .where('login_key', '=', key)
        .executeTakeFirst();
      if (after?.locked_until && Date.parse(after.locked_until) > now.getTime()) throw lockedError();
      throw new AppError(401, 'LOGIN_FAILED');
    }

    let mfaState: SessionUser['mfaState'] = 'ok';
    if (user.totp_enabled === 1) {
      mfaState = 'pending';
      if (input.totp) {
        const step = verifyTotp(cipher.decrypt(user.totp_secret_enc!), input.totp, now, user.totp_last_step);
        if (step === null) {
          await recordFailure(key, who, input.login, user.id, user.org_id);
          throw new AppError(401, 'TOTP_INVALID');
        }
        await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', user.id).execute();
        mfaState = 'ok';
      }
    } else {
      const org = await orgTree.get(user.org_id);
      const roles = JSON.parse(user.roles) as Role[];
      if (org?.totpRequired && roles.some((r) => MFA_ROLES.includes(r))) mfaState = 'enroll';
    }

    await db.deleteFrom('login_attempts').where('login_key', 'in', keys).execute();
    const created = await sessions.create({ userId: user.id, orgId: user.org_id, mfaState, ip: who.ip, userAgent });
    await inTransaction(db, async (trx) => {
      await trx.updateTable('users').set({ last_login_at: now.toISOString() }).where('id', '=', user.id).execute();
      await audit.append(
        trx,
        { kind: 'user', userId: user.id, displayName: user.display_name, currentOrgId: user.org_id, ip: who.ip },
        { action: 'auth.login', objectType: 'user', objectId: user.id, detail: { mfa: mfaState } },
      );
    });
    return { ...created, mfaState, mustChangePassword: user.must_change_password === 1 };
  }

  async function verifySecondFactor(session: SessionUser, code: string, actor: Actor): Promise<void> {
    if (session.mfaState !== 'pending') throw badRequest('TOTP_NOT_PENDING', '当前无需输入动态码');
    const user = await db
      .selectFrom('users')
      .select(['totp_secret_enc', 'totp_last_step'])
      .where('id', '=', session.userId)
      .executeTakeFirstOrThrow();
    const step = verifyTotp(cipher.decrypt(user.totp_secret_enc!), code, clock.now(), user.totp_last_step);
    if (step === null) {
      await audit.record(actor, {
        action: 'auth.totp_verify',
        result: 'failed',
        objectType: 'user',
        objectId: session.userId,
      });
      throw new AppError(401, 'TOTP_INVALID');
    }
    await inTransaction(db, async (trx) => {
      await trx.updateTable('users').set({ totp_last_step: step }).where('id', '=', session.userId).execute();
      await trx.updateTable('auth_sessions').set({ mfa_state: 'ok' }).where('id', '=', session.sessionId).execute();
      await audit.append(trx, actor, { action: 'auth.totp_verify', objectType: 'user', objectId: session.userId });
    });
  }

  async function logout(actor: Actor): Promise<void> {
    await sessions.destroy(actor.sessionId);
    await audit.record(actor, { action: 'auth.logout', objectType: 'user', objectId: actor.userId });
  }

  async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const user = await db.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
    if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
      await audit.record(actor, {
        action: 'auth.password_change',
        result: 'failed',
        objectType: 'user',
        objectId: user.id,
      });
      throw badRequest('PASSWORD_WRONG', undefined, [{ path: 'currentPassword', message: '当前密码不正确' }]);
    }
    if (input.currentPassword === input.newPassword) {
      throw badRequest('PASSWORD_REUSED', undefined, [{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
    }
    const phone = user.phone_enc ? cipher.decrypt(user.phone_enc) : null;
    const problems = checkPasswordPolicy(input.newPassword, {
      username: user.username,
      displayName: user.display_name,
      phone,
    });
    if (problems.length) {
      throw badRequest(
        'PASSWORD_POLICY',
        undefined,
        problems.map((p) => ({ path: 'newPassword', code: p, message: PASSWORD_PROBLEM_TEXT[p] })),
      );
    }
    const hash = await hashPassword(input.newPassword, config.passwordHashCost);
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable('users')
        .set({
          password_hash: hash,
          must_change_password: 0,
          password_changed_at: clock.now().toISOString(),
          updated_at: clock.now().toISOString(),
        })
        .where('id', '=', user.id)
        .execute();
      // Other sessions were opened with the old password: end them.
      await trx.deleteFrom('auth_sessions').where('user_id', '=', user.id).where('id', '!=', actor.sessionId).execute();
      await audit.append(trx, actor, { action: 'auth.password_change', objectType: 'user', objectId: user.id });
    });
  }

  async function startTotpSetup(actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
    const secret = generateTotpSecret();
    await db
      .updateTable('users')
      .set({ totp_secret_enc: cipher.encrypt(secret), totp_enabled: 0, totp_last_step: null })
      .where('id', '=', actor.userId)
      .where('totp_enabled', '=', 0)
      .execute();
    const user = await db
      .selectFrom('users')
      .select(['totp_enabled'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (user.totp_enabled === 1) throw badRequest('TOTP_ALREADY_ENABLED', '已启用双因素认证，如需更换请先停用');
    return { secret, otpauthUri: otpauthUri(secret, actor.username) };
  }

  async function enableTotp(actor: Actor, code: string): Promise<void> {
    const user = await db
      .selectFrom('users')
      .select(['totp_secret_enc', 'totp_enabled'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (!user.totp_secret_enc || user.totp_enabled === 1) throw badRequest('TOTP_SETUP_MISSING', '请先生成绑定二维码');
    const step = verifyTotp(cipher.decrypt(user.totp_secret_enc), code, clock.now(), null);
    if (step === null) throw new AppError(400, 'TOTP_INVALID');
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable('users')
        .set({ totp_enabled: 1, totp_last_step: step })
        .where('id', '=', actor.userId)
        .execute();
      await trx.updateTable('auth_sessions').set({ mfa_state: 'ok' }).where('id', '=', actor.sessionId).execute();
      await audit.append(trx, actor, { action: 'auth.totp_enable', objectType: 'user', objectId: actor.userId });
    });
  }

  async function disableTotp(actor: Actor, password: string): Promise<void> {
    const user = await db
      .selectFrom('users')
      .select(['password_hash', 'org_id', 'roles'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(password, user.password_hash))) throw badRequest('PASSWORD_WRONG');
    const org = await orgTree.get(user.org_id);
    if (org?.totpRequired && actor.roles.some((r) => MFA_ROLES.includes(r))) {
      throw forbidden('TOTP_REQUIRED_BY_ORG', '本单位要求启用双因素认证，不能停用');
    }
    await inTransaction(db, async (trx) => {
      await trx
        .updateTable('users')
        .set({ totp_enabled: 0, totp_secret_enc: null, totp_last_step: null })
        .where('id', '=', actor.userId)
        .execute();
      await audit.append(trx, actor, { action: 'auth.totp_disable', objectType: 'user', objectId: actor.userId });
    });
  }

  async function switchOrg(actor: Actor, orgId: number): Promise<void> {
    if (!actor.visibleOrgIds.includes(orgId)) throw forbidden('ORG_NOT_VISIBLE');
    await sessions.update(actor.sessionId, { currentOrgId: orgId });
    await audit.record(
      { ...actor, currentOrgId: orgId },
      { action: 'auth.switch_org', objectType: 'organisation', objectId: orgId },
    );
  }

  return { login, verifySecondFactor, logout, changePassword, startTotpSetup, enableTotp, disableTotp, switchOrg };
}

export type AuthService = ReturnType<typeof createAuthService>;

/** Enough of the login name to recognise it in the trail, not enough to harvest phone numbers. */
function maskLogin(login: string): string {
  const s = login.trim().slice(0, 64);
  if (/^\+?\d{7,}$/.test(s.replace(/[\s-]/g, ''))) return s.slice(0, 3) + '****' + s.slice(-4);
  return s;
}
