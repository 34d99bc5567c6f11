// Requests and responses of the party-group learning exchange.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { ACCOUNT_MAX, MONTH } from './exchange.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const month = z.string().regex(MONTH, '月份格式应为 YYYY-MM');

export const monthParams = z.object({ month });
export const accountParams = z.object({ month, memberId: id });
export const attendeesBody = z.object({ memberIds: z.array(id).max(200) });
export const accountBody = z.object({ body: text(ACCOUNT_MAX, 10) });

export const attendees = z.array(z.object({ memberId: z.number(), name: z.string(), addedAt: z.string() }));
export const attendeesResult = z.object({ added: z.number(), removed: z.number() });

export const monthView = z.object({
  month: z.string(),
  state: z.enum(['future', 'open', 'closed']),
  counts: z.object({ attendees: z.number(), written: z.number(), missing: z.number() }),
  rows: z.array(
    z.object({
      memberId: z.number(),
      name: z.string(),
      written: z.boolean(),
      body: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  ),
  lastRemindedAt: z.string().nullable(),
  allowedActions: z.array(z.string()),
});

export const remindResult = z.object({ missing: z.number(), reminded: z.number() });

const mineMonth = z.object({
  month: z.string(),
  body: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Open for writing (this month and the one before). */
  writable: z.boolean(),
});
export const mine = z.object({
  memberId: z.number().nullable(),
  attendee: z.boolean(),
  /** The months he may write now: the current one and the one before. */
  open: z.array(mineMonth),
  /** His earlier accounts, newest first. */
  history: z.array(mineMonth),
});
export const accountResult = mineMonth;
