// Requests and responses of 社情民意 reports and bulletins.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';
import { REPORT_LEVELS, REPORT_SOURCES, REPORT_STATUSES } from '../../../db/tables/sqmy-reports.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000, '年份超出范围').max(2100, '年份超出范围');
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');
export const TITLE_MAX = 100;
export const BODY_MAX = 20000;

export const idParams = z.object({ id });
export const instructionParams = z.object({ id, instructionId: id });
export const yearQuery = z.object({ year });
export const listQuery = z.object({ year: year.optional(), status: z.enum(REPORT_STATUSES).optional() });

export const submitBody = z.object({
  title: text(TITLE_MAX, 4),
  body: text(BODY_MAX, 20),
  coAuthorIds: z.array(id).max(20).default([]),
});
export const editBody = z.object({ title: text(TITLE_MAX, 4), body: text(BODY_MAX, 20), note: text(500).optional() });
export const adoptBody = z.object({ reason: text(500).optional() });
export const rejectBody = z.object({ reason: text(500, 2) });
export const forwardBody = z.object({ level: z.enum(REPORT_LEVELS), recipient: text(100, 2), forwardedOn: day });
export const instructionBody = z.object({
  leader: text(60, 2),
  level: z.enum(REPORT_LEVELS),
  instructedOn: day,
  text: text(2000, 2),
});
export const followUpBody = z.object({ followUp: text(2000, 2) });
export const composeBody = z.object({ year });
export const arrangeBody = z.object({ reportIds: z.array(id).max(30) });

const author = z.object({ memberId: z.number(), name: z.string() });
const span = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const reportSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(REPORT_STATUSES),
  source: z.enum(REPORT_SOURCES),
  submittedAt: z.string(),
  updatedAt: z.string(),
  decidedAt: z.string().nullable(),
  authors: z.array(author),
});
export const reportList = z.array(reportSummary);
export const reportDetail = reportSummary.extend({
  body: z.string(),
  sourceRef: z.record(z.string(), z.unknown()).nullable(),
  decisionReason: z.string().nullable(),
  versions: z.array(
    z.object({
      number: z.number(),
      title: z.string(),
      body: z.string(),
      note: z.string().nullable(),
      byOffice: z.boolean(),
      createdAt: z.string(),
      /** The tracked changes against the version before (null for the first). */
      changes: z.object({ title: z.array(span), body: z.array(span) }).nullable(),
    }),
  ),
  issue: z
    .object({ id: z.number(), label: z.string(), status: z.string(), issuedOn: z.string().nullable() })
    .nullable(),
  forwards: z.array(
    z.object({ id: z.number(), level: z.enum(REPORT_LEVELS), recipient: z.string(), forwardedOn: z.string() }),
  ),
  instructions: z.array(
    z.object({
      id: z.number(),
      leader: z.string(),
      level: z.enum(REPORT_LEVELS),
      instructedOn: z.string(),
      text: z.string(),
      followUp: z.string().nullable(),
      followUpAt: z.string().nullable(),
    }),
  ),
  allowedActions: z.array(z.string()),
});
export const created = z.object({ id: z.number() });
export const edited = z.object({ id: z.number(), version: z.number(), status: z.enum(REPORT_STATUSES) });
export const decided = z.object({ id: z.number(), status: z.enum(REPORT_STATUSES) });
export const followedUp = z.object({ id: z.number(), followUpAt: z.string() });

export const bulletinList = z.array(
  z.object({
    id: z.number(),
    label: z.string(),
    year: z.number(),
    number: z.number(),
    status: z.enum(['draft', 'published']),
    issuedOn: z.string().nullable(),
    items: z.number(),
  }),
);
export const composed = z.object({ id: z.number(), number: z.number(), label: z.string() });
export const bulletinDetail = z.object({
  id: z.number(),
  label: z.string(),
  year: z.number(),
  number: z.number(),
  status: z.enum(['draft', 'published']),
  issuedOn: z.string().nullable(),
  items: z.array(z.object({ reportId: z.number(), title: z.string(), body: z.string(), authors: z.array(z.string()) })),
  candidates: z.array(z.object({ reportId: z.number(), title: z.string() })),
  allowedActions: z.array(z.string()),
});
export const arranged = z.object({ id: z.number(), items: z.number() });
export const published = z.object({ id: z.number(), status: z.literal('published'), issuedOn: z.string() });

const counts = {
  submitted: z.number(),
  adopted: z.number(),
  published: z.number(),
  instructed: z.number(),
  instructions: z.number(),
};
export const figures = z.object({
  year: z.number(),
  ...counts,
  pending: z.number(),
  rejected: z.number(),
  forwarded: z.number(),
  issues: z.number(),
  members: z.array(z.object({ memberId: z.number(), name: z.string(), ...counts })),
});
