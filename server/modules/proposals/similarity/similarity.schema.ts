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
});
export type SimilarItem = z.infer<typeof similarItem>;

export const similarResponse = z.object({ items: z.array(similarItem) });
