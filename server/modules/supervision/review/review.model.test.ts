import { describe, expect, it } from 'vitest';
import { distributionOf, figuresOf, rankingOf } from './review.model.js';

const v = (objectId: number, score: number, c1: number, c2: number) => ({
  objectId,
  score,
  criteria: new Map([
    [1, c1],
    [2, c2],
  ]),
});

describe('a campaign’s review figures', () => {
  const figures = figuresOf(
    [10, 20, 30, 40],
    [1, 2],
    [v(10, 80, 8, 8), v(10, 90, 9, 9), v(20, 85, 9, 8), v(30, 85, 8, 9)],
  );

  it('takes each object’s mean score and the members’ spread', () => {
    expect(figures[0]).toEqual({
      objectId: 10,
      visits: 2,
      score: 85,
      spread: 5,
      criteria: [
        { criterionId: 1, mean: 8.5 },
        { criterionId: 2, mean: 8.5 },
      ],
    });
    expect(figures[3]).toEqual({ objectId: 40, visits: 0, score: null, spread: null, criteria: [] });
  });

  it('ranks visited objects, equal scores sharing a rank', () => {
    expect(rankingOf(figures)).toEqual([
      { objectId: 10, rank: 1 },
      { objectId: 20, rank: 1 },
      { objectId: 30, rank: 1 },
    ]);
    const spread = figuresOf([1, 2, 3], [], [v(1, 70, 0, 0), v(2, 92, 0, 0), v(3, 70, 0, 0)]);
    expect(rankingOf(spread)).toEqual([
      { objectId: 2, rank: 1 },
      { objectId: 1, rank: 2 },
      { objectId: 3, rank: 2 },
    ]);
  });

  it('counts objects per score band', () => {
    const f = figuresOf([1, 2, 3, 4], [], [v(1, 95, 0, 0), v(2, 90, 0, 0), v(3, 59.9, 0, 0), v(4, 75, 0, 0)]);
    expect(distributionOf(f)).toEqual([
      { band: '90分以上', objects: 2 },
      { band: '80–90分', objects: 0 },
      { band: '70–80分', objects: 1 },
      { band: '60–70分', objects: 0 },
      { band: '60分以下', objects: 1 },
    ]);
  });
});
