// Requests and responses of the review and the album.
import { z } from 'zod';
import { text } from '../../../platform/http/schemas.js';

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const objectParams = z.object({ id, objectId: id });

const figures = {
  visits: z.number(),
  score: z.number().nullable(),
  spread: z.number().nullable(),
};

const criterionMeans = z.array(z.object({ criterionId: z.number(), mean: z.number() }));
const criteriaList = z.array(z.object({ id: z.number(), name: z.string(), weight: z.number() }));

export const overview = z.object({
  /** The review steps the reader may take now (writeEvalReview, chooseAlbumPhotos, buildEvalAlbum, feedUnitScores). */
  allowedActions: z.array(z.string()),
  criteria: criteriaList,
  objects: z.array(
    z.object({
      objectId: z.number(),
      name: z.string(),
      district: z.string().nullable(),
      category: z.string().nullable(),
      address: z.string().nullable(),
      rank: z.number().nullable(),
      flagged: z.number(),
      criteria: criterionMeans,
      reviewed: z.boolean(),
      ...figures,
    }),
  ),
  distribution: z.array(z.object({ band: z.string(), objects: z.number() })),
  totals: z.object({
    objects: z.number(),
    visited: z.number(),
    visits: z.number(),
    reviewed: z.number(),
    /** Visits whose photos lack the time or place evidence. */
    flagged: z.number(),
    photos: z.number(),
    /** Members who made at least one visit. */
    members: z.number(),
  }),
});

/** The album's printable page: what the .docx holds, photos as file ids. */
export const albumContents = z.object({
  summary: z.object({ objects: z.number(), visits: z.number(), photos: z.number(), members: z.number() }),
  criteria: criteriaList,
  objects: z.array(
    z.object({
      objectId: z.number(),
      name: z.string(),
      address: z.string().nullable(),
      district: z.string().nullable(),
      category: z.string().nullable(),
      rank: z.number(),
      score: z.number(),
      spread: z.number(),
      visits: z.number(),
      criteria: criterionMeans,
      review: z.string().nullable(),
      photos: z.array(z.string()),
    }),
  ),
});

export const objectReview = z.object({
  objectId: z.number(),
  name: z.string(),
  address: z.string().nullable(),
  district: z.string().nullable(),
  category: z.string().nullable(),
  responsibleUnit: z.string().nullable(),
  responsibleUnitId: z.number().nullable(),
  ...figures,
  criteria: z.array(
    z.object({ criterionId: z.number(), name: z.string(), weight: z.number(), mean: z.number().nullable() }),
  ),
  review: z.object({ text: z.string(), updatedAt: z.string() }).nullable(),
  photos: z.array(
    z.object({
      fileId: z.string(),
      visitId: z.number(),
      memberName: z.string(),
      takenAt: z.string().nullable().describe("EXIF time: the camera's wall clock, no zone (2026-05-10T09:00:00)"),
      distanceMetres: z.number().nullable(),
      inAlbum: z.boolean(),
    }),
  ),
});

export const reviewBody = z.object({ text: text(4000, 1) });
export const reviewSaved = z.object({ text: z.string(), updatedAt: z.string() });
export const albumPhotosBody = z.object({ fileIds: z.array(z.string().uuid()).max(12) });
export const albumStatus = z.object({ fileId: z.string().nullable(), builtAt: z.string().nullable() });
