// Requests and responses of the forum's live questions.
import { z } from 'zod';
import { QUESTION_SOURCES, QUESTION_STATUSES } from '../../../db/tables/meetings.js';
import { single, text } from '../../../platform/http/schemas.js';
import { ADDRESSED_MAX, ANSWER_MAX, NAME_MAX, QUESTION_MAX, QUESTION_MIN, REASON_MAX } from './questions.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const questionParams = z.object({ id, questionId: id });
export const tokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, '链接无效') });

const askFields = {
  body: text(QUESTION_MAX, QUESTION_MIN),
  /** The leader or guest the question is put to (optional). */
  addressedTo: text(ADDRESSED_MAX).optional(),
  /** Hide the asker's name on the screen. */
  anonymous: z.boolean().optional(),
};
export const askBody = z.object(askFields);
export const publicAskBody = z.object({
  ...askFields,
  displayName: text(NAME_MAX, 1),
  /** The challenge as issued and the visitor's solution to it. */
  challenge: z.string().min(1).max(200),
  solution: z.string().regex(/^\d{1,16}$/, '验证答案格式不正确'),
});

export const rejectBody = z.object({ reason: text(REASON_MAX, 1) });
export const editBody = z.object({
  body: text(QUESTION_MAX, QUESTION_MIN),
  addressedTo: text(ADDRESSED_MAX).optional(),
});
export const mergeBody = z.object({ intoId: id });
export const answerBody = z.object({ answeredBy: text(ADDRESSED_MAX, 1), answer: text(ANSWER_MAX, 1) });
export const currentBody = z.object({ questionId: id.nullable() });
export const boardBody = z.object({ publicEnabled: z.boolean() });
export const rotateBody = z.object({ link: z.enum(['public', 'screen']) });

export const question = z
  .object({
    id: z.number(),
    meetingId: z.number(),
    source: z.enum(QUESTION_SOURCES),
    memberId: z.number().nullable(),
    asker: z.string(),
    anonymous: z.boolean(),
    addressedTo: z.string().nullable(),
    body: z.string(),
    /** The text as asked, once the office has corrected it. */
    originalBody: z.string().nullable(),
    status: z.enum(QUESTION_STATUSES),
    rejectReason: z.string().nullable(),
    mergedInto: z.number().nullable(),
    answeredBy: z.string().nullable(),
    answer: z.string().nullable(),
    answeredAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MeetingQuestion' });

export const board = z
  .object({
    publicEnabled: z.boolean(),
    publicToken: z.string().nullable(),
    screenToken: z.string().nullable(),
    currentQuestionId: z.number().nullable(),
    revision: z.number(),
  })
  .meta({ id: 'MeetingQuestionBoard' });

export const questionList = z.object({ items: z.array(question), board });
export const questionListQuery = z.object({ status: single(z.enum(QUESTION_STATUSES).optional()) });

export const myQuestion = question.extend({ meetingTitle: z.string(), meetingStartsAt: z.string() });
export const myQuestionList = z.object({ items: z.array(myQuestion) });
export const myQuestionQuery = z.object({ meetingId: single(id.optional()) });

const meetingHead = z.object({ title: z.string(), startsAt: z.string(), endsAt: z.string() });

/** The public page: the meeting's title and time, and whether it still takes questions. Nothing else. */
export const publicLink = meetingHead.extend({ open: z.boolean() }).meta({ id: 'PublicQuestionLink' });
export const challenge = z.object({ challenge: z.string(), bits: z.number(), expiresAt: z.string() });
export const publicAsked = z.object({ id: z.number(), status: z.enum(QUESTION_STATUSES) });

/** A question as the projector shows it: the asker's name only when not anonymous. */
export const screenQuestion = z.object({
  id: z.number(),
  asker: z.string().nullable(),
  addressedTo: z.string().nullable(),
  body: z.string(),
  status: z.enum(QUESTION_STATUSES),
  answeredBy: z.string().nullable(),
});
export const screen = z
  .object({
    meeting: meetingHead,
    current: screenQuestion.nullable(),
    approved: z.array(screenQuestion),
    answered: z.array(screenQuestion),
    revision: z.number(),
  })
  .meta({ id: 'QuestionScreen' });
