// Account management: staff create the accounts of their own organisation, edit them,
// change roles, hand out one-time passwords, lift lockouts and deactivate accounts.
// Every change is one transaction with one audit entry; role changes record before/after.
import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/tx.js';
import type { Actor } from '../../platform/access/actor.js';
import type { OrgTree } from '../../platform/access/org-tree.js';
import type { Role } from '../../platform/access/roles.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import { loginKeys } from '../../platform/auth/auth.service.js';
import { generateOneTimePassword, hashPassword } from '../../platform/auth/password.js';
import type { Clock } from '../../platform/clock.js';
import { maskPhone, normalizePhone, type PersonalDataCipher } from '../../platform/crypto/personal-data.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { accountPolicy, checkRoles, requireNotSelf } from './accounts.policy.js';
import type { AccountRepo, UserWithMember } from './accounts.repo.js';
import type * as S from './accounts.schema.js';

export interface AccountDeps {
  db: Db;
  repo: AccountRepo;
  audit: AuditLog;
  clock: Clock;
  cipher: PersonalDataCipher;
  orgTree: OrgTree;
  config: Pick<Config, 'passwordHashCost'>;
}

const rolesOf = (row: { roles: string }) => JSON.parse(row.roles) as Role[];

export function createAccountService(deps: AccountDeps) {
  const { db, repo, audit, clock, cipher, orgTree, config } = deps;
  const now = () => clock.now().toISOString();

  function requireManage(actor: Actor): void {
    if (!accountPolicy.manage(actor)) throw forbidden();
  }

  async function requireAccount(actor: Actor, id: number): Promise<UserWithMember> {
    requireManage(actor);
    const row = await repo.get(db, id);
    if (!row || !accountPolicy.inScope(actor, row)) throw notFound();
    return row;
  }

  async function present(actor: Actor, rows: UserWithMember[]): Promise<S.Account[]> {
    const locked = await repo.lockedKeys(
      db,
      rows.flatMap((r) => loginKeys.ofAccount(r)),
      now(),
    );
    return rows.map((r) => ({
      id: r.id,
      orgId: r.org_id,
      username: r.username,
      displayName: r.display_name,
      email: r.email,
      phoneMasked: r.phone_masked,
      roles: rolesOf(r),
      memberId: r.member_id,
      memberName: r.member_name,
      unitId: r.unit_id,
      leaderTitle: r.leader_title,
      active: r.active === 1,
      mustChangePassword: r.must_change_password === 1,
      totpEnabled: r.totp_enabled === 1,
      locked: loginKeys.ofAccount(r).some((k) => locked.has(k)),
      lastLoginAt: r.last_login_at,
      createdAt: r.created_at,
      can: accountPolicy.can(actor, r),
    }));
  }

  async function presentOne(actor: Actor, id: number): Promise<S.Account> {
    return (await present(actor, [(await repo.get(db, id))!]))[0]!;
  }

  async function orgLevel(orgId: number) {
    const org = await orgTree.get(orgId);
    if (!org) throw notFound();
    return org.level;
  }

  /** Sealed phone columns, or null columns; refuses a malformed or already-used number. */
  async function phoneColumns(raw: string | null, exceptId?: number) {
    if (!raw?.trim()) return { phone_enc: null, phone_bidx: null, phone_masked: null };
    const phone = normalizePhone(raw);
    if (!phone) throw invalid('phone', '请输入 11 位手机号');
    const bidx = cipher.blindIndex('phone', phone);
    if (await repo.phoneTaken(db, bidx, exceptId))
      throw conflict('PHONE_TAKEN', undefined, [{ path: 'phone', message: '该手机号已绑定其他账号' }]);
    return { phone_enc: cipher.encrypt(phone), phone_bidx: bidx, phone_masked: maskPhone(phone) };
  }

  /** A linked member or unit must belong to the account's organisation. */
  async function checkLinks(
    actor: Actor,
    input: { memberId?: number | null; unitId?: number | null },
    exceptId?: number,
  ) {
    if (input.memberId) {
      const member = await repo.member(db, input.memberId);
      if (!member || member.org_id !== actor.orgId) throw invalid('memberId', '本组织没有该委员');
      const other = await repo.accountOfMember(db, input.memberId, exceptId);
      if (other)
        throw conflict('MEMBER_HAS_ACCOUNT', `该委员已有账号“${other.username}”`, [
          { path: 'memberId', message: `该委员已有账号“${other.username}”` },
        ]);
    }
    if (input.unitId) {
      const unit = await repo.unit(db, input.unitId);
      if (!unit || unit.org_id !== actor.orgId) throw invalid('unitId', '本组织没有该承办单位');
      if (unit.active !== 1) throw invalid('unitId', '该承办单位已停用');
    }
  }

  async function newPassword(ctx: { username: string; displayName: string }) {
    const password = generateOneTimePassword(ctx);
    return { password, hash: await hashPassword(password, config.passwordHashCost) };
  }

  return {
    async list(
      actor: Actor,
      query: { page: number; pageSize: number; role?: Role; q?: string; active?: 'true' | 'false' },
    ) {
      requireManage(actor);
      const { rows, total } = await repo.list(
        db,
        {
          orgId: actor.orgId,
          role: query.role,
          q: query.q || undefined,
          active: query.active === undefined ? undefined : query.active === 'true',
        },
        query.page,
        query.pageSize,
      );
      return { items: await present(actor, rows), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: number) {
      return (await present(actor, [await requireAccount(actor, id)]))[0]!;
    },

    async create(actor: Actor, input: S.CreateInput) {
      requireManage(actor);
      checkRoles(actor, {
        roles: input.roles,
        orgLevel: await orgLevel(actor.orgId),
        unitId: input.unitId ?? null,
        leaderTitle: input.leaderTitle ?? null,
      });
      if (await repo.usernameTaken(db, input.username)) {
        throw conflict('USERNAME_TAKEN', undefined, [{ path: 'username', message: '用户名已被使用' }]);
      }
      await checkLinks(actor, input);
      const phone = await phoneColumns(input.phone ?? null);
      const { password, hash } = await newPassword({ username: input.username, displayName: input.displayName });
      const id = await inTransaction(db, async (trx) => {
        const row = await repo.insert(trx, {
          org_id: actor.orgId,
          username: input.username,
          display_name: input.displayName,
          email: input.email ?? null,
          ...phone,
          password_hash: hash,
          must_change_password: 1,
          roles: JSON.stringify(input.roles),
          member_id: input.memberId ?? null,
          unit_id: input.unitId ?? null,
          leader_title: input.leaderTitle ?? null,
          created_at: now(),
          updated_at: now(),
        });
        await audit.append(trx, actor, {
          action: 'user.create',
          objectType: 'user',
          objectId: row.id,
          orgId: actor.orgId,
          detail: { username: input.username, roles: input.roles },
        });
        return row.id;
      });
      return { user: await presentOne(actor, id), oneTimePassword: password };
    },

    async update(actor: Actor, id: number, input: S.UpdateInput) {
      const user = await requireAccount(actor, id);
      const roles = rolesOf(user);
      const unitId = input.unitId !== undefined ? input.unitId : user.unit_id;
      const leaderTitle = input.leaderTitle !== undefined ? input.leaderTitle : user.leader_title;
      checkRoles(actor, { roles, before: roles, orgLevel: await orgLevel(user.org_id), unitId, leaderTitle });
      await checkLinks(actor, input, id);
      const phone = input.phone !== undefined ? await phoneColumns(input.phone, id) : {};
      await inTransaction(db, async (trx) => {
        await repo.update(trx, id, {
          ...(input.displayName !== undefined && { display_name: input.displayName }),
          ...(input.email !== undefined && { email: input.email }),
          ...(input.memberId !== undefined && { member_id: input.memberId }),
          ...(input.unitId !== undefined && { unit_id: input.unitId }),
          ...(input.leaderTitle !== undefined && { leader_title: input.leaderTitle }),
          ...phone,
          updated_at: now(),
        });
        // The trail names what changed; a new phone number is recorded masked.
        const changes: Record<string, unknown> = { ...input };
        if ('phone' in changes) changes.phone = 'phone_masked' in phone ? phone.phone_masked : null;
        await audit.append(trx, actor, {
          action: 'user.update',
          objectType: 'user',
          objectId: id,
          orgId: user.org_id,
          detail: { changes },
        });
      });
      return presentOne(actor, id);
    },

    async setRoles(actor: Actor, id: number, roles: Role[]) {
      const user = await requireAccount(actor, id);
      requireNotSelf(actor, user);
      const before = rolesOf(user);
      checkRoles(actor, {
        roles,
        before,
        orgLevel: await orgLevel(user.org_id),
        unitId: user.unit_id,
        leaderTitle: user.leader_title,
      });
      await inTransaction(db, async (trx) => {
        // Sessions read the roles on every request, so the change applies at once.
        await repo.update(trx, id, { roles: JSON.stringify(roles), updated_at: now() });
        await audit.append(trx, actor, {
          action: 'user.roles_change',
          objectType: 'user',
          objectId: id,
          orgId: user.org_id,
          detail: { before, after: roles },
        });
      });
      return presentOne(actor, id);
    },

    async resetPassword(actor: Actor, id: number) {
      const user = await requireAccount(actor, id);
      requireNotSelf(actor, user);
      const { password, hash } = await newPassword({ username: user.username, displayName: user.display_name });
      await inTransaction(db, async (trx) => {
        await repo.update(trx, id, { password_hash: hash, must_change_password: 1, updated_at: now() });
        await repo.endSessions(trx, id);
        await audit.append(trx, actor, {
          action: 'user.password_reset',
          objectType: 'user',
          objectId: id,
          orgId: user.org_id,
        });
      });
      return { user: await presentOne(actor, id), oneTimePassword: password };
    },

    async unlock(actor: Actor, id: number) {
      const user = await requireAccount(actor, id);
      await inTransaction(db, async (trx) => {
        const cleared = await repo.clearLoginAttempts(trx, loginKeys.ofAccount(user));
        await audit.append(trx, actor, {
          action: 'user.unlock',
          objectType: 'user',
          objectId: id,
          orgId: user.org_id,
          detail: { cleared },
        });
      });
      return presentOne(actor, id);
    },

    async setActive(actor: Actor, id: number, active: boolean) {
      const user = await requireAccount(actor, id);
      requireNotSelf(actor, user);
      if ((user.active === 1) === active) return presentOne(actor, id);
      await inTransaction(db, async (trx) => {
        await repo.update(trx, id, { active: active ? 1 : 0, updated_at: now() });
        if (!active) await repo.endSessions(trx, id);
        await audit.append(trx, actor, {
          action: active ? 'user.activate' : 'user.deactivate',
          objectType: 'user',
          objectId: id,
          orgId: user.org_id,
        });
      });
      return presentOne(actor, id);
    },

    async memberOptions(actor: Actor, q: string | undefined) {
      requireManage(actor);
      const rows = await repo.memberOptions(db, actor.orgId, q || undefined);
      return rows.map((r) => ({ id: r.id, name: r.name, hasAccount: r.user_id !== null }));
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
