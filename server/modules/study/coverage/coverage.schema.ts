// Requests and responses of training coverage.
import { z } from 'zod';
import { COHORT_KINDS } from '../../../db/tables/study-coverage.js';
import { pageQuery, paged, single, text } from '../../../platform/http/schemas.js';
import { PERIODS } from './coverage.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);

/** Whose coverage: an organisation the viewer sees (his current one when not given), with its counties; a year (this one when not given). */
export const scopeQuery = z.object({
  orgId: single(id).optional(),
  year: single(year).optional(),
});

/** The members behind a figure: the scope, the period, trained or not yet, and the figure's bucket. */
export const listFilters = scopeQuery.extend({
  period: single(z.enum(PERIODS)).default('year'),
  /** A county (or the organisation itself) within the scope. */
  countyId: single(id).optional(),
  /** 0: members of no committee. */
  committeeId: single(z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).optional(),
  sectorId: single(id).optional(),
  party: single(z.string().max(20)).optional(),
  isNew: single(z.enum(['true', 'false']))
    .transform((v) => v === 'true')
    .optional(),
  cohortId: single(id).optional(),
  name: single(text(20)).optional(),
});
export const listQuery = listFilters.extend({
  status: single(z.enum(['trained', 'unreached'])).default('unreached'),
  ...pageQuery,
});
export type ListQuery = z.infer<typeof listQuery>;
export type ListFilters = z.infer<typeof listFilters>;

export const figure = z.object({ total: z.number(), trained: z.number(), share: z.number().nullable() });

export const bucket = z.object({
  key: z.string(),
  label: z.string(),
  year: figure,
  term: figure,
  newYear: figure,
});

export const target = z.object({
  measure: z.enum(['all', 'new']),
  label: z.string(),
  percent: z.number(),
  /** The share reached so far this year, against the target. */
  share: z.number().nullable(),
  met: z.boolean(),
});

export const cohortFigure = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(COHORT_KINDS),
  kindLabel: z.string(),
  year: z.number(),
  total: z.number(),
  trained: z.number(),
  share: z.number().nullable(),
});

export const coverageResponse = z.object({
  orgId: z.number(),
  orgName: z.string(),
  year: z.number(),
  asOf: z.string(),
  overall: z.object({ year: figure, term: figure }),
  newMembers: z.object({ year: figure, term: figure }),
  targets: z.array(target),
  /** The organisation's own members by committee and by sector (a county's are read by viewing it). */
  byCommittee: z.array(bucket),
  bySector: z.array(bucket),
  byParty: z.array(bucket),
  byCounty: z.array(bucket),
  cohorts: z.array(cohortFigure),
  /** Whether the viewer sets this organisation's targets and cohorts. */
  canManage: z.boolean(),
});
export type CoverageResponse = z.infer<typeof coverageResponse>;

export const session = z.object({
  meetingId: z.number(),
  title: z.string(),
  startsAt: z.string(),
  kind: z.string(),
  attendance: z.string(),
});

export const listedMember = z.object({
  id: z.number(),
  name: z.string(),
  orgId: z.number(),
  org: z.string(),
  sector: z.string(),
  committee: z.string().nullable(),
  party: z.string(),
  partyLabel: z.string(),
  isNew: z.boolean(),
  sessions: z.array(session),
});
export const memberList = paged(listedMember);
export type ListedMemberOut = z.infer<typeof listedMember>;

const percent = z.number().int().min(1, '目标应在 1% 至 100% 之间').max(100, '目标应在 1% 至 100% 之间');
export const targetsBody = z.object({
  year,
  /** null clears the target. */
  all: percent.nullable().optional(),
  new: percent.nullable().optional(),
});
export const targetsResponse = z.object({ year: z.number(), targets: z.array(target) });

const memberIds = z.array(z.number().int().positive()).max(2000);
export const cohortBody = z.object({
  year,
  name: text(60, 2),
  kind: z.enum(COHORT_KINDS),
  memberIds,
});
export const cohortUpdateBody = z
  .object({ name: text(60, 2), kind: z.enum(COHORT_KINDS), memberIds })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '没有要修改的内容');

export const cohortDetail = cohortFigure.extend({
  orgId: z.number(),
  members: z.array(z.object({ id: z.number(), name: z.string() })),
});
