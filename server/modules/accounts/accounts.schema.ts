// Requests and responses of account management: the accounts of one organisation, their
// roles, one-time passwords, lockouts and deactivation.
import { z } from 'zod';
import { ROLES } from '../../platform/access/roles.js';
import { pageQuery, paged, single, text } from '../../platform/http/schemas.js';

export const role = z.enum(ROLES);

export const username = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9_.-]{3,32}$/, '用户名为 3–32 位小写字母、数字或 _ . -'));

const phone = z.string().max(30, '手机号格式不正确');
const email = z.string().trim().max(120).pipe(z.email('邮箱格式不正确'));
const roleList = z
  .array(role)
  .min(1, '至少选择一个角色')
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, '角色不能重复');

export const account = z.object({
  id: z.number(),
  orgId: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  roles: z.array(role),
  memberId: z.number().nullable(),
  memberName: z.string().nullable(),
  unitId: z.number().nullable(),
  leaderTitle: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  locked: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  /** What the signed-in user may do to this account (the server checks again). */
  can: z.object({ edit: z.boolean(), changeRoles: z.boolean(), resetPassword: z.boolean(), deactivate: z.boolean() }),
});
export type Account = z.infer<typeof account>;

export const listQuery = z.object({
  ...pageQuery,
  role: single(role).optional(),
  q: single(text(40)).optional(),
  active: single(z.enum(['true', 'false'])).optional(),
});

export const createBody = z.object({
  username,
  displayName: text(40, 1),
  roles: roleList,
  phone: phone.optional(),
  email: email.optional(),
  memberId: z.number().int().positive().optional(),
  unitId: z.number().int().positive().optional(),
  leaderTitle: text(30, 1).optional(),
});
export type CreateInput = z.infer<typeof createBody>;

export const updateBody = z
  .object({
    displayName: text(40, 1),
    phone: phone.nullable(),
    email: email.nullable(),
    memberId: z.number().int().positive().nullable(),
    unitId: z.number().int().positive().nullable(),
    leaderTitle: text(30, 1).nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
export type UpdateInput = z.infer<typeof updateBody>;

export const rolesBody = z.object({ roles: roleList });

export const withOneTimePassword = z.object({ user: account, oneTimePassword: z.string() });

export const memberOption = z.object({ id: z.number(), name: z.string(), hasAccount: z.boolean() });
export const memberOptionsQuery = z.object({ q: single(text(20)).optional() });

export const accountPage = paged(account);
