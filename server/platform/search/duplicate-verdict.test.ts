// The parts of the likely-duplicate comparison: asks, figures and names taken out of a text,
// and the verdict with its reasons on small texts written for this test.
import { describe, expect, it } from 'vitest';
import { figuresOf, namesOf, parseText, sameFigure, splitAsks } from './duplicate-text.js';
import { ParsedTextCache } from './duplicate-cache.js';
import { compareTexts, probabilityOf, verdictOf, type DuplicateModel } from './duplicate-verdict.js';
import { cutTagged } from './tokenizer.js';

const ORIGINAL = {
  title: '关于在清源区推行社区食堂助餐服务的建议',
  reasons:
    '清源区60岁以上老人约8.6万人，其中独居和空巢老人占四成，吃饭难是他们最常说的困难。现有老年助餐点只有23个，大多设在街道办事处附近，离不少小区步行超过15分钟。',
  suggestions:
    '一、按照步行15分钟的服务半径，在清源区新建社区食堂40个，优先利用闲置的社区用房。\n二、对70岁以上老人每餐补贴3元，对失能和低保老人每餐补贴5元。\n三、引入餐饮企业连锁运营，由区市场监管局按季度抽检食品安全。\n四、为行动不便的老人提供送餐上门服务。',
};
/** The same asks in another member's words, figures rounded, one ask dropped. */
const REWORDED = {
  title: '让老年人在家门口吃上热饭的建议',
  reasons:
    '据了解，清源区六十岁以上的老人有8.5万多，四成左右是独居或空巢。全区助餐点才二十多个，很多老人走过去要一刻钟以上，腿脚不便的干脆不去了。',
  suggestions:
    '1.以步行一刻钟为半径，在清源区再建约40家社区食堂，尽量用社区闲置房屋。2.给70岁以上老人每餐补3块钱，失能、低保老人每餐补5块钱。3.对不方便出门的老人送餐上门。',
};
/** The same subject and place, another ask: training and pay of the canteens' cooks. */
const RELATED = {
  title: '关于提高社区食堂从业人员待遇的建议',
  reasons:
    '清源区社区食堂和老年助餐点的厨师、帮厨流动很快，月工资普遍不到三千元，没有社保的占一半，很多食堂因为招不到人只能减少供餐天数。',
  suggestions:
    '一、将社区食堂厨师纳入公益性岗位补贴范围。二、由区人社局每年组织两期老年膳食营养培训，考核合格发证。三、对连续服务满三年的从业人员给予一次性奖励。',
};
const idf = () => 2;

describe('the likely-duplicate comparison', () => {
  it('splits suggestions into asks at every usual numbering, not inside a figure', () => {
    expect(splitAsks('一是加大投入，提高到2.5万元；二是完善考核制度。三是加强考核评估。')).toEqual([
      '加大投入，提高到2.5万元',
      '完善考核制度。',
      '加强考核评估。',
    ]);
    expect(splitAsks('（一）建立预警机制。（二）制定时间表。')).toEqual(['建立预警机制。', '制定时间表。']);
    expect(splitAsks('1. 开展普查建档。\n2、明确维护主体。')).toEqual(['开展普查建档。', '明确维护主体。']);
    expect(splitAsks('建议尽快出台管理办法')).toEqual(['建议尽快出台管理办法']);
    expect(splitAsks('一、三年内新建学校12所。\n二、2027年前消除大班额。')).toEqual([
      '三年内新建学校12所。',
      '2027年前消除大班额。',
    ]);
    expect(splitAsks('  ')).toEqual([]);
  });

  it('reads figures with their units, leaving out years and small bare counts', () => {
    expect(figuresOf('2025年全市有3.2万人，31,864人次，占41%，共7天，投入1.5亿元，2024底')).toEqual([
      { text: '3.2万', value: 32000 },
      { text: '31864', value: 31864 },
      { text: '41%', value: 41 },
      { text: '1.5亿', value: 150_000_000 },
    ]);
    expect(sameFigure(32000, 31864)).toBe(true);
    expect(sameFigure(40, 45)).toBe(false);
  });

  it('finds places and named bodies, not common nouns', () => {
    const names = namesOf(cutTagged('清源区东湖小学、江北新区和市体育局，周边热门学校和居住区'));
    expect(names).toContain('清源区');
    expect(names).toContain('东湖小学');
    expect(names).toContain('江北新区');
    expect(names).not.toContain('热门学校');
    expect(names).not.toContain('居住区');
  });

  it('marks the reworded copy a duplicate, with the asks, figures and place that coincide', () => {
    const c = compareTexts(REWORDED, ORIGINAL, idf);
    expect(c.verdict).toBe('duplicate');
    expect(c.probability).toBeGreaterThan(0.5);
    const asks = c.reasons.filter((r) => r.kind === 'ask');
    expect(asks.length).toBeGreaterThanOrEqual(2);
    expect(asks[0]).toMatchObject({ ask: expect.any(String), matched: expect.any(String) });
    expect(c.reasons).toContainEqual({ kind: 'figure', figure: '8.5万', matched: '8.6万' });
    expect(c.reasons).toContainEqual({ kind: 'name', name: '清源区' });
  });

  it('marks the same subject with other asks related, and unrelated texts nothing', () => {
    const related = compareTexts(RELATED, ORIGINAL, idf);
    expect(related.verdict).toBe('related');
    expect(related.probability).toBeLessThan(0.2);
    const none = compareTexts(
      { title: '关于规范共享单车停放的建议', suggestions: '一、划定电子围栏停放区。二、按需核定投放总量。' },
      ORIGINAL,
      idf,
    );
    expect(none).toMatchObject({ verdict: null, reasons: [] });
    expect(compareTexts({ title: '', suggestions: '' }, ORIGINAL, idf).verdict).toBeNull();
  });

  it('applies the model as committed: standardised features, threshold, related cut', () => {
    const model: DuplicateModel = {
      features: ['a', 'b'],
      mean: [1, 0],
      scale: [2, 1],
      weights: [2, -1],
      bias: 0.5,
      threshold: 0.6,
      relatedCut: 0.2,
    };
    // z = 0.5 + 2 * (3 - 1) / 2 - 1 * 1 = 1.5
    expect(probabilityOf([3, 1], model)).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 12);
    expect(verdictOf(0.6, 0, model)).toBe('duplicate');
    expect(verdictOf(0.59, 0.2, model)).toBe('related');
    expect(verdictOf(0.59, 0.19, model)).toBeNull();
  });

  it('keeps parsed texts by id and text hash, the least recently used going first', () => {
    const cache = new ParsedTextCache(2);
    const a = cache.parse(1, 'h1', ORIGINAL);
    expect(a).toEqual(parseText(ORIGINAL));
    cache.parse(2, 'h2', RELATED);
    expect(cache.get(1, 'h1')).toBe(a);
    expect(cache.get(1, 'other')).toBeUndefined();
    cache.parse(3, 'h3', REWORDED);
    expect(cache.get(2, 'h2')).toBeUndefined();
    expect(cache.get(1, 'h1')).toBe(a);
    cache.parse(4, null, REWORDED);
    expect(cache.size).toBe(2);
  });
});
