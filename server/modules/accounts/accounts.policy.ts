// Who may manage which account, and which role sets are allowed. Staff manage the accounts
// of their home organisation only; a parent organisation never manages a county's accounts.
import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/actor.js';
import { LEADER_ROLES, type Role } from '../../platform/access/roles.js';
import { badRequest, forbidden, type ErrorDetail } from '../../platform/errors.js';
import { registerMessages } from '../../platform/messages.js';

registerMessages({
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', 'en-US': 'That username is taken' },
  PHONE_TAKEN: { 'zh-CN': '该手机号已绑定其他账号', 'en-US': 'That mobile number belongs to another account' },
  MEMBER_HAS_ACCOUNT: { 'zh-CN': '该委员已有账号', 'en-US': 'That member already has an account' },
  ROLES_SEPARATION: {
    'zh-CN': '审计员不能同时担任机关工作人员、县级政协管理员或领导（职责分离）',
    'en-US': 'An auditor cannot also be office staff, county administrator or leader (separation of duties)',
  },
  ROLE_NOT_FOR_ORG: { 'zh-CN': '该角色不适用于本组织', 'en-US': 'That role does not fit this organisation' },
  ROLE_GRANT_FORBIDDEN: {
    'zh-CN': '只有市级机关工作人员可以授予或收回审计员角色',
    'en-US': 'Only staff who manage the organisation tree may grant or revoke the auditor role',
  },
  ROLE_REQUIREMENTS: { 'zh-CN': '所选角色缺少必填信息', 'en-US': 'The chosen roles need more information' },
  SELF_CHANGE_FORBIDDEN: {
    'zh-CN': '不能修改自己的角色、停用自己或重置自己的密码',
    'en-US': 'You cannot change your own roles, deactivate yourself or reset your own password',
  },
});

/** Roles that hold power the auditor must be independent of. */
const AUDITED_ROLES: readonly Role[] = ['staff', 'county_admin', 'leader', 'gov_leader'];

export interface AccountTarget {
  id: number;
  org_id: number;
}

export const accountPolicy = {
  manage: (actor: Actor) => can(actor, 'users.manage'),
  /** Accounts of other organisations are not there as far as this actor is concerned. */
  inScope: (actor: Actor, user: AccountTarget) => user.org_id === actor.orgId,
  /** Own roles, own deactivation, own password reset: a second person must do them. */
  notSelf: (actor: Actor, user: AccountTarget) => user.id !== actor.userId,
  can(actor: Actor, user: AccountTarget) {
    const manage = can(actor, 'users.manage') && user.org_id === actor.orgId;
    const other = manage && user.id !== actor.userId;
    return { edit: manage, changeRoles: other, resetPassword: other, deactivate: other };
  },
};

export function requireNotSelf(actor: Actor, user: AccountTarget): void {
  if (!accountPolicy.notSelf(actor, user)) throw forbidden('SELF_CHANGE_FORBIDDEN');
}

/**
 * The role rules: separation of duties, roles that fit the organisation's level, who may
 * touch the auditor role, and what each role needs (a unit for `unit`, a title for `leader`).
 */
export function checkRoles(
  actor: Actor,
  input: {
    roles: readonly Role[];
    before?: readonly Role[];
    orgLevel: 'province' | 'city' | 'county';
    unitId: number | null;
    leaderTitle: string | null;
  },
): void {
  const { roles, before = [], orgLevel } = input;
  if (roles.includes('auditor') && roles.some((r) => AUDITED_ROLES.includes(r))) {
    throw badRequest('ROLES_SEPARATION', undefined, [
      { path: 'roles', message: '审计员不能与机关工作人员、县级政协管理员或领导角色兼任' },
    ]);
  }
  if (roles.includes('county_admin') && orgLevel !== 'county') {
    throw badRequest('ROLE_NOT_FOR_ORG', '县级政协管理员只能设在县级组织', [
      { path: 'roles', message: '县级政协管理员只能设在县级组织' },
    ]);
  }
  if (roles.includes('staff') && orgLevel === 'county') {
    throw badRequest('ROLE_NOT_FOR_ORG', '县级组织请使用“县级政协管理员”角色', [
      { path: 'roles', message: '县级组织请使用“县级政协管理员”角色' },
    ]);
  }
  if (roles.includes('auditor') !== before.includes('auditor') && !can(actor, 'org.manage'))
    throw forbidden('ROLE_GRANT_FORBIDDEN');
  const missing: ErrorDetail[] = [];
  if (roles.includes('unit') && !input.unitId)
    missing.push({ path: 'unitId', message: '承办单位账号须选择所属承办单位' });
  if (roles.some((r) => LEADER_ROLES.includes(r)) && !input.leaderTitle)
    missing.push({ path: 'leaderTitle', message: '领导账号须填写职务' });
  if (missing.length) throw badRequest('ROLE_REQUIREMENTS', missing.map((m) => m.message).join('；'), missing);
}
