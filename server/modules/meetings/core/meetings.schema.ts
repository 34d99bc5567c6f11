// Requests and responses of the meeting itself.
import { z } from 'zod';
import {
  ATTENDANCE_MODES,
  ATTENDANCE_STATES,
  CHECKIN_WAYS,
  MEETING_CATEGORIES,
  MEETING_STATUSES,
  REPLIES,
} from '../../../db/tables/meetings.js';
import { pageQuery, paged, single, text } from '../../../platform/http/schemas.js';

/** An instant with its offset (2027-03-02T09:00:00+08:00), stored and answered in UTC. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, '时间格式应为 ISO 8601，并带时区')
  .refine((s) => !Number.isNaN(Date.parse(s)), '时间无效')
  .transform((s) => new Date(s).toISOString());

const coordinates = {
  venueLat: z.number().min(-90).max(90).nullable(),
  venueLng: z.number().min(-180).max(180).nullable(),
  checkinRadiusM: z.number().int().min(20).max(5000).nullable(),
};

const fields = {
  title: text(120, 2),
  description: text(4000).nullable(),
  startsAt: instant,
  endsAt: instant,
  venue: text(120).nullable(),
  ...coordinates,
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  replyDeadline: instant.nullable(),
  capacity: z.number().int().min(1).max(100000).nullable(),
  questionsEnabled: z.boolean(),
};

const ordered = (b: { startsAt?: string; endsAt?: string; replyDeadline?: string | null }) =>
  !b.startsAt || !b.endsAt || b.endsAt > b.startsAt;

export const createMeetingBody = z
  .object({
    kindId: z.number().int().positive(),
    parentId: z.number().int().positive().optional(),
    ...fields,
    description: fields.description.default(null),
    venue: fields.venue.default(null),
    venueLat: coordinates.venueLat.default(null),
    venueLng: coordinates.venueLng.default(null),
    checkinRadiusM: coordinates.checkinRadiusM.default(null),
    onlineUrl: fields.onlineUrl.default(null),
    /** The kind's mode when not given. */
    attendanceMode: fields.attendanceMode.optional(),
    replyDeadline: fields.replyDeadline.default(null),
    capacity: fields.capacity.default(null),
    questionsEnabled: z.boolean().optional(),
  })
  .refine(ordered, { message: '结束时间应晚于开始时间', path: ['endsAt'] })
  .refine((b) => !b.replyDeadline || b.replyDeadline <= b.startsAt, {
    message: '报名（回复）截止时间不能晚于开始时间',
    path: ['replyDeadline'],
  })
  .refine((b) => (b.venueLat === null) === (b.venueLng === null), {
    message: '经纬度应同时填写',
    path: ['venueLng'],
  });
export type CreateMeeting = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项')
  .refine(ordered, { message: '结束时间应晚于开始时间', path: ['endsAt'] });
export type UpdateMeeting = z.infer<typeof updateMeetingBody>;

export const cancelMeetingBody = z.object({ reason: text(500, 2) });

const kindRef = z.object({ id: z.number(), code: z.string(), name: z.string(), category: z.enum(MEETING_CATEGORIES) });

export const meetingSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  parentId: z.number().nullable(),
  kind: kindRef,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  replyDeadline: z.string().nullable(),
  /** The viewer's own reply, in "my meetings"; null in the organisation's list. */
  myReply: z.enum(REPLIES).nullable(),
});

export const meetingDetail = meetingSummary.extend({
  description: z.string().nullable(),
  venueLat: z.number().nullable(),
  venueLng: z.number().nullable(),
  checkinRadiusM: z.number().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().nullable(),
  questionsEnabled: z.boolean(),
  cancelReason: z.string().nullable(),
  version: z.number(),
  publishedAt: z.string().nullable(),
  /** The viewer's own check-in and state (absent once ended with none); null when not invited. */
  myAttendance: z
    .object({
      checkedInAt: z.string().nullable(),
      checkedOutAt: z.string().nullable(),
      method: z.enum(CHECKIN_WAYS).nullable(),
      state: z.enum(ATTENDANCE_STATES).nullable(),
    })
    .nullable(),
  /** When the office closed attendance (every state stored); null before. */
  attendanceClosedAt: z.string().nullable(),
  /** How many invitees gave each reply (the office and leaders; null for an invitee). */
  replies: z.record(z.enum(REPLIES), z.number()).nullable(),
  allowedActions: z.array(z.string()),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const listMeetingsQuery = z.object({
  /** org: the organisation's meetings (office, leaders); mine: the meetings the viewer is invited to. */
  scope: single(z.enum(['org', 'mine']).default('mine')),
  from: single(instant.optional()),
  to: single(instant.optional()),
  status: single(z.enum(MEETING_STATUSES).optional()),
  kindId: single(z.coerce.number().int().positive().optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});
export const meetingList = paged(meetingSummary);
