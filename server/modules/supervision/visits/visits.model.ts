// A visit's score and the evidence its photos give. The score is the weighted mean of the
// criteria, each taken as a share of its maximum, on a 0–100 scale. The evidence check never
// refuses a visit: a visit whose photos do not show it was made on site in the period is
// flagged for the office to look at (a phone may strip EXIF, a park's gate may be far from
// its registered point).

export interface Criterion {
  id: number;
  weight: number;
  maxScore: number;
}

export function weightedScore(criteria: readonly Criterion[], scores: ReadonlyMap<number, number>): number {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (total === 0) return 0;
  const sum = criteria.reduce((s, c) => s + (c.weight * (scores.get(c.id) ?? 0)) / c.maxScore, 0);
  return Math.round((sum / total) * 1000) / 10;
}

/** Metres between two points on the earth (haversine; good to a metre at a park's scale). */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** A photo farther than this from the object's registered point does not place the visit on site. */
export const NEAR_METRES = 1000;

export type EvidenceReason = 'no_photo' | 'no_time' | 'outside_period' | 'no_position' | 'far_from_object';

export interface PhotoEvidence {
  /**
   * From EXIF: the camera's own wall clock with no zone (2026-05-10T09:00:00), so the first ten
   * characters are the day the phone showed, compared with the period's China days as they are.
   */
  takenAt: string | null;
  /** From EXIF GPS. */
  position: { lat: number; lon: number } | null;
}

/**
 * The reasons to flag a visit, from its photos: the visit counts as shown on site when at least
 * one photo was taken on a day of the campaign's period (YYYY-MM-DD, both ends included) and,
 * when the object has a position, at least one photo was taken near it.
 */
export function evidenceOf(
  photos: readonly PhotoEvidence[],
  period: { startsOn: string; endsOn: string },
  object: { lat: number | null; lon: number | null },
): { reasons: EvidenceReason[]; distances: (number | null)[] } {
  const distances = photos.map((p) =>
    p.position && object.lat !== null && object.lon !== null
      ? distanceMetres(p.position, { lat: object.lat, lon: object.lon })
      : null,
  );
  if (photos.length === 0) return { reasons: ['no_photo'], distances };
  const reasons: EvidenceReason[] = [];
  const times = photos.map((p) => p.takenAt).filter((t): t is string => t !== null);
  if (times.length === 0) reasons.push('no_time');
  else if (!times.some((t) => t.slice(0, 10) >= period.startsOn && t.slice(0, 10) <= period.endsOn))
    reasons.push('outside_period');
  if (object.lat !== null && object.lon !== null) {
    if (photos.every((p) => p.position === null)) reasons.push('no_position');
    else if (!distances.some((d) => d !== null && d <= NEAR_METRES)) reasons.push('far_from_object');
  }
  return { reasons, distances };
}
