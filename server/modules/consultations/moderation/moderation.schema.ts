// Requests and responses of the statements' moderation.
import { z } from 'zod';
import { single, text } from '../../../platform/http/schemas.js';
import { STATEMENT_STATUSES } from '../../../db/tables/consultations.js';
import { REASON_MAX, STATEMENT_MAX } from '../core/core.model.js';

export const listQuery = z.object({ status: single(z.enum(STATEMENT_STATUSES)).optional() });
export const statementBody = z.object({ body: text(STATEMENT_MAX, 2) });
export const moderateBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }),
  z.object({ decision: z.literal('reject'), reason: text(REASON_MAX, 2) }),
]);

export const statement = z.object({
  id: z.number(),
  body: z.string(),
  status: z.enum(STATEMENT_STATUSES),
  seed: z.boolean(),
  rejectReason: z.string().nullable(),
  author: z.object({ kind: z.string(), name: z.string().nullable() }).nullable(),
  votes: z.number(),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
});
export const statementList = z.array(statement);
