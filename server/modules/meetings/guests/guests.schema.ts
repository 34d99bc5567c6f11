// Requests and responses of a meeting's guests (invitees without a member record).
import { z } from 'zod';
import { ATTENDANCE_STATES, CHECKIN_WAYS, GUEST_KINDS, REPLIES } from '../../../db/tables/meetings.js';
import { normalizePhone } from '../../../platform/crypto/personal-data.js';
import { text } from '../../../platform/http/schemas.js';

export const guestBody = z.object({
  name: text(40, 2),
  kind: z.enum(GUEST_KINDS, { message: '请选择嘉宾类别' }),
  /** Organisation and title as they should be read out, e.g. 市农科院研究员. */
  affiliation: text(100).optional(),
  /** The unit that sent him (open meetings with invited units). */
  unit: text(100).optional(),
  phone: text(30)
    .optional()
    .refine((p) => !p || normalizePhone(p) !== null, '请填写 11 位手机号码'),
});

export const guest = z.object({
  invitationId: z.number(),
  name: z.string(),
  kind: z.enum(GUEST_KINDS),
  affiliation: z.string().nullable(),
  unit: z.string().nullable(),
  /** Masked (138****1234): the full number is read one at a time, audited. */
  phone: z.string().nullable(),
  reply: z.enum(REPLIES),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
  checkedInAt: z.string().nullable(),
  checkinMethod: z.enum(CHECKIN_WAYS).nullable(),
  createdAt: z.string(),
});

export const guestList = z.object({ items: z.array(guest) });
export const guestPhone = z.object({ phone: z.string() });
