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
