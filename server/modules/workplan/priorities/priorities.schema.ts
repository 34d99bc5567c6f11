// Requests and responses of the year's priorities and monthly plans.
import { z } from 'zod';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { ITEM_LINK_KINDS, ITEM_OWNER_KINDS, MONTH_STATUSES } from '../../../db/tables/workplan.js';
import { LINKS_MAX, MONTH_PATTERN, NOTE_MAX, TITLE_MAX } from './priorities.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);
export const month = z.string().regex(MONTH_PATTERN, '月份格式应为 YYYY-MM');

export const yearQuery = z.object({ year: single(year).optional() });
export const monthParam = z.object({ month });
export const monthItemParams = z.object({ month, itemId: id });

export const prioritiesBody = z.object({ year, title: text(TITLE_MAX, 2) });
export const itemBody = z.object({
  title: text(TITLE_MAX, 2),
  ownerKind: z.enum(ITEM_OWNER_KINDS),
  committeeId: id.nullish(),
  dueOn: dateString,
});
export const itemPatch = itemBody.partial();
export const link = z.object({ kind: z.enum(ITEM_LINK_KINDS), id });
export const linksBody = z.object({ links: z.array(link).max(LINKS_MAX) });
export const progressBody = z.object({
  status: z.enum(MONTH_STATUSES),
  note: text(NOTE_MAX, 2),
  slipReason: text(NOTE_MAX).nullish(),
});
export type ItemInput = z.infer<typeof itemBody>;
export type ProgressInput = z.infer<typeof progressBody>;

const linkOut = z.object({ kind: z.enum(ITEM_LINK_KINDS), id: z.number(), title: z.string() });
export const item = z.object({
  id: z.number(),
  seq: z.number(),
  title: z.string(),
  ownerKind: z.enum(ITEM_OWNER_KINDS),
  committeeId: z.number().nullable(),
  ownerName: z.string(),
  dueOn: z.string(),
  links: z.array(linkOut),
  allowedActions: z.array(z.string()),
});
export const priorities = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  title: z.string(),
  items: z.array(item),
});
export const prioritiesList = z.array(
  z.object({ id: z.number(), orgId: z.number(), year: z.number(), title: z.string(), items: z.number() }),
);

export const monthEntry = z.object({
  itemId: z.number(),
  seq: z.number(),
  title: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(MONTH_STATUSES).nullable(),
  note: z.string().nullable(),
  slipReason: z.string().nullable(),
  late: z.boolean(),
});
export const monthPlan = z.object({
  month: z.string(),
  prioritiesId: z.number().nullable(),
  entries: z.array(monthEntry),
  counts: z.object({
    planned: z.number(),
    in_progress: z.number(),
    done: z.number(),
    slipped: z.number(),
    unreported: z.number(),
  }),
});
