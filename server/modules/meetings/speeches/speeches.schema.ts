// Requests and responses of speeches.
import { z } from 'zod';
import { SPEECH_STATUSES } from '../../../db/tables/meetings.js';
import { single, text } from '../../../platform/http/schemas.js';
import { BODY_MAX, BODY_MIN, DECISIONS, TITLE_MAX, type Decision } from './speeches.model.js';

const decisions = Object.keys(DECISIONS) as [Decision, ...Decision[]];
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const speechParams = z.object({ id, speechId: id });

export const speechBody = z.object({ title: text(TITLE_MAX, 2), body: text(BODY_MAX, BODY_MIN) });

export const reviewBody = z.object({
  decision: z.enum(decisions),
  /** Required to return or reject: the author reads it. */
  note: text(500).optional(),
});

/** Every oral speech of the meeting, in the new order. */
export const programmeOrderBody = z.object({ speechIds: z.array(id).min(1).max(500) });

export const speech = z
  .object({
    id: z.number(),
    meetingId: z.number(),
    memberId: z.number(),
    speaker: z.string(),
    title: z.string(),
    body: z.string(),
    status: z.enum(SPEECH_STATUSES),
    oralOrder: z.number().nullable(),
    reviewNote: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MeetingSpeech' });

export const speechList = z.object({ items: z.array(speech) });
export const speechListQuery = z.object({ status: single(z.enum(SPEECH_STATUSES).optional()) });

/** The programme: accepted speeches, oral ones in their order, then the written exchange. */
export const programmeItem = z.object({
  id: z.number(),
  speaker: z.string(),
  sector: z.string().nullable(),
  title: z.string(),
  mode: z.enum(['oral', 'written']),
  oralOrder: z.number().nullable(),
});
export const programme = z.object({ oral: z.array(programmeItem), written: z.array(programmeItem) });

export const mySpeech = speech.extend({
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  meetingEndsAt: z.string(),
});
export const mySpeechList = z.object({ items: z.array(mySpeech) });
export const mySpeechQuery = z.object({ meetingId: single(id.optional()) });
