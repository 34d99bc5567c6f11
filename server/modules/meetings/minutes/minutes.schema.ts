// Requests and responses of minutes and follow-ups.
import { z } from 'zod';
import { FOLLOWUP_KINDS, FOLLOWUP_STATUSES, MINUTES_STATUSES } from '../../../db/tables/meeting-minutes.js';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { dateString, idParam, pageQuery, paged, single, text } from '../../../platform/http/schemas.js';

const fileId = z.string().uuid();

export const saveMinutesBody = z.object({
  body: text(20000, 1),
  /** Uploaded files (POST /api/files) to attach. */
  attachmentIds: z.array(fileId).max(20).optional(),
  /** Attachments to take off. */
  removeAttachmentIds: z.array(fileId).max(20).optional(),
});
export type SaveMinutes = z.infer<typeof saveMinutesBody>;

export const minutesView = z.object({
  meetingId: z.number(),
  /** none: nothing written yet, or (to all but the office) nothing published yet. */
  status: z.enum([...MINUTES_STATUSES, 'none']),
  body: z.string(),
  /** Edits after publishing (0: as first published). */
  revision: z.number(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  attachments: z.array(fileSummary),
  /** The minutes' steps the viewer may take now. */
  allowedActions: z.array(z.string()),
});

/** Exactly one owner: a handling unit, or a person's account of the organisation. */
export const ownerInput = z.union([
  z.object({ unitId: z.number().int().positive() }).strict(),
  z.object({ userId: z.number().int().positive() }).strict(),
]);

export const addFollowupsBody = z.object({
  kind: z.enum(FOLLOWUP_KINDS).default('action'),
  title: text(200, 1),
  detail: text(4000).optional(),
  dueOn: dateString,
  /**
   * One owner, or several handling units: a consultation's result sent to each department
   * concerned becomes one follow-up per unit, each tracked on its own.
   */
  owner: ownerInput.optional(),
  unitIds: z.array(z.number().int().positive()).min(1).max(30).optional(),
});
export type AddFollowups = z.infer<typeof addFollowupsBody>;

export const updateFollowupBody = z
  .object({
    title: text(200, 1).optional(),
    detail: text(4000).nullable().optional(),
    dueOn: dateString.optional(),
    owner: ownerInput.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: '没有要修改的内容' });
export type UpdateFollowup = z.infer<typeof updateFollowupBody>;

export const progressBody = z.object({
  note: text(2000, 1),
  /** The state the report leaves it in: still being worked on, or done. */
  status: z.enum(['in_progress', 'done']).default('in_progress'),
});

export const reasonBody = z.object({ reason: text(500, 1) });

export const followupOwner = z.object({
  kind: z.enum(['unit', 'user']),
  id: z.number(),
  name: z.string(),
});

export const followupItem = z.object({
  id: z.number(),
  meetingId: z.number(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  kind: z.enum(FOLLOWUP_KINDS),
  title: z.string(),
  detail: z.string().nullable(),
  owner: followupOwner,
  dueOn: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  overdue: z.boolean(),
  cancelReason: z.string().nullable(),
  doneAt: z.string().nullable(),
  lastProgressAt: z.string().nullable(),
  createdAt: z.string(),
  allowedActions: z.array(z.string()),
});

export const progressEntry = z.object({
  id: z.number(),
  note: z.string(),
  statusAfter: z.enum(FOLLOWUP_STATUSES),
  by: z.string(),
  byOffice: z.boolean(),
  createdAt: z.string(),
});

export const followupDetail = followupItem.extend({ progress: z.array(progressEntry) });

export const followupList = paged(followupItem);

/** A meeting's follow-ups, and whether the viewer may add more. */
export const meetingFollowups = z.object({ items: z.array(followupItem), allowedActions: z.array(z.string()) });

export const listFollowupsQuery = z.object({
  /** org: the office's list of the organisation's follow-ups; mine: those the viewer (or his unit) owns. */
  scope: single(z.enum(['org', 'mine'])).default('mine'),
  status: single(z.enum([...FOLLOWUP_STATUSES, 'open_all'])).optional(),
  overdue: single(z.enum(['1', '0'])).optional(),
  meetingId: single(z.coerce.number().int().positive()).optional(),
  ...pageQuery,
});
export type ListFollowups = z.infer<typeof listFollowupsQuery>;

export const followupParams = idParam;

/** Who may own a follow-up of the organisation: its active handling units and accounts. */
export const ownerChoices = z.object({
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  users: z.array(z.object({ id: z.number(), name: z.string(), roles: z.array(z.string()) })),
});
