// Requests and responses of intake.
import { z } from 'zod';
import { pageQuery, single, text } from '../../../platform/http/schemas.js';
import { OPINION_CHANNELS, OPINION_STATUSES } from '../../../db/tables/opinions.js';
import {
  BODY_MAX,
  BODY_MIN,
  CONTACT_MAX,
  NAME_MAX,
  PAPER_ROWS_MAX,
  PLACE_MAX,
  TITLE_MAX,
  TITLE_MIN,
} from './intake.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const title = text(TITLE_MAX, TITLE_MIN);
const body = text(BODY_MAX, BODY_MIN);
const place = text(PLACE_MAX).nullish();

export const submitBody = z.object({ title, body, place, campaignId: id.nullish() });

export const paperRow = z.object({
  authorName: text(NAME_MAX).nullish(),
  contact: text(CONTACT_MAX).nullish(),
  title,
  body,
  place,
});
export const paperBody = z.object({
  campaignId: id.nullish(),
  rows: z.array(paperRow).min(1, '至少录入一条意见').max(PAPER_ROWS_MAX, `一次最多录入 ${PAPER_ROWS_MAX} 条`),
});

export const publicBody = z.object({
  orgId: id.nullish(),
  authorName: text(NAME_MAX).nullish(),
  contact: text(CONTACT_MAX).nullish(),
  title,
  body,
  place,
  /** The challenge as issued and the visitor's solution to it. */
  challenge: z.string().min(1).max(200),
  solution: z.string().min(1).max(40),
});
export const importQuery = z.object({ campaignId: single(id.optional()) });
export const tokenParam = z.object({ token: z.string().min(20).max(100) });

const filters = {
  campaignId: single(id.optional()),
  orgId: single(id.optional()),
  channel: single(z.enum(OPINION_CHANNELS).optional()),
  status: single(z.enum(OPINION_STATUSES).optional()),
  categoryId: single(id.optional()),
  q: single(z.string().trim().max(50).optional()),
};
export const listQuery = z.object({ ...filters, ...pageQuery });
export const exportQuery = z.object(filters);

const channel = z.enum(OPINION_CHANNELS);
const status = z.enum(OPINION_STATUSES);
export const listed = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  campaignId: z.number().nullable(),
  campaignTitle: z.string().nullable(),
  channel,
  author: z.string().nullable(),
  sector: z.string().nullable(),
  title: z.string(),
  excerpt: z.string(),
  place: z.string().nullable(),
  category: z.string().nullable(),
  theme: z.string().nullable(),
  groupId: z.number().nullable(),
  status,
  createdAt: z.string(),
});
export const list = z.object({
  items: z.array(listed),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Opinions per status under the other filters. */
  counts: z.record(z.string(), z.number()),
});
export const mine = z.array(listed);
export const myOne = listed.extend({ body: z.string(), closedReason: z.string().nullable(), updatedAt: z.string() });
export const detail = myOne.extend({
  authorName: z.string().nullable(),
  contactMasked: z.string().nullable(),
  canUnmask: z.boolean(),
});
export const contact = z.object({ contact: z.string() });
export const filterChoices = z.object({
  categories: z.array(z.object({ id: z.number(), orgId: z.number(), kind: z.string(), name: z.string() })),
  campaigns: z.array(z.object({ id: z.number(), title: z.string(), year: z.number() })),
});
export const paperResult = z.object({
  created: z.number(),
  /** Each form's receipt code, shown this once (write it on the slip). */
  receipts: z.array(z.object({ id: z.number(), title: z.string(), receipt: z.string() })),
});

export const publicLink = z.object({
  title: z.string(),
  theme: z.string(),
  description: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  orgs: z.array(z.object({ id: z.number(), name: z.string() })),
});
export const challenge = z.object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() });
export const publicResult = z.object({ receipt: z.string() });
