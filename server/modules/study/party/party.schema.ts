// Requests and responses of party building (/api/study/party/...).
import { z } from 'zod';
import { dateString, text } from '../../../platform/http/schemas.js';
import { CHECK_RESULTS, DUTY_LISTS, PARTY_ORG_KINDS, PARTY_ROLES } from '../../../db/tables/study-party.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const check = z.object({
  id: z.number().int(),
  result: z.enum(CHECK_RESULTS),
  note: z.string().nullable(),
  checkedOn: z.string(),
  by: z.string().nullable(),
});

export const dutyItem = z.object({
  id: z.number().int(),
  year: z.number().int(),
  list: z.enum(DUTY_LISTS),
  content: z.string(),
  owner: z.string(),
  ownerMember: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  dueOn: z.string(),
  progress: z.string().nullable(),
  progressAt: z.string().nullable(),
  latest: check.nullable(),
  checks: z.array(check),
  done: z.boolean(),
  overdue: z.boolean(),
});

export const dutyLists = z.object({
  year: z.number().int(),
  today: z.string(),
  canEdit: z.boolean(),
  lists: z.array(
    z.object({
      list: z.enum(DUTY_LISTS),
      total: z.number().int(),
      done: z.number().int(),
      overdue: z.number().int(),
      completion: z.number(),
      items: z.array(dutyItem),
    }),
  ),
});

export const createItemBody = z.object({
  list: z.enum(DUTY_LISTS),
  year: z.number().int().min(2000).max(2100),
  content: text(1000, 1),
  owner: text(100, 1),
  ownerMemberId: id.nullable().optional(),
  dueOn: dateString,
});

export const updateItemBody = z
  .object({
    content: text(1000, 1),
    owner: text(100, 1),
    ownerMemberId: id.nullable(),
    dueOn: dateString,
    progress: text(2000).nullable(),
  })
  .partial();

export const checkBody = z.object({
  result: z.enum(CHECK_RESULTS),
  note: text(1000).nullable().optional(),
  checkedOn: dateString,
});

const personRef = z.object({ id: z.number().int(), name: z.string(), active: z.boolean() });

export const partyOrgMember = z.object({
  id: z.number().int(),
  member: personRef,
  role: z.enum(PARTY_ROLES),
});

export const partyOrg = z.object({
  id: z.number().int(),
  kind: z.enum(PARTY_ORG_KINDS),
  name: z.string(),
  parentId: z.number().int().nullable(),
  sortOrder: z.number().int(),
  members: z.array(partyOrgMember),
});

export const partyOrgs = z.object({ canEdit: z.boolean(), orgs: z.array(partyOrg) });

export const createOrgBody = z.object({
  kind: z.enum(PARTY_ORG_KINDS),
  name: text(100, 1),
  parentId: id.nullable().optional(),
  sortOrder: z.number().int().min(0).max(10000).optional(),
});

export const updateOrgBody = z
  .object({ name: text(100, 1), parentId: id.nullable(), sortOrder: z.number().int().min(0).max(10000) })
  .partial();

export const addMemberBody = z.object({ memberId: id, role: z.enum(PARTY_ROLES).default('member') });

export const updateMembershipBody = z
  .object({ role: z.enum(PARTY_ROLES), partyOrgId: id })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const liaison = z.object({
  id: z.number().int(),
  partyMember: personRef,
  member: personRef,
  startsOn: z.string(),
});

export const liaisons = z.object({ canEdit: z.boolean(), liaisons: z.array(liaison) });

export const createLiaisonBody = z.object({ partyMemberId: id, memberId: id, startsOn: dateString });

export const rosterMember = z.object({
  id: z.number().int(),
  name: z.string(),
  party: z.string(),
  partyLabel: z.string(),
  sector: z.string().nullable(),
  committee: z.string().nullable(),
});

export const roster = z.object({ term: z.string().nullable(), members: z.array(rosterMember) });

export const coverage = z.object({
  term: z.string().nullable(),
  members: z.number().int(),
  partyMembers: z.number().int(),
  partyCovered: z.number().int(),
  partyOrgCoverage: z.number(),
  nonPartyMembers: z.number().int(),
  nonPartyCovered: z.number().int(),
  partyWorkCoverage: z.number(),
  uncoveredPartyMembers: z.array(rosterMember),
  unlinkedNonPartyMembers: z.array(rosterMember),
});
