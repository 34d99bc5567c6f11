// Requests and responses of the learning record (学习档案).
import { z } from 'zod';
import { ATTENDANCE_STATES, COUNTS_AS, STUDY_KINDS } from '../../../db/tables/meetings.js';
import { MATERIAL_KINDS } from '../../../db/tables/study-materials.js';
import { single } from '../../../platform/http/schemas.js';

export const recordQuery = z.object({
  /** The calendar year (China time); this year when absent. */
  year: single(z.coerce.number().int().min(2000).max(2100).optional()),
});

export const learningRecord = z.object({
  member: z.object({ id: z.number(), name: z.string() }),
  year: z.number(),
  totals: z.object({
    sessions: z.number(),
    /** Hours of the sessions attended, from each meeting's start and end. */
    hours: z.number(),
    materials: z.number(),
    /** Visible minutes on the reading pages of the materials finished. */
    readingMinutes: z.number(),
    reflections: z.number(),
  }),
  sessions: z.array(
    z.object({
      meetingId: z.number(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      countsAs: z.enum(COUNTS_AS),
      studyKind: z.enum(STUDY_KINDS).nullable(),
      attendance: z.enum(ATTENDANCE_STATES),
      hours: z.number(),
    }),
  ),
  materials: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(MATERIAL_KINDS),
      title: z.string(),
      minutes: z.number(),
      finishedAt: z.string().nullable(),
      seconds: z.number(),
      reflection: z.string().nullable(),
      reflectedAt: z.string().nullable(),
    }),
  ),
});
