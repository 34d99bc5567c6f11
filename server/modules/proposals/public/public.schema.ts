// The public page's requests and responses: names, texts and replies of proposals marked
// public, and nothing personal (no phones, internal notes, co-handling opinions or urging).
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { RESULT_CLASSES } from '../core/lifecycle.model.js';

/** Only replied and closed proposals are public (ADR 0007): "answered, rating pending" or "closed". */
export const PUBLIC_STATES = ['replied', 'closed'] as const;

export const publicListQuery = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  q: text(100).optional(),
  termId: z.coerce.number().int().positive().optional(),
  /** The year the proposal was submitted (China time). */
  year: z.coerce.number().int().min(1949).max(2200).optional(),
  category: text(20).optional(),
  state: z.enum(PUBLIC_STATES).optional(),
});
export type PublicListQuery = z.infer<typeof publicListQuery>;

export const publicReply = z.object({
  unit: z.string(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  resultLabel: z.string().nullable(),
  /** When the reply was sent (ISO timestamp): the reader's page formats it in its language. */
  date: z.string(),
  body: z.string(),
});

export const publicProposal = z.object({
  id: z.number(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  proposers: z.array(z.string()),
  category: z.string().nullable(),
  state: z.enum(PUBLIC_STATES),
  replies: z.array(publicReply),
});
export type PublicProposal = z.infer<typeof publicProposal>;

export const publicDetail = publicProposal.extend({ reasons: z.string(), suggestions: z.string() });

export const publicList = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  items: z.array(publicProposal),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

/** What the public page's filters offer for one organisation. */
export const publicFiltersQuery = z.object({ orgId: z.coerce.number().int().positive().optional() });
export const publicFilters = z.object({
  org: z.object({ id: z.number(), name: z.string() }),
  /** Every active organisation whose public proposals may be read, the top one first. */
  orgs: z.array(z.object({ id: z.number(), name: z.string() })),
  /** The organisation's terms, the newest first. */
  terms: z.array(z.object({ id: z.number(), name: z.string() })),
  /** The years its terms span, the newest first. */
  years: z.array(z.number()),
  categories: z.array(z.string()),
});
