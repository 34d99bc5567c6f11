// Requests and responses of similar-proposal detection. A hit carries no body text: a
// member sees the title, number, state and score of proposals he may not open, no more.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { PROPOSAL_STATES } from '../core/lifecycle.model.js';

export const similarDraftBody = z.object({
  title: text(120).default(''),
  reasons: text(20000).default(''),
  suggestions: text(20000).default(''),
  /** The draft being edited, if it is saved already: it is not its own duplicate. */
  excludeId: z.number().int().positive().optional(),
});
export type SimilarDraftInput = z.infer<typeof similarDraftBody>;

/**
 * What coincides between the text looked for and a match. The match's own words (`matched`)
 * are given only to a viewer who may open it; to others they are null.
 */
export const similarReason = z.discriminatedUnion('kind', [
  /** An ask of the text looked for and the match's ask that says the same (cosine of their words). */
  z.object({ kind: z.literal('ask'), ask: z.string(), matched: z.string().nullable(), similarity: z.number() }),
  /** A figure of the text looked for, and the match's (rounded or updated by up to 6 %). */
  z.object({ kind: z.literal('figure'), figure: z.string(), matched: z.string().nullable() }),
  /** A place or named body both name. */
  z.object({ kind: z.literal('name'), name: z.string() }),
  /** The titles ask for the same thing (cosine of their character pairs, generic words left out). */
  z.object({ kind: z.literal('title'), similarity: z.number() }),
]);
export type SimilarReason = z.infer<typeof similarReason>;

export const similarItem = z.object({
  id: z.number(),
  title: z.string(),
  numberLabel: z.string().nullable(),
  state: z.enum(PROPOSAL_STATES),
  termId: z.number(),
  termName: z.string().nullable(),
  /** Cosine similarity of the texts' weighted words, 0 (nothing shared) to 1 (same words). */
  score: z.number().min(0).max(1),
  /** The same text, whatever the punctuation, spacing or width (normalised-text hash). */
  exact: z.boolean(),
  /** Whether the viewer may open the proposal. */
  canOpen: z.boolean(),
  /**
   * 疑似重复 (`duplicate`: the same asks, calibrated probability at or above the committed
   * threshold), 同一主题 (`related`: the same subject, other asks) or null. The best-ranked few
   * are compared in detail; the others can only be `related` (by their score) or null.
   */
  verdict: z.enum(['duplicate', 'related']).nullable(),
  /** Why, for a verdict (empty for null). */
  reasons: z.array(similarReason),
});
export type SimilarItem = z.infer<typeof similarItem>;

export const similarResponse = z.object({ items: z.array(similarItem) });

export const reviewDuplicatesQuery = z.object({
  /** The proposals of a page of the review queue, comma-separated (at most 100). */
  ids: z
    .string()
    .regex(/^\d{1,12}(,\d{1,12}){0,99}$/, 'comma-separated proposal ids, at most 100')
    .transform((s) => [...new Set(s.split(',').map(Number))]),
});

export const reviewDuplicate = z.object({
  id: z.number(),
  title: z.string(),
  numberLabel: z.string().nullable(),
  state: z.enum(PROPOSAL_STATES),
  /** Calibrated probability that it is the same proposal. */
  probability: z.number().min(0).max(1),
});

export const reviewDuplicatesResponse = z.object({
  /** One entry per asked proposal awaiting review (state submitted) that has likely duplicates. */
  items: z.array(z.object({ id: z.number(), duplicates: z.array(reviewDuplicate) })),
});
export type ReviewDuplicates = z.infer<typeof reviewDuplicatesResponse>;
