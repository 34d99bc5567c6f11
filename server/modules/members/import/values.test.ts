import { describe, expect, it } from 'vitest';
import { partyFromLabel } from '../parties.js';
import { birthNumberText, normaliseEthnicity, parseBirthDate, sectorResolver, splitWorkUnit } from './values.js';

describe('cell values as committees write them', () => {
  it('reads birth dates to the day, and a roster’s 出生年月 to the month', () => {
    const read = (texts: string[]) => texts.map(parseBirthDate);
    expect(read(['1975-06-18', '1975/6/18', '1975.6.18', '19750618', '1975年6月18日', '1975.06.18'])).toEqual(
      Array(6).fill('1975-06-18'),
    );
    expect(
      read(['1968.05', '1968.5', '1968年5月', '1968年05月', '1968-05', '1968/5', '196805', '１９６８．０５']),
    ).toEqual(Array(8).fill('1968-05'));
    expect(read(['1968.13', '1968.00', '1975-02-30', '68.05', '1968', '五月', ''])).toEqual(Array(7).fill(null));
    // Excel keeps a typed 1968.10 as the number 1968.1: as a number it is October, as text January.
    expect([birthNumberText(1968.1), birthNumberText(1968.05), birthNumberText(196805)]).toEqual([
      '1968.10',
      '1968.05',
      '196805',
    ]);
    expect(parseBirthDate('1968.1')).toBe('1968-01');
  });

  it('knows each party by its usual names', () => {
    const codes = (labels: string[]) => labels.map(partyFromLabel);
    expect(codes(['中共', '中国共产党', '中共党员', '共产党员', '中共预备党员', 'cpc'])).toEqual(Array(6).fill('cpc'));
    expect(codes(['民盟', '中国民主同盟', '民盟盟员', '民 盟'])).toEqual(Array(4).fill('cdl'));
    expect(codes(['民革', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'])).toEqual([
      'rck',
      'cdnca',
      'capd',
      'cpwdp',
      'czgp',
      'jiusan',
      'tdsgl',
    ]);
    expect(codes(['九三', '农工', '中国致公党', '中国农工民主党', '中国民主建国会', '台湾民主自治同盟'])).toEqual([
      'jiusan',
      'cpwdp',
      'czgp',
      'cpwdp',
      'cdnca',
      'tdsgl',
    ]);
    expect(codes(['无党派', '无党派人士', '群众', '中共（预备）'])).toEqual([
      'nonparty',
      'nonparty',
      'nonparty',
      'cpc',
    ]);
    expect(codes(['共青团员', '自由党', ''])).toEqual([null, null, null]);
  });

  it('finds the sector a cell names, by its short or long name, only when one sector fits', () => {
    const sectors = ['中国共产党', '中国民主同盟', '无党派人士', '教育界', '医药卫生界', '特邀人士', '社会福利界'].map(
      (name, id) => ({ id, name }),
    );
    const find = sectorResolver(sectors);
    const names = (texts: string[]) => texts.map((t) => find(t)?.name ?? null);
    expect(
      names(['中共', '中国共产党', '共产党', '民盟', '无党派', '教育', '教育界', '医卫界', '特邀', ' 特别邀请人士 ']),
    ).toEqual([
      '中国共产党',
      '中国共产党',
      '中国共产党',
      '中国民主同盟',
      '无党派人士',
      '教育界',
      '教育界',
      '医药卫生界',
      '特邀人士',
      '特邀人士',
    ]);
    // 民建 has no sector here; 经济界 is not one of them.
    expect(names(['民建', '经济界', '航天界'])).toEqual([null, null, null]);
    // Two sectors a synonym could mean: it means neither.
    const both = sectorResolver([
      { id: 1, name: '社会福利界' },
      { id: 2, name: '社会福利和社会保障界' },
    ]);
    expect(both('社会保障界')).toBeUndefined();
    expect(both('社会福利界')?.id).toBe(1);
  });

  it('adds 族 to an ethnic group written without it, and leaves other text alone', () => {
    expect(['汉', '回', '土家', '汉族', '畲族', '穿青人'].map(normaliseEthnicity)).toEqual([
      '汉族',
      '回族',
      '土家族',
      '汉族',
      '畲族',
      '穿青人',
    ]);
  });

  it('splits 工作单位及职务 at the last space, else before the titles it ends with', () => {
    const split = (t: string) => Object.values(splitWorkUnit(t)).join('|');
    expect(
      [
        '江临大学 教授',
        '江临市 第一人民医院　副院长',
        '江临市第一人民医院副院长',
        '江临市第一中学党委书记、校长',
        '江临港务集团董事长兼总经理',
        '江临市律师协会律师',
        '江临日报社副总编辑',
        '江临市中医院主任医师',
        '民盟江临市委员会副主委',
        '江临县青山村党支部书记',
        '江临市总工会常务副主席',
        '江临市发展和改革委员会',
        '退休',
        '律师',
      ].map(split),
    ).toEqual([
      '江临大学|教授',
      '江临市 第一人民医院|副院长',
      '江临市第一人民医院|副院长',
      '江临市第一中学|党委书记、校长',
      '江临港务集团|董事长兼总经理',
      '江临市律师协会|律师',
      '江临日报社|副总编辑',
      '江临市中医院|主任医师',
      '民盟江临市委员会|副主委',
      '江临县青山村|党支部书记',
      '江临市总工会|常务副主席',
      '江临市发展和改革委员会|',
      '退休|',
      '|律师',
    ]);
  });
});
