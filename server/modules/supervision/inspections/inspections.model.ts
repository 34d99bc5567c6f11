// What inspections and their recommendations mean: the states each moves through (as data,
// read by the policy), when a recommendation is overdue, and the file-free names of its steps.
import type { InspectionStatus } from '../../../db/tables/supervision-inspections.js';

/** An inspection still being prepared or carried out: its details, participants and sites may change. */
export const CHANGEABLE: readonly InspectionStatus[] = ['draft', 'published', 'under_way'];
/** Once under way (or done), what was found is written and recommendations are made. */
export const FINDINGS_OPEN: readonly InspectionStatus[] = ['under_way', 'done'];
/** The states participants see an inspection in (a draft is the office's; a cancelled one is kept in their list). */
export const SHOWN_TO_PARTICIPANTS: readonly InspectionStatus[] = ['published', 'under_way', 'done', 'cancelled'];
/** The states a member's duty record counts (taken part in, or about to). */
export const COUNTED: readonly InspectionStatus[] = ['published', 'under_way', 'done'];

// A recommendation's states and when it is overdue are the follow-up's, shared with the
// problems of evaluation campaigns.
export { AWAITING_ANSWER, UNSETTLED, isOverdue } from '../follow-up/follow-up.model.js';
