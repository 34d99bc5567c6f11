// Requests and responses of the handling-unit evaluation (承办单位考评).
import { z } from 'zod';

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const scoresBody = z.object({
  year: z.number().int().min(2000).max(2100),
  scores: z
    .array(z.object({ unitId: z.number().int().positive(), score: z.number().min(0).max(100) }))
    .min(1)
    .max(500),
});

const rate = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });

export const evaluationRow = z.object({
  rank: z.number().nullable(),
  unit: z.object({ id: z.number(), name: z.string(), shortName: z.string(), active: z.boolean() }),
  assigned: z.number(),
  declined: z.number(),
  signFor: rate,
  onTimeReply: rate,
  resultClasses: z.object({ A: z.number(), B: z.number(), C: z.number(), D: z.number() }),
  attitude: rate.extend({ satisfied: z.number(), basic: z.number() }),
  result: rate.extend({ satisfied: z.number(), basic: z.number() }),
  overdue: z.number(),
  commitments: z.object({ total: z.number(), done: z.number(), unfulfilled: z.number() }),
  democraticScore: z.number().nullable(),
  composite: z.number().nullable(),
});
export type EvaluationRow = z.infer<typeof evaluationRow>;

export const evaluationTable = z.object({
  orgId: z.number(),
  year: z.number(),
  /** The formula and notes in Chinese (the Excel sheet's wording, for clients without their own). */
  formula: z.string(),
  notes: z.array(z.string()),
  /** The formula's figures, for a client that words it in the reader's language. */
  weights: z.object({
    signFor: z.number(),
    onTimeReply: z.number(),
    attitude: z.number(),
    result: z.number(),
    democratic: z.number(),
    solvedShare: z.number(),
  }),
  penalties: z.object({ overdue: z.number(), commitment: z.number(), cap: z.number() }),
  items: z.array(evaluationRow),
});
export type EvaluationTable = z.infer<typeof evaluationTable>;
