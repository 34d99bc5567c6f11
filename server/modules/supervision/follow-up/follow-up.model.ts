// The follow-up every routed item of supervision goes through (an inspection's recommendation, a
// problem found in an evaluation campaign): routed to a handling unit with a deadline, answered
// by the unit, then settled (done) or closed by the office; an answer may be sent back, an
// unanswered one urged. The states are data here; each sub-domain names the steps its routes take.
import type { RecommendationStatus } from '../../../db/tables/supervision-inspections.js';

/** routed → answered → done | closed (the same values for recommendations and problems). */
export type FollowUpStatus = RecommendationStatus;

/** Waiting for the unit's answer: the only state that can be overdue or urged. */
export const AWAITING_ANSWER: FollowUpStatus = 'routed';
/** Not yet followed to an outcome. */
export const UNSETTLED: readonly FollowUpStatus[] = ['routed', 'answered'];

/** Past its deadline (a date on China's calendar) and still not answered. */
export function isOverdue(r: { status: FollowUpStatus; due_on: string }, today: string): boolean {
  return r.status === AWAITING_ANSWER && r.due_on < today;
}

/** Which state each step of the follow-up is taken in: the transition table both sub-domains share. */
export const FOLLOW_UP_STEPS = {
  view: null,
  answer: ['routed'],
  edit: ['routed'],
  urge: ['routed'],
  sendBack: ['answered'],
  complete: ['answered'],
  close: UNSETTLED,
} as const satisfies Record<string, readonly FollowUpStatus[] | null>;
export type FollowUpStep = keyof typeof FOLLOW_UP_STEPS;

/** What a step does to the status (null: the status stays). */
export const FOLLOW_UP_NEXT: Record<FollowUpStep, FollowUpStatus | null> = {
  view: null,
  answer: 'answered',
  edit: null,
  urge: null,
  sendBack: 'routed',
  complete: 'done',
  close: 'closed',
};
