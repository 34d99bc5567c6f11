// The benchmark's fictional province (岚川省) with its cities and counties, and how each
// organisation's committee, units and wording are named. Invented for Lvzhi; any likeness to a
// real place is accidental.
import type { Scale } from './scale.js';

export interface OrgPlan {
  /** 0 = the top organisation (the province, or the lone city). */
  index: number;
  level: 'province' | 'city' | 'county';
  parentIndex: number | null;
  /** The place: 岚川省, 江临市, 白沙县… */
  place: string;
  /** The word for "our …" in texts: 省, 市, 县, 区. */
  word: string;
  name: string;
  shortName: string;
  regionCode: string;
  members: number;
  proposals: number;
  termNumbers: number[];
}

const PROVINCE = '岚川';
const CITIES = [
  '江临',
  '澄阳',
  '柏川',
  '霁州',
  '沅宁',
  '桐安',
  '鹭原',
  '枫城',
  '临溪',
  '岑山',
  '望海',
  '银滩',
  '松岭',
  '赤岸',
];
const FIRST = '白云清青金石龙凤安永长平新宁东西南北桃梅柳兰松溪泉湖山河川'.split('');
const SECOND = '沙岭源水阳江州城宁和丰泽林峰溪湾塘坪桥口田坝台港原'.split('');

/** Spreads `total` over `n` parts of varying size (weights 0.6–1.4), deterministically. */
function spread(total: number, n: number, salt: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 0.6 + (((i + 1) * 7919 + salt * 104729) % 1000) / 1250);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((total * w) / sum));
  for (let i = 0, left = total - out.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % n, left--) out[i]!++;
  return out;
}

export function planOrgs(scale: Scale): OrgPlan[] {
  if (scale.name === 'city') {
    return [
      {
        index: 0,
        level: 'city',
        parentIndex: null,
        place: '江临市',
        word: '市',
        name: '政协江临市委员会',
        shortName: '江临市政协',
        regionCode: '369900',
        members: scale.members.top,
        proposals: scale.proposals.top,
        termNumbers: [11, 12, 13, 14, 15],
      },
    ];
  }
  const out: OrgPlan[] = [
    {
      index: 0,
      level: 'province',
      parentIndex: null,
      place: `${PROVINCE}省`,
      word: '省',
      name: `政协${PROVINCE}省委员会`,
      shortName: `${PROVINCE}省政协`,
      regionCode: '990000',
      members: scale.members.top,
      proposals: scale.proposals.top,
      termNumbers: [9, 10, 11, 12, 13],
    },
  ];
  const cities = CITIES.slice(0, scale.cities);
  cities.forEach((c, i) =>
    out.push({
      index: out.length,
      level: 'city',
      parentIndex: 0,
      place: `${c}市`,
      word: '市',
      name: `政协${c}市委员会`,
      shortName: `${c}市政协`,
      regionCode: `99${String(i + 1).padStart(2, '0')}00`,
      members: scale.members.city,
      proposals: scale.proposals.city,
      termNumbers: [10, 11, 12, 13, 14],
    }),
  );
  const countyMembers = spread(
    scale.members.total - scale.members.top - scale.members.city * cities.length,
    scale.counties,
    1,
  );
  const countyProposals = spread(
    scale.proposals.total - scale.proposals.top - scale.proposals.city * cities.length,
    scale.counties,
    2,
  );
  const used = new Set(cities);
  for (let k = 0, n = 0; n < scale.counties; k++) {
    const name = FIRST[(k * 7) % FIRST.length]! + SECOND[(k * 11 + Math.floor(k / FIRST.length)) % SECOND.length]!;
    if (used.has(name)) continue;
    used.add(name);
    const cityIndex = 1 + (n % cities.length);
    const city = cities[cityIndex - 1]!;
    const word = n % 5 === 0 ? '区' : '县';
    const place = `${name}${word}`;
    out.push({
      index: out.length,
      level: 'county',
      parentIndex: cityIndex,
      place,
      word,
      name: word === '区' ? `政协${city}市${place}委员会` : `政协${place}委员会`,
      shortName: `${place}政协`,
      regionCode: `99${String(cityIndex).padStart(2, '0')}${String(21 + Math.floor(n / cities.length)).padStart(2, '0')}`,
      members: countyMembers[n]!,
      proposals: countyProposals[n]!,
      termNumbers: [11, 12, 13, 14, 15],
    });
    n++;
  }
  return out;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese: 十三, 二十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

/** A city's wording (我市, 全市, 市政府, 江临市…) in this organisation's words. */
export function localise(org: OrgPlan, text: string): string {
  if (org.place === '江临市') return text;
  const local =
    org.word === '市'
      ? text
      : text
          .replaceAll('我市', `我${org.word}`)
          .replaceAll('全市', `全${org.word}`)
          .replaceAll('市政府', `${org.word}政府`);
  return local.replaceAll('江临市', org.place).replaceAll('江临', org.place.slice(0, -1));
}
