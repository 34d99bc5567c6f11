import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari.js';

describe('adjustedRandIndex', () => {
  it('matches a hand-computed example', () => {
    // Contingency table of a = [0,0,0,1,1,1] against b = [0,0,1,1,2,2]:
    //         b0 b1 b2
    //   a0     2  1  0
    //   a1     0  1  2
    // Σ C(nij,2) = 1 + 1 = 2; rows: C(3,2)+C(3,2) = 6; columns: 1+1+1 = 3; C(6,2) = 15.
    // expected = 6·3/15 = 1.2; max = (6+3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });

  it('is 1 for the same partition under other labels and symmetric', () => {
    expect(adjustedRandIndex([1, 1, 2, 2, 3], ['x', 'x', 'y', 'y', 'z'])).toBe(1);
    const a = [0, 1, 0, 1, 1, 0, 2, 2];
    const b = [1, 1, 0, 0, 1, 0, 2, 0];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
  });

  it('is negative when the agreement is worse than chance', () => {
    // Every pair together in a is apart in b: index 0 below its expectation.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow();
  });
});
