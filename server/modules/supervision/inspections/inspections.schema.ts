// Requests and responses of inspections (视察) and their recommendations (建议).
import { z } from 'zod';
import {
  ANSWER_KINDS,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  RECOMMENDATION_EVENTS,
  RECOMMENDATION_STATUSES,
} from '../../../db/tables/supervision-inspections.js';
import { dateString, pageQuery, paged, single, text } from '../../../platform/http/schemas.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** At most one leader: a member of the roster, or an account of the organisation (a leader of the committee). */
export const leaderInput = z.union([z.object({ memberId: id }).strict(), z.object({ userId: id }).strict()]);

export const siteInput = z.object({
  name: text(100, 1),
  address: text(200, 1),
  /** The handling unit in charge of the site, if any. */
  unitId: id.nullable().optional(),
});
export type SiteInput = z.infer<typeof siteInput>;

export const createInspectionBody = z.object({
  title: text(200, 1),
  subject: text(2000, 1),
  kind: z.enum(INSPECTION_KINDS),
  startsOn: dateString,
  endsOn: dateString,
  leader: leaderInput.nullable().optional(),
  participantIds: z.array(id).max(300).optional(),
  sites: z.array(siteInput).max(50).optional(),
});
export type CreateInspection = z.infer<typeof createInspectionBody>;

export const updateInspectionBody = z
  .object({
    title: text(200, 1).optional(),
    subject: text(2000, 1).optional(),
    kind: z.enum(INSPECTION_KINDS).optional(),
    startsOn: dateString.optional(),
    endsOn: dateString.optional(),
    leader: leaderInput.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export type UpdateInspection = z.infer<typeof updateInspectionBody>;

export const participantsBody = z.object({ memberIds: z.array(id).max(300) });

export const updateSiteBody = siteInput
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export type UpdateSite = z.infer<typeof updateSiteBody>;

export const findingsBody = z.object({
  /** The overall findings (null: none written). */
  findings: text(10000).nullable(),
  /** What was found at each site (sites left out keep theirs). */
  sites: z
    .array(z.object({ id, findings: text(4000).nullable() }))
    .max(50)
    .optional(),
});
export type Findings = z.infer<typeof findingsBody>;

export const reasonBody = z.object({ reason: text(500, 1) });

export const inspectionParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const siteParams = inspectionParams.extend({
  siteId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const listInspectionsQuery = z.object({
  /** org: the organisation's inspections (office, leaders); mine: those the member takes part in. */
  scope: single(z.enum(['org', 'mine'])).default('mine'),
  status: single(z.enum(INSPECTION_STATUSES)).optional(),
  year: single(z.coerce.number().int().min(2000).max(2100)).optional(),
  ...pageQuery,
});
export type ListInspections = z.infer<typeof listInspectionsQuery>;

const person = z.object({ kind: z.enum(['member', 'user']), id: z.number(), name: z.string() });

export const inspectionItem = z.object({
  id: z.number(),
  title: z.string(),
  subject: z.string(),
  kind: z.enum(INSPECTION_KINDS),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  leader: person.nullable(),
  participantCount: z.number(),
  siteCount: z.number(),
  recommendationCount: z.number(),
  /** Recommendations not yet followed to an outcome. */
  openRecommendationCount: z.number(),
  cancelReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const inspectionList = paged(inspectionItem);

export const participantView = z.object({
  id: z.number(),
  name: z.string(),
  sectorName: z.string().nullable(),
  workUnit: z.string().nullable(),
});

export const siteView = z.object({
  id: z.number(),
  name: z.string(),
  address: z.string(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  findings: z.string().nullable(),
});

export const recommendationItem = z.object({
  id: z.number(),
  inspectionId: z.number(),
  inspectionTitle: z.string(),
  siteId: z.number().nullable(),
  siteName: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }),
  dueOn: z.string(),
  status: z.enum(RECOMMENDATION_STATUSES),
  overdue: z.boolean(),
  answerKind: z.enum(ANSWER_KINDS).nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  settledAt: z.string().nullable(),
  createdAt: z.string(),
  /** The recommendation's steps the viewer may take now. */
  allowedActions: z.array(z.string()),
});

export const inspectionDetail = inspectionItem.extend({
  findings: z.string().nullable(),
  participants: z.array(participantView),
  sites: z.array(siteView),
  recommendations: z.array(recommendationItem),
  /** The inspection's steps the viewer may take now. */
  allowedActions: z.array(z.string()),
});

export const recommendationEvent = z.object({
  id: z.number(),
  kind: z.enum(RECOMMENDATION_EVENTS),
  note: z.string().nullable(),
  by: z.string(),
  createdAt: z.string(),
});
export const recommendationDetail = recommendationItem.extend({ events: z.array(recommendationEvent) });
export const recommendationList = paged(recommendationItem);

export const addRecommendationBody = z.object({
  title: text(200, 1),
  body: text(4000, 1),
  unitId: id,
  dueOn: dateString,
  /** The site it comes from; absent: the inspection as a whole. */
  siteId: id.nullable().optional(),
});
export type AddRecommendation = z.infer<typeof addRecommendationBody>;

export const updateRecommendationBody = z
  .object({
    title: text(200, 1).optional(),
    body: text(4000, 1).optional(),
    unitId: id.optional(),
    dueOn: dateString.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export type UpdateRecommendation = z.infer<typeof updateRecommendationBody>;

export const answerBody = z.object({
  /** accepted: with the measures taken; partly; declined: with the reasons. */
  kind: z.enum(ANSWER_KINDS),
  answer: text(4000, 1),
});
export type Answer = z.infer<typeof answerBody>;

export const noteBody = z.object({ note: text(2000, 1) });
export const urgeBody = z.object({ note: text(500).optional() });

export const listRecommendationsQuery = z.object({
  /** org: the organisation's (office, leaders); mine: those routed to the viewer's unit. */
  scope: single(z.enum(['org', 'mine'])).default('mine'),
  status: single(z.enum(RECOMMENDATION_STATUSES)).optional(),
  overdue: single(z.enum(['1', '0'])).optional(),
  inspectionId: single(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)).optional(),
  ...pageQuery,
});
export type ListRecommendations = z.infer<typeof listRecommendationsQuery>;

export const inspectionChoices = z.object({
  members: z.array(participantView),
  accounts: z.array(z.object({ id: z.number(), name: z.string(), leaderTitle: z.string().nullable() })),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
});

/** A member's inspections of a year, for the duty record. */
export interface MemberInspection {
  id: number;
  title: string;
  kind: (typeof INSPECTION_KINDS)[number];
  startsOn: string;
  endsOn: string;
  status: (typeof INSPECTION_STATUSES)[number];
  /** He led it (rather than took part). */
  led: boolean;
}
