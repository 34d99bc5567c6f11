// Requests and responses of the near-duplicate groups.
import { z } from 'zod';
import { OPINION_CHANNELS, OPINION_STATUSES } from '../../../db/tables/opinions.js';
import { GROUP_FIXES } from '../../../db/tables/opinion-groups.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Whose groups: a campaign (its organisation by default, or one of its organisations), or an organisation's opinions outside campaigns. */
export const scopeQuery = z.object({
  campaignId: id.optional(),
  orgId: id.optional(),
});
export const listQuery = scopeQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  /** Groups of at least this many opinions (2: every group). */
  minSize: z.coerce.number().int().min(2).max(10_000).default(2),
});
export const regroupBody = scopeQuery;
export const moveBody = z.object({
  /** The group to put the opinion into; null takes it out of its group (it then stays alone). */
  groupId: id.nullable(),
});
export const mergeBody = z.object({ groupId: id });

export const member = z.object({
  id: z.number(),
  title: z.string(),
  body: z.string(),
  channel: z.enum(OPINION_CHANNELS),
  status: z.enum(OPINION_STATUSES),
  createdAt: z.string(),
  /** The office's correction: taken out, or placed here by the office; null: placed by the engine. */
  fixed: z.enum(GROUP_FIXES).nullable(),
});
export type MemberOut = z.infer<typeof member>;

export const group = z.object({
  id: z.number(),
  orgId: z.number(),
  campaignId: z.number().nullable(),
  size: z.number(),
  representative: member.nullable(),
  /** The first members (every member in a group's detail). */
  members: z.array(member),
  updatedAt: z.string(),
  allowedActions: z.array(z.enum(['mergeGroups'])),
});
export type GroupOut = z.infer<typeof group>;

export const groupList = z.object({
  orgId: z.number(),
  orgName: z.string(),
  campaignId: z.number().nullable(),
  total: z.number(),
  /** Opinions of the scope in a group, and alone. */
  grouped: z.number(),
  alone: z.number(),
  /** Whether the viewer may correct and regroup (the office of the organisation). */
  canManage: z.boolean(),
  /** The organisation's campaigns, newest first (the page's choice of campaign). */
  campaigns: z.array(z.object({ id: z.number(), title: z.string(), year: z.number() })),
  items: z.array(group),
});
export type GroupList = z.infer<typeof groupList>;

export const regrouped = z.object({ groups: z.number(), grouped: z.number(), opinions: z.number() });
export type ListQueryIn = z.infer<typeof listQuery>;
export type Regrouped = z.infer<typeof regrouped>;
