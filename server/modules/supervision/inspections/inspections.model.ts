// What inspections and their recommendations mean: the states each moves through (as data,
// read by the policy), when a recommendation is overdue, and the file-free names of its steps.
import type { InspectionStatus, RecommendationStatus } from '../../../db/tables/supervision-inspections.js';

/** An inspection still being prepared or carried out: its details, participants and sites may change. */
export const CHANGEABLE: readonly InspectionStatus[] = ['draft', 'published', 'under_way'];
/** Once under way (or done), what was found is written and recommendations are made. */
export const FINDINGS_OPEN: readonly InspectionStatus[] = ['under_way', 'done'];
/** The states participants see an inspection in (a draft is the office's; a cancelled one is kept in their list). */
export const SHOWN_TO_PARTICIPANTS: readonly InspectionStatus[] = ['published', 'under_way', 'done', 'cancelled'];
/** The states a member's duty record counts (taken part in, or about to). */
export const COUNTED: readonly InspectionStatus[] = ['published', 'under_way', 'done'];

/** Waiting for the unit's answer: the only state that can be overdue or urged. */
export const AWAITING_ANSWER: RecommendationStatus = 'routed';
/** Not yet followed to an outcome. */
export const UNSETTLED: readonly RecommendationStatus[] = ['routed', 'answered'];

/** Past its deadline (a date on China's calendar) and still not answered. */
export function isOverdue(r: { status: RecommendationStatus; due_on: string }, today: string): boolean {
  return r.status === AWAITING_ANSWER && r.due_on < today;
}
