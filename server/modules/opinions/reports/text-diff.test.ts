// The tracked changes: Chinese text diffed by character, Latin words and numbers kept whole, and
// the spans always rebuilding both versions (checked on random edits too).
import { describe, expect, it } from 'vitest';
import { diffSize, diffText, tokens, type DiffSpan } from './text-diff.js';

const before = (s: DiffSpan[]) =>
  s
    .filter((x) => x.op !== 'insert')
    .map((x) => x.text)
    .join('');
const after = (s: DiffSpan[]) =>
  s
    .filter((x) => x.op !== 'delete')
    .map((x) => x.text)
    .join('');

function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

describe('report text diff', () => {
  it('cuts Chinese by character and keeps Latin words and numbers whole', () => {
    expect(tokens('2026年PM2.5浓度下降 12.5%')).toEqual([
      '2026',
      '年',
      'PM',
      '2.5',
      '浓',
      '度',
      '下',
      '降',
      ' ',
      '12.5%',
    ]);
  });

  it('marks a changed word of a Chinese sentence as one deletion and one insertion', () => {
    const spans = diffText('建议加快老旧小区改造进度。', '建议加快推进老旧小区加装电梯进度。');
    expect(spans).toEqual([
      { op: 'equal', text: '建议加快' },
      { op: 'insert', text: '推进' },
      { op: 'equal', text: '老旧小区' },
      { op: 'delete', text: '改造' },
      { op: 'insert', text: '加装电梯' },
      { op: 'equal', text: '进度。' },
    ]);
    expect(diffSize(spans)).toEqual({ inserted: 6, deleted: 2 });
  });

  it('replaces a number whole rather than digit by digit', () => {
    expect(diffText('共有2025户', '共有2026户')).toEqual([
      { op: 'equal', text: '共有' },
      { op: 'delete', text: '2025' },
      { op: 'insert', text: '2026' },
      { op: 'equal', text: '户' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffText('', '新增一段')).toEqual([{ op: 'insert', text: '新增一段' }]);
    expect(diffText('删去', '')).toEqual([{ op: 'delete', text: '删去' }]);
    expect(diffText('不变', '不变')).toEqual([{ op: 'equal', text: '不变' }]);
  });

  it('rebuilds both texts from the spans for random edits, with a minimal number of edited characters', () => {
    const alphabet =
      '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const text = (n: number) => Array.from({ length: n }, () => alphabet[rand(40)]).join('');
    for (let i = 0; i < 200; i++) {
      const a = text(rand(60));
      let b = a;
      for (let e = rand(5); e >= 0; e--) {
        const at = rand(b.length + 1);
        b = rand(2) ? b.slice(0, at) + text(rand(4)) + b.slice(at + rand(4)) : b.slice(0, at) + b.slice(at + 1);
      }
      const spans = diffText(a, b);
      expect(before(spans)).toBe(a);
      expect(after(spans)).toBe(b);
      // Minimal: what is kept equal is a longest common subsequence (checked by dynamic programming).
      const kept = spans.filter((s) => s.op === 'equal').reduce((n, s) => n + s.text.length, 0);
      expect(kept).toBe(lcs(a, b));
      // Each run alternates: no two neighbouring spans of the same kind.
      spans.forEach((s, j) => j && expect(s.op).not.toBe(spans[j - 1]!.op));
    }
  });
});
