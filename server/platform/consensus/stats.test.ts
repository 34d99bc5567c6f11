import { describe, expect, it } from 'vitest';
import { propTest, shareStats, significant90, twoPropTest } from './stats.js';

describe('vote share tests', () => {
  it('scores a clear majority as significant and an even split as not', () => {
    // 2·√11·(9/11 − 0.5) = 2.110…
    expect(propTest(8, 10)).toBeCloseTo(2.1106, 3);
    expect(significant90(propTest(8, 10))).toBe(true);
    expect(significant90(propTest(5, 10))).toBe(false);
  });

  it('compares a group with the rest', () => {
    // p̂ = 12/22 = 6/11; (9/11 − 3/11) / √(6/11 · 5/11 · 2/11) = 2.5690…
    expect(twoPropTest(8, 2, 10, 10)).toBeCloseTo(2.569, 3);
    expect(twoPropTest(2, 8, 10, 10)).toBeCloseTo(-2.569, 3);
    expect(twoPropTest(10, 10, 10, 10)).toBe(0);
  });

  it('smooths the shares by one', () => {
    expect(shareStats({ na: 3, nd: 1, ns: 6 })).toMatchObject({ pa: 0.5, pd: 0.25 });
  });
});
