// The forum's live questions (pure): which states each moderation step starts from, the limits
// of a question, and the public page's limits (ADR 0019).
import type { QuestionStatus } from '../../../db/tables/meetings.js';

/**
 * The states a step may start from. The office approves what waits (or changes its mind about
 * a rejection), rejects what waits or was approved, corrects the text before it is answered,
 * folds a near-duplicate into another, puts an approved (or answered) question on the screen
 * and records a leader's answer to an approved one (or corrects the answer).
 */
export const QUESTION_STEPS = {
  approve: ['pending', 'rejected'],
  reject: ['pending', 'approved'],
  edit: ['pending', 'approved'],
  merge: ['pending', 'approved'],
  mergeInto: ['pending', 'approved', 'answered'],
  show: ['approved', 'answered'],
  answer: ['approved', 'answered'],
} as const satisfies Record<string, readonly QuestionStatus[]>;
export type QuestionStep = keyof typeof QUESTION_STEPS;

export const canQuestionStep = (step: QuestionStep, status: QuestionStatus) =>
  (QUESTION_STEPS[step] as readonly QuestionStatus[]).includes(status);

/** A question is a few sentences read aloud; a name a visitor gives is short. */
export const QUESTION_MAX = 300;
export const QUESTION_MIN = 4;
export const NAME_MAX = 20;
export const ADDRESSED_MAX = 40;
export const ANSWER_MAX = 5_000;
export const REASON_MAX = 200;

/** The public link: questions per address and per link in a minute, and challenges per address. */
export const PUBLIC_ASKS_PER_IP_PER_MINUTE = 3;
export const PUBLIC_ASKS_PER_LINK_PER_MINUTE = 60;
export const CHALLENGES_PER_IP_PER_MINUTE = 20;

// The proof-of-work challenge and the limits' mechanism are the platform's public gate
// (server/platform/http/public-challenge.ts), shared with the opinions' public form.
export { leadingZeroBits, powDigest, POW_BITS, solveChallenge } from '../../../platform/http/public-challenge.js';
