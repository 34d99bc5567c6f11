// Requests and responses of taking part: the next statement, a vote, a statement added, and
// where the participant stands on the map.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { REASON_MAX, STATEMENT_MAX } from '../core/core.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const VOTES = { agree: 1, disagree: -1, pass: 0 } as const;

export const voteParams = z.object({ id, statementId: id });
export const voteBody = z.object({ vote: z.enum(['agree', 'disagree', 'pass']) });
export const contributionBody = z.object({ body: text(STATEMENT_MAX, 2) });

export const next = z.object({
  statement: z.object({ id: z.number(), body: z.string() }).nullable(),
  voted: z.number(),
  total: z.number(),
});
export const voted = z.object({ ok: z.literal(true) });
export const contribution = z.object({ id: z.number(), status: z.literal('pending') });
export const standing = z.object({
  /** False until the first analysis after his votes has run. */
  placed: z.boolean(),
  /** His group's index, null when not grouped (too few votes yet). */
  group: z.number().nullable(),
  position: z.object({ x: z.number(), y: z.number() }).nullable(),
  groups: z.array(z.object({ size: z.number(), center: z.tuple([z.number(), z.number()]) })),
  analysedAt: z.string().nullable(),
});

export const tokenParam = z.object({ token: z.string().min(16).max(100) });
export const publicVoteParams = tokenParam.extend({ statementId: id });
export const publicLink = z.object({
  title: z.string(),
  description: z.string(),
  closesOn: z.string(),
  mode: z.enum(['named', 'anonymous']),
  joined: z.boolean(),
});
export const challenge = z.object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() });
export const joinBody = z.object({
  challenge: z.string().max(300),
  solution: z.string().max(40),
  name: text(REASON_MAX).optional(),
});
export const joined = z.object({ ok: z.literal(true) });
