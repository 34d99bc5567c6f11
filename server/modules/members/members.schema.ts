// Requests and responses of the member roster: list filters, the member record (masked),
// create/edit bodies, unmasking, the co-proposer directory and contact-change requests.
import { z } from 'zod';
import { pageQuery, paged, single, text } from '../../platform/http/schemas.js';
import { PARTY_CODES } from './parties.js';

export const gender = z.enum(['male', 'female']);
export const party = z.enum(PARTY_CODES as [string, ...string[]]);

/** Query flags arrive as text: true/1 and false/0. */
export const flag = single(z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'));
const id = single(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER));

export const filterQuery = z.object({
  q: single(text(40)).optional(),
  sectorId: id.optional(),
  committeeId: id.optional(),
  groupId: id.optional(),
  party: single(party).optional(),
  termId: id.optional(),
  isNew: flag.optional(),
  active: flag.optional(),
  /** Exact look-ups through the blind index (staff only). */
  phone: single(text(30)).optional(),
  idNumber: single(text(30)).optional(),
});
export type MemberFilter = z.infer<typeof filterQuery>;

export const listQuery = filterQuery.extend(pageQuery);

export const exportQuery = filterQuery.extend({ unmasked: flag.optional() });

const optionalText = (max: number) => text(max).nullable().optional();

/** A day, or a month alone: a roster's 出生年月 when no ID number gives the day. */
export const birthDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, '出生日期格式应为 YYYY-MM-DD，或只有年月 YYYY-MM')
  .refine((s) => {
    const d = new Date(`${s.length === 7 ? `${s}-01` : s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, '日期无效');

export const memberBody = z.object({
  termId: z.number().int().positive().optional(),
  name: text(40, 1),
  gender,
  ethnicity: text(20, 1).default('汉族'),
  birthDate: birthDate.nullable().optional(),
  sectorId: z.number().int().positive(),
  committeeId: z.number().int().positive().nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
  party,
  workUnit: optionalText(100),
  jobTitle: optionalText(60),
  isNew: z.boolean().default(false),
  email: optionalText(100),
  address: optionalText(200),
  postalCode: optionalText(10),
  phone: optionalText(30),
  idNumber: optionalText(30),
});
export type MemberBody = z.infer<typeof memberBody>;

export const updateMemberBody = memberBody
  .omit({ ethnicity: true, isNew: true })
  .extend({ ethnicity: text(20, 1), isNew: z.boolean() })
  .partial()
  .extend({ version: z.number().int().positive() })
  .refine((b) => Object.keys(b).length > 1, '至少修改一项');
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

export const deactivateBody = z.object({ reason: text(200, 2), version: z.number().int().positive() });
export const reactivateBody = z.object({ version: z.number().int().positive() });

export const memberItem = z.object({
  id: z.number(),
  orgId: z.number(),
  termId: z.number(),
  name: z.string(),
  pinyin: z.string(),
  gender,
  ethnicity: z.string(),
  birthDate: z.string().nullable(),
  sectorId: z.number(),
  sectorName: z.string(),
  committeeId: z.number().nullable(),
  committeeName: z.string().nullable(),
  groupId: z.number().nullable(),
  groupName: z.string().nullable(),
  party,
  workUnit: z.string().nullable(),
  jobTitle: z.string().nullable(),
  isNew: z.boolean(),
  email: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export type MemberItem = z.infer<typeof memberItem>;

export const memberDetail = memberItem.extend({
  termName: z.string(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ edit: z.boolean(), unmask: z.boolean() }),
});
export type MemberDetail = z.infer<typeof memberDetail>;

export const memberList = paged(memberItem);

export const unmaskResponse = z.object({ phone: z.string().nullable(), idNumber: z.string().nullable() });

export const directoryQuery = z.object({
  q: single(text(40)).optional(),
  limit: single(z.coerce.number().int().min(1).max(50)).default(20),
});
export const directoryEntry = z.object({
  id: z.number(),
  name: z.string(),
  sectorName: z.string(),
  committeeName: z.string().nullable(),
});

export const CONTACT_FIELDS = ['phone', 'email', 'address', 'postalCode', 'workUnit', 'jobTitle'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const contactChangeBody = z
  .object({
    phone: text(30, 1),
    email: text(100).nullable(),
    address: text(200).nullable(),
    postalCode: text(10).nullable(),
    workUnit: text(100).nullable(),
    jobTitle: text(60).nullable(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
export type ContactChanges = z.infer<typeof contactChangeBody>;

const contactValues = z.object({
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  postalCode: z.string().nullable().optional(),
  workUnit: z.string().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
});

export const contactChange = z.object({
  id: z.number(),
  memberId: z.number(),
  memberName: z.string(),
  sectorName: z.string(),
  fields: z.array(z.enum(CONTACT_FIELDS)),
  /** The requested values; a phone shown masked unless it is the member's own view. */
  changes: contactValues,
  /** The values on the record now, masked the same way. */
  current: contactValues,
  status: z.enum(['pending', 'approved', 'rejected']),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type ContactChangeView = z.infer<typeof contactChange>;

export const contactChangeQuery = z.object({
  status: single(z.enum(['pending', 'approved', 'rejected'])).default('pending'),
  ...pageQuery,
});
export const decideBody = z.object({ note: text(200).optional() });
export const rejectBody = z.object({ note: text(200, 2) });

export const myRecord = z.object({
  member: memberDetail.omit({ can: true }).extend({ phone: z.string().nullable() }),
  pendingChange: contactChange.nullable(),
});
