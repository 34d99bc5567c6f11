// The figures of a campaign's review (pure): each object's score is the mean of its visits'
// weighted scores, with their spread (population standard deviation, in points) so the office
// sees where members disagree; the criteria's means likewise; the ranking orders the visited
// objects by score (ties share a rank); the distribution counts objects per score band.

export interface VisitScores {
  objectId: number;
  score: number;
  criteria: ReadonlyMap<number, number>;
}

export interface ObjectFigures {
  objectId: number;
  visits: number;
  score: number | null;
  spread: number | null;
  criteria: { criterionId: number; mean: number }[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function meanAndSpread(xs: readonly number[]): { mean: number; spread: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  return { mean: round1(mean), spread: round1(Math.sqrt(variance)) };
}

export function figuresOf(
  objectIds: readonly number[],
  criterionIds: readonly number[],
  visits: readonly VisitScores[],
): ObjectFigures[] {
  const by = new Map<number, VisitScores[]>();
  for (const v of visits) by.set(v.objectId, [...(by.get(v.objectId) ?? []), v]);
  return objectIds.map((objectId) => {
    const mine = by.get(objectId) ?? [];
    if (mine.length === 0) return { objectId, visits: 0, score: null, spread: null, criteria: [] };
    const { mean, spread } = meanAndSpread(mine.map((v) => v.score));
    return {
      objectId,
      visits: mine.length,
      score: mean,
      spread,
      criteria: criterionIds.map((criterionId) => ({
        criterionId,
        mean: meanAndSpread(mine.map((v) => v.criteria.get(criterionId) ?? 0)).mean,
      })),
    };
  });
}

/** Visited objects by score, best first; equal scores share a rank (1, 2, 2, 4). */
export function rankingOf(figures: readonly ObjectFigures[]): { objectId: number; rank: number }[] {
  const scored = figures.filter((f) => f.score !== null).sort((a, b) => b.score! - a.score! || a.objectId - b.objectId);
  return scored.map((f) => ({
    objectId: f.objectId,
    rank: scored.findIndex((g) => g.score === f.score) + 1,
  }));
}

export const SCORE_BANDS = [
  { label: '90分以上', min: 90 },
  { label: '80–90分', min: 80 },
  { label: '70–80分', min: 70 },
  { label: '60–70分', min: 60 },
  { label: '60分以下', min: 0 },
] as const;

export function distributionOf(figures: readonly ObjectFigures[]): { band: string; objects: number }[] {
  return SCORE_BANDS.map((b, i) => ({
    band: b.label,
    objects: figures.filter(
      (f) => f.score !== null && f.score >= b.min && (i === 0 || f.score < SCORE_BANDS[i - 1]!.min),
    ).length,
  }));
}
