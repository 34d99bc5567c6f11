// The public page's requests and responses: names, texts and replies of proposals marked
// public, and nothing personal (no phones, internal notes, co-handling opinions or urging).
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { RESULT_CLASSES } from '../core/lifecycle.model.js';

export const publicListQuery = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  q: text(100).optional(),
});
export type PublicListQuery = z.infer<typeof publicListQuery>;

export const publicReply = z.object({
  unit: z.string(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  resultLabel: z.string().nullable(),
  date: z.string(),
  body: z.string(),
});

export const publicProposal = z.object({
  id: z.number(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  proposers: z.array(z.string()),
  category: z.string().nullable(),
  state: z.enum(['replied', 'closed']),
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
