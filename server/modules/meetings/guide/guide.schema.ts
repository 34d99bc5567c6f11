// Requests and responses of the plenary guide.
import { z } from 'zod';
import { REPLIES } from '../../../db/tables/meetings.js';
import { fileSummary } from '../../../platform/files/files.routes.js';
import { dateString, single, text } from '../../../platform/http/schemas.js';
import { instant } from '../core/meetings.schema.js';
import { TIME_OF_DAY } from './guide.model.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const timeOfDay = z.string().regex(TIME_OF_DAY, '时间格式应为 HH:MM');
const optionalText = (max: number) => text(max).nullable().optional();

export const itemParams = z.object({ id, itemId: id });
export const groupParams = z.object({ id, groupId: id });
export const memberParams = z.object({ id, memberId: id });

export const guideBody = z.object({
  /** General notes for every invitee: registration, what to bring, the office's contacts. */
  notes: optionalText(2000),
  /** Uploaded files (POST /api/files?purpose=document) to keep attached: the full list. */
  fileIds: z.array(z.string().uuid()).max(20).optional(),
});

export const agendaBody = z.object({
  day: dateString,
  startTime: timeOfDay,
  endTime: timeOfDay.nullable().optional(),
  title: text(100, 2),
  place: optionalText(100),
  session: optionalText(50),
  /** A group discussion: each member meets in his own group's room. */
  byGroup: z.boolean().optional(),
});

export const groupBody = z.object({
  name: text(30, 1),
  room: optionalText(60),
  convener: optionalText(60),
});

export const bulkAssignBody = z
  .object({
    /** The group to put them in; null takes them out of their group. */
    groupId: id.nullable(),
    memberIds: z.array(id).min(1).max(2000).optional(),
    committeeId: id.optional(),
    sectorId: id.optional(),
  })
  .refine((b) => [b.memberIds, b.committeeId, b.sectorId].filter((x) => x !== undefined).length === 1, {
    message: '请指定委员、专委会或界别中的一项',
    path: ['memberIds'],
  });

const lodging = z.object({
  hotel: text(60, 1),
  room: optionalText(20),
  checkInOn: dateString.nullable().optional(),
  checkOutOn: dateString.nullable().optional(),
});
const transport = z.object({
  vehicle: text(30, 1),
  pickupPoint: optionalText(60),
  pickupAt: instant.nullable().optional(),
});

/** A member's own part; a field left out stays as it is, null clears it. */
export const memberBody = z.object({
  groupId: id.nullable().optional(),
  seat: optionalText(20),
  lodging: lodging.nullable().optional(),
  transport: transport.nullable().optional(),
});

export const rosterQuery = z.object({
  missing: single(z.enum(['group', 'seat', 'lodging']).optional()),
  groupId: single(id.optional()),
});

const lodgingOut = z.object({
  hotel: z.string(),
  room: z.string().nullable(),
  checkInOn: z.string().nullable(),
  checkOutOn: z.string().nullable(),
});
const transportOut = z.object({
  vehicle: z.string(),
  pickupPoint: z.string().nullable(),
  pickupAt: z.string().nullable(),
});

export const agendaItem = z
  .object({
    id: z.number(),
    day: z.string(),
    startTime: z.string(),
    endTime: z.string().nullable(),
    title: z.string(),
    place: z.string().nullable(),
    session: z.string().nullable(),
    byGroup: z.boolean(),
  })
  .meta({ id: 'GuideAgendaItem' });

export const guideGroup = z
  .object({
    id: z.number(),
    name: z.string(),
    room: z.string().nullable(),
    convener: z.string().nullable(),
    memberCount: z.number(),
  })
  .meta({ id: 'GuideGroup' });

export const guide = z
  .object({
    enabled: z.boolean(),
    notes: z.string().nullable(),
    agenda: z.array(agendaItem),
    groups: z.array(guideGroup),
    documents: z.array(fileSummary),
  })
  .meta({ id: 'MeetingGuide' });

export const rosterEntry = z.object({
  memberId: z.number(),
  name: z.string(),
  sector: z.string().nullable(),
  committee: z.string().nullable(),
  reply: z.enum(REPLIES),
  /** Not declined, withdrawn or on approved leave: counted in the overview. */
  coming: z.boolean(),
  groupId: z.number().nullable(),
  groupName: z.string().nullable(),
  seat: z.string().nullable(),
  lodging: lodgingOut.nullable(),
  transport: transportOut.nullable(),
});

export const roster = z
  .object({
    counts: z.object({
      invited: z.number(),
      expected: z.number(),
      noGroup: z.number(),
      noSeat: z.number(),
      noLodging: z.number(),
    }),
    items: z.array(rosterEntry),
  })
  .meta({ id: 'GuideRoster' });

export const bulkResult = z.object({ assigned: z.number(), skipped: z.number() });

export const myGuide = z
  .object({
    enabled: z.boolean(),
    /** Today on China's calendar, by the server's clock: the phone shows today's and later items. */
    today: z.string(),
    meeting: z.object({
      id: z.number(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      venue: z.string().nullable(),
    }),
    notes: z.string().nullable(),
    /** Every item; a group discussion's place is the member's own group's room. */
    agenda: z.array(agendaItem),
    group: z
      .object({
        id: z.number(),
        name: z.string(),
        room: z.string().nullable(),
        convener: z.string().nullable(),
        members: z.array(z.string()),
      })
      .nullable(),
    seat: z.string().nullable(),
    lodging: lodgingOut.nullable(),
    transport: transportOut.nullable(),
    documents: z.array(fileSummary),
  })
  .meta({ id: 'MyMeetingGuide' });

export type GuideBody = z.infer<typeof guideBody>;
export type AgendaBody = z.infer<typeof agendaBody>;
export type GroupBody = z.infer<typeof groupBody>;
export type BulkAssignBody = z.infer<typeof bulkAssignBody>;
export type MemberBody = z.infer<typeof memberBody>;
export type RosterQuery = z.infer<typeof rosterQuery>;
