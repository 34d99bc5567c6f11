// Requests and responses of research reports and their recommendations.
import { z } from 'zod';
import { dateString, pageQuery, paged, single, text } from '../../../platform/http/schemas.js';
import { WP_ANSWER_KINDS, WP_RECOMMENDATION_EVENTS, WP_RECOMMENDATION_STATUSES } from '../../../db/tables/workplan.js';
import { FIELD_MAX, TITLE_MAX } from './recommendations.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const yearQuery = z.object({ year: single(year).optional() });
export const reportBody = z.object({
  year,
  title: text(TITLE_MAX, 2),
  summary: text(FIELD_MAX * 4, 2),
  topicId: id.nullish(),
});
export const recommendationBody = z.object({
  title: text(TITLE_MAX, 2),
  metric: text(FIELD_MAX).nullish(),
  target: text(FIELD_MAX).nullish(),
  actions: text(FIELD_MAX).nullish(),
  unitId: id.nullish(),
  accountablePerson: text(60).nullish(),
  dueOn: dateString.nullish(),
});
export const recommendationPatch = recommendationBody.partial();
export const answerBody = z.object({ kind: z.enum(WP_ANSWER_KINDS), answer: text(FIELD_MAX, 2) });
export const noteBody = z.object({ note: text(FIELD_MAX, 2) });
export const urgeBody = z.object({ note: text(FIELD_MAX).nullish() });
export const reasonBody = z.object({ reason: text(FIELD_MAX, 2) });
export const trackerQuery = z.object({
  year: single(year).optional(),
  reportId: single(id).optional(),
  status: single(z.enum(WP_RECOMMENDATION_STATUSES)).optional(),
  overdue: single(flag).optional(),
  /** The office's and leaders' filter by department (a department's own list is scoped already). */
  unitId: single(id).optional(),
  ...pageQuery,
});
/** The tracker's filters without paging, for its Excel download. */
export const trackerSheetQuery = trackerQuery.omit({ page: true, pageSize: true });
export type TrackerSheetQuery = z.infer<typeof trackerSheetQuery>;
export type RecommendationInput = z.infer<typeof recommendationBody>;
export type TrackerQuery = z.infer<typeof trackerQuery>;

export const recommendation = z.object({
  id: z.number(),
  reportId: z.number(),
  reportTitle: z.string(),
  year: z.number(),
  title: z.string(),
  metric: z.string().nullable(),
  target: z.string().nullable(),
  actions: z.string().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  accountablePerson: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(WP_RECOMMENDATION_STATUSES),
  answerKind: z.enum(WP_ANSWER_KINDS).nullable(),
  answer: z.string().nullable(),
  settleNote: z.string().nullable(),
  overdue: z.boolean(),
  /** The SMART fields still missing (a draft cannot be sent until this is empty). */
  missing: z.array(z.string()),
  allowedActions: z.array(z.string()),
});
export const recommendationDetail = recommendation.extend({
  events: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(WP_RECOMMENDATION_EVENTS),
      note: z.string().nullable(),
      by: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export const tracker = paged(recommendation);
export const report = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  title: z.string(),
  summary: z.string(),
  topicId: z.number().nullable(),
  recommendations: z.array(recommendation),
  allowedActions: z.array(z.string()),
});
export const reportList = z.array(
  z.object({
    id: z.number(),
    year: z.number(),
    title: z.string(),
    topicTitle: z.string().nullable(),
    recommendations: z.number(),
  }),
);
export const figures = z.object({
  year: z.number(),
  sent: z.number(),
  adopted: z.number(),
  done: z.number(),
  dropped: z.number(),
  adoptedShare: z.number(),
  doneShare: z.number(),
});
