// Requests and responses of key proposals (重点提案: nomination, the chair's meeting
// decision, the leading leader, instructions and supervision) and excellent proposals.
import { z } from 'zod';
import { dateString, text } from '../../../platform/http/schemas.js';
import { ASSIGNMENT_STATUSES, PROPOSAL_STATES, RESULT_CLASSES } from '../core/lifecycle.model.js';

export const KEY_EVENT_KINDS = ['instruction', 'visit', 'meeting', 'other'] as const;
export type KeyEventKind = (typeof KEY_EVENT_KINDS)[number];

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const nominateBody = z.object({ note: text(2000).optional() });

export const decisionBody = z.object({
  approved: z.boolean(),
  /** The date of the chair's meeting (主席会议) that decided. */
  meetingDate: dateString,
  note: text(2000).optional(),
});

export const leaderBody = z.object({ leaderUserId: z.number().int().positive() });

export const keyEventBody = z.object({
  kind: z.enum(KEY_EVENT_KINDS),
  happenedOn: dateString,
  summary: text(4000, 1),
});

export const keyEvent = z.object({
  id: z.number(),
  kind: z.enum(KEY_EVENT_KINDS),
  happenedOn: z.string(),
  summary: z.string(),
  leader: z.object({ id: z.number(), name: z.string() }).nullable(),
  createdBy: z.object({ id: z.number(), name: z.string() }),
  createdAt: z.string(),
});
export type KeyEventView = z.infer<typeof keyEvent>;

export const keyEventList = z.object({ items: z.array(keyEvent) });

export const keyBoardQuery = z.object({
  /** Only the key proposals the viewer leads (the leader's own board). */
  mine: flag.optional(),
  termId: z.coerce.number().int().positive().optional(),
});

const eventCounts = z.object({ instruction: z.number(), visit: z.number(), meeting: z.number(), other: z.number() });

export const keyBoardItem = z.object({
  id: z.number(),
  numberLabel: z.string().nullable(),
  title: z.string(),
  state: z.enum(PROPOSAL_STATES),
  keyStatus: z.enum(['nominated', 'approved', 'declined']).nullable(),
  leader: z.object({ id: z.number(), name: z.string(), title: z.string().nullable() }).nullable(),
  units: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      role: z.enum(['lead', 'co', 'split']),
      status: z.enum(ASSIGNMENT_STATUSES),
    }),
  ),
  replyDeadline: z.string().nullable(),
  overdue: z.boolean(),
  resultClass: z.enum(RESULT_CLASSES).nullable(),
  lastEvent: z.object({ kind: z.enum(KEY_EVENT_KINDS), happenedOn: z.string(), summary: z.string() }).nullable(),
  eventCounts,
});
export type KeyBoardItem = z.infer<typeof keyBoardItem>;

export const keyBoard = z.object({
  items: z.array(keyBoardItem),
  totals: z.object({
    nominated: z.number(),
    approved: z.number(),
    withLeader: z.number(),
    replied: z.number(),
    overdue: z.number(),
  }),
});

export const leaderOptions = z.object({
  items: z.array(z.object({ id: z.number(), name: z.string(), title: z.string().nullable() })),
});

export const excellentBody = z.object({ year: z.number().int().min(2000).max(2100).optional() });
