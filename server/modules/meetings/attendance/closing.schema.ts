// Requests and responses of closing attendance and of the office's correction of one state.
import { z } from 'zod';
import { ATTENDANCE_STATES } from '../../../db/tables/meetings.js';
import { text } from '../../../platform/http/schemas.js';

/** States the office may set by hand: a walk-in is how someone came, not a state to correct to. */
export const SETTABLE_STATES = ['attended', 'late', 'left_early', 'remote', 'leave', 'absent'] as const;

export const setAttendanceBody = z.object({
  state: z.enum(SETTABLE_STATES),
  reason: text(200, 2),
});

export const closeResult = z.object({
  closedAt: z.string(),
  /** Invitees recorded absent by the closing, and approved leave recorded as leave. */
  absent: z.number(),
  leave: z.number(),
});

export const setAttendanceResult = z.object({
  invitationId: z.number(),
  previous: z.enum(ATTENDANCE_STATES).nullable(),
  attendance: z.enum(ATTENDANCE_STATES),
});
