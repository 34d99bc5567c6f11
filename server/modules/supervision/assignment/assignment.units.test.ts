import { describe, expect, it } from 'vitest';
import { conflictIndex, normaliseUnit, unitsMatch } from './assignment.units.js';
import { seeded } from './assignment.test-helpers.js';

const DISTRICTS = ['东湖区', '西山区', '临江县'];
const match = (a: string, b: string) => unitsMatch(normaliseUnit(a, DISTRICTS), normaliseUnit(b, DISTRICTS));

describe('unit names', () => {
  it('folds width, case, spaces and punctuation, and sets the city or district aside', () => {
    expect(normaliseUnit(' 江临市 园林局（绿化处）', DISTRICTS)).toEqual({ core: '园林局绿化处', prefix: '江临市' });
    expect(normaliseUnit('ＡＢＣ科技有限公司')).toEqual({ core: 'abc科技有限公司', prefix: '' });
    expect(normaliseUnit('东湖区住建局', DISTRICTS)).toEqual({ core: '住建局', prefix: '东湖区' });
    // Too little would be left: the name stays whole.
    expect(normaliseUnit('江临市委')).toEqual({ core: '江临市委', prefix: '' });
    expect(normaliseUnit('东湖区', DISTRICTS)).toEqual({ core: '东湖区', prefix: '' });
  });

  it('matches the same unit written differently, and a unit inside a longer name', () => {
    expect(match('江临市园林局', '市园林局')).toBe(true);
    expect(match('江临市园林局', '园林局')).toBe(true);
    expect(match('人民公园', '人民公园管理处')).toBe(true);
    expect(match('江临市第一人民医院', '第一人民医院')).toBe(true);
    expect(match('ＸＹ物业公司', 'xy物业公司')).toBe(true);
  });

  it('does not match short generic names or the same office of another district', () => {
    expect(match('医院', '东湖区人民医院')).toBe(false);
    expect(match('东湖区住建局', '西山区住建局')).toBe(false);
    expect(match('人民公园', '滨江公园')).toBe(false);
    expect(match('', '人民公园')).toBe(false);
    expect(match('   ', '  ')).toBe(false);
  });

  it('the conflict index finds exactly the pairs a comparison of every pair finds', () => {
    const r = seeded(11);
    const parts = [
      '江临市',
      '东湖区',
      '西山区',
      '人民',
      '公园',
      '园林局',
      '管理处',
      '医院',
      '第一',
      '住建局',
      'Ａ',
      'a',
    ];
    const name = () => Array.from({ length: 1 + r.int(4) }, () => r.pick(parts)).join('');
    const targets = Array.from({ length: 120 }, () => [name(), name()]);
    const holders = Array.from({ length: 150 }, () => Array.from({ length: r.int(3) }, name));
    const index = conflictIndex(targets, holders, DISTRICTS);
    let found = 0;
    targets.forEach((names, t) => {
      const expected = holders
        .map((units, h) => (units.some((u) => names.some((x) => match(u, x))) ? h : -1))
        .filter((h) => h >= 0);
      expect([...index[t]].sort((a, b) => a - b)).toEqual(expected);
      found += expected.length;
    });
    expect(found).toBeGreaterThan(100); // the comparison is not vacuous
  });
});
