// The activity week's opinions as members, party members and residents write them, composed
// from hand-written fragments: each subject (a crossing, a bus line, a market) has the ask most
// people make, written several ways, and often another ask about the same subject (the same
// place, a different remedy), so the grouping finds real near-duplicates and must keep the
// others apart. {p} is the place; {c} the county's name.

import { CITY_DAILY_SUBJECTS } from './demo-opinions-city-daily.js';
import { CITY_SERVICE_SUBJECTS } from './demo-opinions-city-services.js';
import { COUNTY_SUBJECTS } from './demo-opinions-county.js';

export interface Ask {
  titles: readonly string[];
  bodies: readonly string[];
}
export interface Subject {
  category: string;
  theme: string;
  /** Where it is: the city's subjects, or a county's ({c}). */
  scope: 'city' | 'county';
  places: readonly string[];
  /** The first ask is the one most people make; the others ask something else of the same subject. */
  asks: readonly Ask[];
  weight: number;
}

/** The city's subjects first, then the counties' (the demo draws from them in this order). */
export const SUBJECTS: readonly Subject[] = [...CITY_DAILY_SUBJECTS, ...CITY_SERVICE_SUBJECTS, ...COUNTY_SUBJECTS];

/** How a submitter begins, by channel. */
export const OPENERS: Record<'member' | 'paper' | 'public', readonly string[]> = {
  member: [
    '',
    '',
    '在界别活动周走访中了解到，',
    '经实地调研，',
    '走访群众时，不少居民反映：',
    '本人在联系界别群众时了解到，',
  ],
  paper: ['', '', '我是附近居民，', '我家住在附近，', '群众反映：', '本人每天都要经过这里，'],
  public: ['', '', '您好！', '我是一名普通市民，', '反映一个问题：', '作为附近居民，'],
};

export const CLOSERS: readonly string[] = [
  '',
  '',
  '希望有关部门尽快研究解决。',
  '恳请相关部门重视。',
  '望采纳。',
  '建议尽快落实，谢谢！',
  '盼复。',
];

/** How residents sign a paper or public form (often not at all). */
export const SIGNATURES: readonly string[] = [
  '王阿姨',
  '李先生',
  '张女士',
  '刘师傅',
  '陈大爷',
  '居民',
  '一位家长',
  '赵先生',
  '周女士',
  '孙老师',
  '村民',
  '吴女士',
];
