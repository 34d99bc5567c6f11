// Requests and responses of meeting kinds.
import { z } from 'zod';
import {
  ATTENDANCE_MODES,
  CHECKIN_METHODS,
  COUNTS_AS,
  MEETING_CATEGORIES,
  STUDY_KINDS,
} from '../../../db/tables/meetings.js';
import { text } from '../../../platform/http/schemas.js';

export const defaultAudience = z.object({ all: z.boolean().optional(), committeeOfOrganiser: z.boolean().optional() });

export const meetingKind = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category: z.enum(MEETING_CATEGORIES),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  countsAs: z.enum(COUNTS_AS).nullable(),
  studyKind: z.enum(STUDY_KINDS).nullable(),
  checkinMethod: z.enum(CHECKIN_METHODS),
  defaultAudience,
  allowsDecline: z.boolean(),
  questionsEnabled: z.boolean(),
  lateGraceMinutes: z.number(),
  sortOrder: z.number(),
  active: z.boolean(),
});
export type MeetingKind = z.infer<typeof meetingKind>;

const editable = {
  name: text(40, 1),
  attendanceMode: z.enum(ATTENDANCE_MODES),
  countsAs: z.enum(COUNTS_AS).nullable(),
  studyKind: z.enum(STUDY_KINDS).nullable(),
  checkinMethod: z.enum(CHECKIN_METHODS),
  defaultAudience,
  allowsDecline: z.boolean(),
  questionsEnabled: z.boolean(),
  lateGraceMinutes: z.number().int().min(0).max(120),
  sortOrder: z.number().int().min(0).max(9999),
};

export const createKindBody = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, '代码为 2–40 个小写字母、数字或下划线，以字母开头'),
  category: z.enum(MEETING_CATEGORIES),
  ...editable,
  attendanceMode: editable.attendanceMode.default('required'),
  countsAs: editable.countsAs.default(null),
  studyKind: editable.studyKind.default(null),
  checkinMethod: editable.checkinMethod.default('qr'),
  defaultAudience: defaultAudience.default({}),
  allowsDecline: z.boolean().default(false),
  questionsEnabled: z.boolean().default(false),
  lateGraceMinutes: editable.lateGraceMinutes.default(10),
  sortOrder: editable.sortOrder.default(1000),
});

export const updateKindBody = z
  .object({ ...editable, active: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, '至少修改一项');
