// Requests and responses of the study plan.
import { z } from 'zod';
import { STUDY_KINDS } from '../../../db/tables/meetings.js';
import { text } from '../../../platform/http/schemas.js';
import { audienceFields } from '../../meetings/index.js';
import { ITEM_STATUSES, lastDayOf, PLANNED_ON } from './plan.model.js';

const year = z.coerce.number().int().min(2000).max(2100);
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A day (YYYY-MM-DD) or a month (YYYY-MM) that exists. */
const plannedOn = z
  .string()
  .regex(PLANNED_ON, '计划时间应为某日（YYYY-MM-DD）或某月（YYYY-MM）')
  .refine((s) => s.length === 7 || Number(s.slice(8)) >= 1, '日期无效')
  .refine((s) => s.length === 7 || lastDayOf(s.slice(0, 7)) >= s, '日期无效');

export const planQuery = z.object({ year: year.optional() });
export const createPlanBody = z.object({ year, title: text(100, 2).optional() });

export const itemBody = z.object({
  studyKind: z.enum(STUDY_KINDS),
  topic: text(200, 2),
  plannedOn,
  attendees: text(200, 1),
  audience: audienceFields.nullable().optional(),
  notes: text(1000).nullable().optional(),
});
export const itemPatch = itemBody.partial();
export const linkBody = z.object({ meetingId: id });
export const sessionParams = z.object({ id, meetingId: id });
export const candidatesQuery = z.object({ year: year.optional(), studyKind: z.enum(STUDY_KINDS).optional() });

const meeting = z.object({
  id: z.number(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(['published', 'cancelled']),
  kindName: z.string(),
  studyKind: z.enum(STUDY_KINDS).nullable(),
  countsAs: z.enum(['study', 'training']).nullable(),
});

const completion = z.object({
  planned: z.number(),
  done: z.number(),
  upcoming: z.number(),
  overdue: z.number(),
  rate: z.number(),
});

export const planItem = z.object({
  id: z.number(),
  studyKind: z.enum(STUDY_KINDS),
  topic: z.string(),
  plannedOn: z.string(),
  attendees: z.string(),
  audience: audienceFields.nullable(),
  notes: z.string().nullable(),
  status: z.enum(ITEM_STATUSES),
  sessions: z.array(meeting.extend({ held: z.boolean() })),
  allowedActions: z.array(z.string()),
});

export const planView = z.object({
  orgId: z.number(),
  year: z.number(),
  planId: z.number().nullable(),
  title: z.string(),
  today: z.string(),
  /** The viewer is the plan's office (may add items and link sessions). */
  canWrite: z.boolean(),
  completion: z.object({ overall: completion, byKind: z.array(completion.extend({ kind: z.enum(STUDY_KINDS) })) }),
  items: z.array(planItem),
});

export const candidates = z.array(
  meeting.extend({
    /** The meeting's kind is the study kind asked for. */
    matchesKind: z.boolean(),
    /** The plan item it carries out already, if any. */
    linkedItemId: z.number().nullable(),
  }),
);

export type ItemBody = z.infer<typeof itemBody>;
export type PlanView = z.infer<typeof planView>;
