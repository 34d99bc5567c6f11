// Requests and responses of the field visits: a member's list of what to visit, a visit as the
// phone sends it, and a visit as the office and the member read it.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const visitBody = z.object({
  /** Made on the phone when the visit is started: a resend finds the visit instead of doubling it. */
  clientId: z.string().uuid(),
  campaignId: id,
  objectId: id,
  visitedAt: z.iso.datetime({ offset: true }),
  interviewee: text(80, 1),
  interviewNotes: text(4000, 1),
  scores: z
    .array(z.object({ criterionId: id, score: z.number().min(0).max(100) }))
    .min(1)
    .max(20),
  comment: text(4000),
  photoIds: z.array(z.string().uuid()).max(12),
});
export type VisitBody = z.infer<typeof visitBody>;

const evidence = z.object({
  status: z.enum(['ok', 'flagged']),
  reasons: z.array(z.string()),
});

export const photo = z.object({
  fileId: z.string(),
  takenAt: z.string().nullable().describe("EXIF time: the camera's wall clock, no zone (2026-05-10T09:00:00)"),
  distanceMetres: z.number().nullable(),
  inAlbum: z.boolean(),
});

export const visit = z.object({
  id: z.number(),
  clientId: z.string(),
  campaignId: z.number(),
  objectId: z.number(),
  objectName: z.string(),
  memberId: z.number(),
  memberName: z.string(),
  visitedAt: z.string(),
  receivedAt: z.string(),
  interviewee: z.string(),
  interviewNotes: z.string(),
  comment: z.string(),
  score: z.number(),
  scores: z.array(z.object({ criterionId: z.number(), score: z.number() })),
  evidence,
  photos: z.array(photo),
});

export const myAssignments = z.object({
  items: z.array(
    z.object({
      campaign: z.object({
        id: z.number(),
        title: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        criteria: z.array(
          z.object({
            id: z.number(),
            name: z.string(),
            weight: z.number(),
            maxScore: z.number(),
            guide: z.string().nullable(),
          }),
        ),
      }),
      objects: z.array(
        z.object({
          assignmentId: z.number(),
          objectId: z.number(),
          name: z.string(),
          address: z.string().nullable(),
          district: z.string().nullable(),
          category: z.string().nullable(),
          lat: z.number().nullable(),
          lon: z.number().nullable(),
          order: z.number(),
          visited: z.boolean(),
        }),
      ),
    }),
  ),
});

export const visitListQuery = z.object({
  objectId: id.optional(),
  flagged: z.enum(['1', '0']).optional(),
});
export const visitList = z.array(visit.omit({ photos: true, scores: true }).extend({ photos: z.number() }));
