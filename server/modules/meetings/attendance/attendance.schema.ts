// Requests and responses of check-in.
import { z } from 'zod';
import { ATTENDANCE_STATES, CHECKIN_WAYS } from '../../../db/tables/meetings.js';

export const checkinCode = z.object({ code: z.string(), expiresAt: z.string(), windowSeconds: z.number() });

export const checkinBody = z
  .object({
    code: z.string().min(1).max(64),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    accuracyM: z.number().min(0).max(100000).optional(),
  })
  .refine((b) => (b.lat === undefined) === (b.lng === undefined), { message: '经纬度应同时提供', path: ['lng'] });

export const checkinResult = z.object({
  checkedInAt: z.string(),
  method: z.enum(CHECKIN_WAYS),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
  distanceM: z.number().nullable(),
});

/** Optional: a request without a body checks in at the door. */
export const manualCheckinBody = z
  .object({
    /** Attending online (a hybrid meeting), not at the door. */
    remote: z.boolean().optional(),
  })
  .nullish();

/** The member's own code for one meeting (我的签到码), shown as a QR on his phone. */
export const personalCodeResult = checkinCode.extend({
  meetingId: z.number(),
  title: z.string(),
  /** False when he is not invited: the scan records him as a walk-in. */
  invited: z.boolean(),
});

export const scanBody = z.object({ code: z.string().trim().min(1, '请扫描或粘贴签到码').max(200) });

export const scanResult = z.object({
  invitationId: z.number(),
  memberId: z.number(),
  name: z.string(),
  checkedInAt: z.string(),
  method: z.enum(CHECKIN_WAYS),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
  walkIn: z.boolean(),
});
