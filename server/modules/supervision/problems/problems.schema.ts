// Requests and responses of the problems found in an evaluation campaign (整改问题).
import { z } from 'zod';
import {
  SUPERVISION_PROBLEM_ANSWERS,
  SUPERVISION_PROBLEM_EVENTS,
  SUPERVISION_PROBLEM_STATUSES,
} from '../../../db/tables/supervision.js';
import { dateString, pageQuery, paged, single, text } from '../../../platform/http/schemas.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const queryId = single(z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER));

export const problemParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const recordProblemBody = z
  .object({
    /** The object it was found at; absent when promoted from a visit (the visit's object). */
    objectId: id.optional(),
    /** Promote this visit's comment: the object is the visit's, the description defaults to its comment. */
    visitId: id.optional(),
    description: text(4000, 1).optional(),
    /** The unit to answer it; absent: the object's linked handling unit. */
    unitId: id.optional(),
    dueOn: dateString,
  })
  .refine((b) => b.objectId !== undefined || b.visitId !== undefined, {
    message: '请指明评议对象或走访记录',
    path: ['objectId'],
  });
export type RecordProblem = z.infer<typeof recordProblemBody>;

export const updateProblemBody = z
  .object({
    description: text(4000, 1).optional(),
    unitId: id.optional(),
    dueOn: dateString.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export type UpdateProblem = z.infer<typeof updateProblemBody>;

export const answerProblemBody = z
  .object({
    /** fixed: the measures taken; planned: the plan, with the day it will be done; cannot: the reason. */
    kind: z.enum(SUPERVISION_PROBLEM_ANSWERS),
    answer: text(4000, 1),
    plannedOn: dateString.optional(),
  })
  .refine((b) => (b.kind === 'planned') === (b.plannedOn !== undefined), {
    message: '整改计划须写明完成日期（仅计划类答复需要）',
    path: ['plannedOn'],
  });
export type AnswerProblem = z.infer<typeof answerProblemBody>;

export const problemNoteBody = z.object({ note: text(2000, 1) });
export const problemReasonBody = z.object({ reason: text(500, 1) });
export const problemUrgeBody = z.object({ note: text(500).optional() });

export const listProblemsQuery = z.object({
  /** org: the organisation's (office, leaders); mine: those routed to the viewer's unit. */
  scope: single(z.enum(['org', 'mine'])).default('mine'),
  status: single(z.enum(SUPERVISION_PROBLEM_STATUSES)).optional(),
  overdue: single(z.enum(['1', '0'])).optional(),
  campaignId: queryId.optional(),
  objectId: queryId.optional(),
  ...pageQuery,
});
export type ListProblems = z.infer<typeof listProblemsQuery>;

export const campaignProblemsQuery = z.object({
  status: single(z.enum(SUPERVISION_PROBLEM_STATUSES)).optional(),
  overdue: single(z.enum(['1', '0'])).optional(),
  objectId: queryId.optional(),
  ...pageQuery,
});
export type CampaignProblems = z.infer<typeof campaignProblemsQuery>;

export const problemItem = z.object({
  id: z.number(),
  campaignId: z.number(),
  campaignTitle: z.string(),
  object: z.object({
    id: z.number(),
    name: z.string(),
    address: z.string().nullable(),
    district: z.string().nullable(),
  }),
  visitId: z.number().nullable(),
  description: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }),
  dueOn: z.string(),
  status: z.enum(SUPERVISION_PROBLEM_STATUSES),
  overdue: z.boolean(),
  answerKind: z.enum(SUPERVISION_PROBLEM_ANSWERS).nullable(),
  answer: z.string().nullable(),
  plannedOn: z.string().nullable(),
  answeredAt: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  settledAt: z.string().nullable(),
  createdAt: z.string(),
  /** The problem's steps the viewer may take now. */
  allowedActions: z.array(z.string()),
});

export const problemEvent = z.object({
  id: z.number(),
  kind: z.enum(SUPERVISION_PROBLEM_EVENTS),
  note: z.string().nullable(),
  by: z.string(),
  createdAt: z.string(),
});

export const problemDetail = problemItem.extend({
  events: z.array(problemEvent),
  /** The object's photos the office chose for the album (file ids, served by /api/files/{id}). */
  photoIds: z.array(z.string()),
});
export const problemList = paged(problemItem);
