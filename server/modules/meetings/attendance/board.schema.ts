// Requests and responses of the attendance board and the office's check-out and walk-ins.
import { z } from 'zod';
import { ATTENDANCE_STATES, CHECKIN_WAYS, GUEST_KINDS, REPLIES } from '../../../db/tables/meetings.js';
import { single } from '../../../platform/http/schemas.js';
import { BOARD_STATES } from './board.model.js';

const count = z.number().int();

export const boardQuery = z.object({
  /** Rows in this stored state, or `none` for those with none recorded yet. */
  attendance: single(z.enum([...ATTENDANCE_STATES, 'none']).optional()),
  reply: single(z.enum(REPLIES).optional()),
  page: single(z.coerce.number().int().min(1).max(100000).default(1)),
  // A plenary's ~500 fit on one page: the board shows everyone at once.
  pageSize: single(z.coerce.number().int().min(1).max(1000).default(1000)),
});

export const boardRow = z.object({
  id: z.number(),
  memberId: z.number().nullable(),
  name: z.string(),
  /** An invitee without a member record (嘉宾): counted apart from the members. */
  guest: z.boolean(),
  guestKind: z.enum(GUEST_KINDS).nullable(),
  /** A guest's organisation and title. */
  affiliation: z.string().nullable(),
  sector: z.string().nullable(),
  committee: z.string().nullable(),
  source: z.string(),
  reply: z.enum(REPLIES),
  attendance: z.enum(BOARD_STATES).nullable(),
  checkedInAt: z.string().nullable(),
  checkinMethod: z.enum(CHECKIN_WAYS).nullable(),
  checkedOutAt: z.string().nullable(),
});

const attendanceCounts = z.object(
  Object.fromEntries(BOARD_STATES.map((s) => [s, count])) as Record<(typeof BOARD_STATES)[number], typeof count>,
);

export const board = z.object({
  meetingId: z.number(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  ended: z.boolean(),
  asOf: z.string(),
  invited: count,
  expected: count,
  present: count,
  /** The members' figures (guests are counted apart, below). */
  attendance: attendanceCounts,
  replies: z.object(
    Object.fromEntries(REPLIES.map((r) => [r, count])) as Record<(typeof REPLIES)[number], typeof count>,
  ),
  guests: z.object({ invited: count, expected: count, present: count, attendance: attendanceCounts }),
  rows: z.object({ items: z.array(boardRow), total: count, page: count, pageSize: count }),
});

export const walkInBody = z.object({ memberId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const officeCheckResult = z.object({
  invitationId: z.number(),
  checkedInAt: z.string(),
  checkedOutAt: z.string().nullable(),
  method: z.enum(CHECKIN_WAYS),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
});
