// Requests and responses of the "four jointly" topics.
import { z } from 'zod';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { TOPIC_FLAGS, TOPIC_PROPOSERS, TOPIC_STAGES } from '../../../db/tables/workplan.js';
import { FILES_MAX, NOTE_MAX, PARTICIPANTS_MAX, SUMMARY_MAX, TITLE_MAX } from './topics.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const year = z.coerce.number().int().min(2000).max(2100);

export const topicQuery = z.object({
  year: single(year).optional(),
  stage: single(z.enum(TOPIC_STAGES)).optional(),
});
export const topicBody = z.object({
  year,
  title: text(TITLE_MAX, 2),
  summary: text(SUMMARY_MAX, 2),
  proposedBy: z.enum(TOPIC_PROPOSERS),
  flag: z.enum(TOPIC_FLAGS).nullish(),
  assignedBy: text(100).nullish(),
});
export const topicPatch = topicBody.omit({ year: true }).partial();
export const advanceBody = z.object({
  stage: z.enum(TOPIC_STAGES),
  startsOn: dateString,
  endsOn: dateString.nullish(),
  participants: z.array(text(60, 1)).max(PARTICIPANTS_MAX).default([]),
  note: text(NOTE_MAX).nullish(),
  meetingId: id.nullish(),
  fileIds: z.array(z.string().max(64)).max(FILES_MAX).default([]),
});
export type TopicInput = z.infer<typeof topicBody>;
export type AdvanceInput = z.infer<typeof advanceBody>;

const stage = z.enum(TOPIC_STAGES);
export const topicSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  year: z.number(),
  title: z.string(),
  proposedBy: z.enum(TOPIC_PROPOSERS),
  stage,
  flag: z.enum(TOPIC_FLAGS).nullable(),
  assignedBy: z.string().nullable(),
  /** When the current stage began. */
  stageSince: z.string().nullable(),
});
export const topicList = z.array(topicSummary);
export const topicDetail = topicSummary.extend({
  summary: z.string(),
  path: z.array(
    z.object({
      stage,
      startsOn: z.string(),
      endsOn: z.string().nullable(),
      participants: z.array(z.string()),
      note: z.string().nullable(),
      meeting: z.object({ id: z.number(), title: z.string(), startsAt: z.string() }).nullable(),
      files: z.array(z.object({ id: z.string(), name: z.string(), size: z.number() })),
    }),
  ),
  reports: z.array(z.object({ id: z.number(), title: z.string(), recommendations: z.number() })),
  nextStage: stage.nullable(),
  allowedActions: z.array(z.string()),
});
