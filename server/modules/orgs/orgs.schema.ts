// Requests and responses of the organisations module: the organisation tree and each
// organisation's reference data (terms, sessions, sectors, committees, groups, units).
import { z } from 'zod';
import { dateString, text } from '../../platform/http/schemas.js';

export const orgLevel = z.enum(['province', 'city', 'county']);

export const organisation = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  name: z.string(),
  shortName: z.string(),
  level: orgLevel,
  regionCode: z.string().nullable(),
  shareWithParent: z.boolean(),
  totpRequired: z.boolean(),
  active: z.boolean(),
});
export type Organisation = z.infer<typeof organisation>;

/** An organisation in the administration tree: whether the actor sees its records, and what the actor may change. */
export const adminOrganisation = organisation.extend({
  visible: z.boolean(),
  can: z.object({ edit: z.boolean(), share: z.boolean(), deactivate: z.boolean(), createChild: z.boolean() }),
});
export type AdminOrganisation = z.infer<typeof adminOrganisation>;

export const createOrgBody = z.object({
  parentId: z.number().int().positive(),
  name: text(80, 2),
  shortName: text(30, 2),
  level: z.enum(['city', 'county']),
  regionCode: z
    .string()
    .regex(/^\d{6}$/, '行政区划代码为 6 位数字')
    .optional(),
  shareWithParent: z.boolean().default(true),
});

export const updateOrgBody = z
  .object({
    name: text(80, 2),
    shortName: text(30, 2),
    regionCode: z
      .string()
      .regex(/^\d{6}$/, '行政区划代码为 6 位数字')
      .nullable(),
    shareWithParent: z.boolean(),
    totpRequired: z.boolean(),
    active: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const term = z.object({
  id: z.number(),
  number: z.number(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  isCurrent: z.boolean(),
  sessions: z.array(
    z.object({ id: z.number(), number: z.number(), name: z.string(), opensOn: z.string(), closesOn: z.string() }),
  ),
});

export const createTermBody = z
  .object({
    number: z.number().int().min(1).max(99),
    name: text(40).optional(),
    startsOn: dateString,
    endsOn: dateString.optional(),
    isCurrent: z.boolean().default(false),
  })
  .refine((b) => !b.endsOn || b.endsOn >= b.startsOn, { message: '届满日期不能早于开始日期', path: ['endsOn'] });
export const updateTermBody = z
  .object({ name: text(40, 1), startsOn: dateString, endsOn: dateString.nullable(), isCurrent: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const createSessionBody = z
  .object({
    number: z.number().int().min(1).max(20),
    name: text(40).optional(),
    opensOn: dateString,
    closesOn: dateString,
  })
  .refine((b) => b.closesOn >= b.opensOn, { message: '闭幕日期不能早于开幕日期', path: ['closesOn'] });
export const updateSessionBody = z
  .object({ name: text(40, 1), opensOn: dateString, closesOn: dateString })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const namedRef = z.object({ id: z.number(), name: z.string(), sortOrder: z.number(), active: z.boolean() });
export const createNamedRefBody = z.object({
  name: text(40, 1),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});
export const updateNamedRefBody = z
  .object({ name: text(40, 1), sortOrder: z.number().int().min(0).max(9999), active: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const memberGroup = z.object({ id: z.number(), committeeId: z.number(), name: z.string(), active: z.boolean() });
export const createGroupBody = z.object({ committeeId: z.number().int().positive(), name: text(40, 1) });
export const updateGroupBody = z
  .object({ name: text(40, 1), active: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const unitKinds = [
  'government',
  'party',
  'court',
  'procuratorate',
  'people_org',
  'enterprise',
  'other',
] as const;
export const handlingUnit = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(unitKinds),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  sortOrder: z.number(),
  active: z.boolean(),
});
export const createUnitBody = z.object({
  name: text(80, 2),
  shortName: text(30, 1).optional(),
  kind: z.enum(unitKinds).default('government'),
  contactPerson: text(40).optional(),
  contactPhone: z
    .string()
    .regex(/^[\d\-+() ]{5,20}$/, '电话格式不正确')
    .optional(),
  sortOrder: z.number().int().min(0).max(9999).default(0),
});
export const updateUnitBody = z
  .object({
    name: text(80, 2),
    shortName: text(30, 1),
    kind: z.enum(unitKinds),
    contactPerson: text(40).nullable(),
    contactPhone: z
      .string()
      .regex(/^[\d\-+() ]{5,20}$/, '电话格式不正确')
      .nullable(),
    sortOrder: z.number().int().min(0).max(9999),
    active: z.boolean(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const refData = z.object({
  orgId: z.number(),
  terms: z.array(term),
  sectors: z.array(namedRef),
  committees: z.array(namedRef.extend({ groups: z.array(memberGroup) })),
  units: z.array(handlingUnit),
});
export type RefData = z.infer<typeof refData>;
