// Requests and responses of invitations.
import { z } from 'zod';
import { ATTENDANCE_STATES, CHECKIN_WAYS, GUEST_KINDS, REPLIES } from '../../../db/tables/meetings.js';
import { pageQuery, paged, single, text } from '../../../platform/http/schemas.js';
import { PARTIES } from '../../members/index.js';

const ids = z.array(z.number().int().positive()).max(50000);
const partyCodes = Object.keys(PARTIES) as [keyof typeof PARTIES, ...(keyof typeof PARTIES)[]];

/** The parts of an audience (notices add county offices to them). */
export const audienceFields = z.object({
  all: z.boolean().optional(),
  memberIds: ids.optional(),
  committeeIds: ids.max(200).optional(),
  sectorIds: ids.max(200).optional(),
  groupIds: ids.max(500).optional(),
  parties: z.array(z.enum(partyCodes)).max(20).optional(),
  /** Only the new members (joined this term) among those named; alone, every new member. */
  newOnly: z.boolean().optional(),
  /** The members of these organisations (the meeting's own when not given; a county's through its id). */
  orgIds: ids.max(200).optional(),
});

/** Whether an audience names any member. */
export const namesMembers = (a: z.infer<typeof audienceFields>) =>
  !!a.all ||
  !!a.newOnly ||
  [a.memberIds, a.committeeIds, a.sectorIds, a.groupIds, a.parties].some((v) => v && v.length > 0);

export const audience = audienceFields.refine(namesMembers, '请选择邀请对象');

export const inviteBody = z.object({ audience });
export const inviteResult = z.object({ added: z.number(), alreadyInvited: z.number() });

export const leaveBody = z.object({ reason: text(500, 2) });
export const leaveDecisionBody = z.object({ approve: z.boolean(), note: text(500).optional() });
export const invitationParams = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  invitationId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

export const invitation = z.object({
  id: z.number(),
  memberId: z.number().nullable(),
  name: z.string(),
  /** Set for a guest (no member record): expert, grassroots, unit, public or other. */
  guestKind: z.enum(GUEST_KINDS).nullable(),
  affiliation: z.string().nullable(),
  source: z.string(),
  reply: z.enum(REPLIES),
  repliedAt: z.string().nullable(),
  leaveReason: z.string().nullable(),
  leaveNote: z.string().nullable(),
  leaveDecidedAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  checkinMethod: z.enum(CHECKIN_WAYS).nullable(),
  attendance: z.enum(ATTENDANCE_STATES).nullable(),
});
export type Invitation = z.infer<typeof invitation>;

export const invitationList = paged(invitation);
export const invitationListQuery = z.object({
  reply: single(z.enum(REPLIES).optional()),
  page: single(pageQuery.page),
  pageSize: single(pageQuery.pageSize),
});

/** The invitee's own invitation after a reply. */
export const myInvitation = z.object({
  reply: z.enum(REPLIES),
  repliedAt: z.string().nullable(),
  leaveReason: z.string().nullable(),
  leaveNote: z.string().nullable(),
});
