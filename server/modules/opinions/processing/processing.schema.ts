// Requests and responses of processing: categories, classification, routing, answers, the
// department's list, the member's answer, the public receipt lookup, the dashboard.
import { z } from 'zod';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { CATEGORY_KINDS, CLASSIFIED_BY, OPINION_STATUSES } from '../../../db/tables/opinions.js';
import { ROUTE_KINDS, ROUTE_STATUSES } from '../../../db/tables/opinion-processing.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const groupParams = z.object({ groupId: id });

const keywords = z.array(text(20, 1)).max(50);
export const category = z.object({
  id: z.number(),
  kind: z.enum(CATEGORY_KINDS),
  name: z.string(),
  keywords: z.array(z.string()),
  sortOrder: z.number(),
  active: z.boolean(),
  /** How many opinions it holds. */
  opinions: z.number(),
});
export const categories = z.array(category);
export const categoryBody = z.object({
  kind: z.enum(CATEGORY_KINDS),
  name: text(30, 1),
  keywords: keywords.default([]),
  sortOrder: z.number().int().min(0).max(999).optional(),
});
export const categoryPatch = z
  .object({
    name: text(30, 1).optional(),
    keywords: keywords.optional(),
    sortOrder: z.number().int().min(0).max(999).optional(),
    active: z.boolean().optional(),
  })
  // An empty change (unknown fields are dropped) would be an UPDATE without a column.
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');

export const classification = z.object({
  opinionId: z.number(),
  categoryId: z.number().nullable(),
  themeId: z.number().nullable(),
  classifiedBy: z.enum(CLASSIFIED_BY).nullable(),
  confidence: z.number().nullable(),
});
export const classifyManyBody = z.object({ opinionIds: z.array(id).min(1).max(2000).optional() });
export const classifyManyResult = z.object({
  classified: z.number(),
  byRule: z.number(),
  byModel: z.number(),
  unclassified: z.number(),
  keptByOffice: z.number(),
});
export const correctionBody = z.object({ categoryId: id.nullable(), themeId: id.nullable() });

export const routeBody = z.object({
  kind: z.enum(ROUTE_KINDS),
  unitId: id.optional(),
  dueOn: dateString.optional(),
  note: text(500).optional(),
  title: text(100, 2).optional(),
  body: text(10_000, 10).optional(),
});
export const routeResult = z.object({
  routeId: z.number(),
  kind: z.enum(ROUTE_KINDS),
  opinions: z.number(),
  proposalId: z.number().nullable(),
  reportId: z.number().nullable(),
});
export const closeBody = z.object({ reason: text(500, 2) });
export const closeResult = z.object({ closed: z.number() });

export const route = z.object({
  id: z.number(),
  kind: z.enum(ROUTE_KINDS),
  status: z.enum(ROUTE_STATUSES),
  groupId: z.number().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  proposalId: z.number().nullable(),
  reportId: z.number().nullable(),
  note: z.string().nullable(),
  rerouteReason: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  routedAt: z.string(),
});
export const answerBody = z.object({ answer: text(5000, 10) });
export const rerouteBody = z.object({ reason: text(500, 2) });

export const unitRoutesQuery = z.object({ state: single(z.enum(['open', 'answered'])).default('open') });
export const unitRoutes = z.array(
  route.extend({
    allowedActions: z.array(z.string()),
    opinions: z.array(
      z.object({
        id: z.number(),
        title: z.string(),
        body: z.string(),
        place: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  }),
);

const named = z.object({ id: z.number(), name: z.string() }).nullable();
export const processing = z.object({
  opinionId: z.number(),
  orgId: z.number(),
  status: z.enum(OPINION_STATUSES),
  closedReason: z.string().nullable(),
  category: named,
  theme: named,
  classifiedBy: z.enum(CLASSIFIED_BY).nullable(),
  confidence: z.number().nullable(),
  groupId: z.number().nullable(),
  groupSize: z.number(),
  route: route.nullable(),
  allowedActions: z.array(z.string()),
  /** The caller is the office of the opinion's organisation (may act, not only read). */
  office: z.boolean(),
});

export const answerView = z.object({
  opinionId: z.number(),
  status: z.enum(OPINION_STATUSES),
  closedReason: z.string().nullable(),
  route: z
    .object({
      kind: z.enum(ROUTE_KINDS),
      unitName: z.string().nullable(),
      dueOn: z.string().nullable(),
      overdue: z.boolean(),
      routedAt: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.string().nullable(),
    })
    .nullable(),
});

export const receiptBody = z.object({ code: z.string().min(4).max(64) });
export const receipt = z.object({
  title: z.string(),
  submittedOn: z.string(),
  status: z.enum(OPINION_STATUSES),
  closedReason: z.string().nullable(),
  routedTo: z
    .object({ kind: z.enum(ROUTE_KINDS), unitName: z.string().nullable(), dueOn: z.string().nullable() })
    .nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const dashboardQuery = z.object({
  campaignId: single(id).optional(),
  year: single(z.coerce.number().int().min(2000).max(2100)).optional(),
});
const count = z.object({ id: z.number().nullable(), name: z.string().nullable(), count: z.number() });
export const dashboard = z.object({
  scope: z.object({ orgIds: z.array(z.number()), campaignId: z.number().nullable(), year: z.number().nullable() }),
  totals: z.object({
    opinions: z.number(),
    submitted: z.number(),
    routed: z.number(),
    answered: z.number(),
    closed: z.number(),
    unclassified: z.number(),
    grouped: z.number(),
    groups: z.number(),
  }),
  byCategory: z.array(count),
  byTheme: z.array(count),
  bySector: z.array(count),
  byOrg: z.array(z.object({ id: z.number(), name: z.string(), count: z.number(), answered: z.number() })),
  groupSizes: z.array(z.object({ size: z.number(), groups: z.number() })),
  routing: z.object({
    routedRate: z.number(),
    answeredRate: z.number(),
    byKind: z.object({ unit: z.number(), proposal: z.number(), report: z.number() }),
    overdue: z.number(),
    medianDaysToAnswer: z.number().nullable(),
    meanDaysToAnswer: z.number().nullable(),
  }),
  byUnit: z.array(
    z.object({
      unitId: z.number(),
      name: z.string(),
      routed: z.number(),
      answered: z.number(),
      overdue: z.number(),
      medianDays: z.number().nullable(),
    }),
  ),
});
