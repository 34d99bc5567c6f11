// Requests and responses of the proposal statistics. Every bucket carries the list's query
// parameters that open exactly its proposals (null where the list has no such filter).
import { z } from 'zod';

export const statsQuery = z.object({
  termId: z.coerce.number().int().positive().optional(),
  sessionId: z.union([z.coerce.number().int().positive(), z.literal('interim')]).optional(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

const listParams = z.record(z.string(), z.string());

export const bucket = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  /** Query parameters of GET /api/proposals that list this bucket's proposals. */
  query: listParams.nullable(),
});
export type Bucket = z.infer<typeof bucket>;

const rated = z.object({
  rated: z.number(),
  satisfiedOrBasic: z.number(),
  rate: z.number().nullable(),
  buckets: z.array(bucket),
});

export const statsResponse = z.object({
  orgId: z.number(),
  termId: z.number().nullable(),
  sessionId: z.union([z.number(), z.literal('interim')]).nullable(),
  total: z.number(),
  query: listParams,
  byState: z.array(bucket),
  byKind: z.array(bucket),
  byCategory: z.array(bucket),
  byTheme: z.array(bucket),
  bySector: z.array(bucket),
  byCommittee: z.array(bucket),
  byUnit: z.array(bucket.extend({ lead: z.number() })),
  resultClasses: z.array(bucket),
  satisfaction: z.object({ attitude: rated, result: rated }),
  onTimeReply: z.object({ due: z.number(), onTime: z.number(), rate: z.number().nullable(), overdueNow: bucket }),
});
export type StatsResponse = z.infer<typeof statsResponse>;
