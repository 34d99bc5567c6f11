// Cell values as committees write them, turned into the roster's values: birth dates in
// every usual form (a roster's 出生年月 has no day), sectors by their short or long name,
// ethnic groups with or without 族, and "工作单位及职务" split into unit and title by a rule
// simple enough to predict (the preview shows what it gives).
import { toHalfWidth } from '../../../platform/crypto/personal-data.js';
import { partyFromLabel } from '../parties.js';
import { ETHNIC_GROUPS, SECTOR_SYNONYMS, TITLE_JOINERS, TITLE_PREFIXES, TITLE_WORDS } from './aliases.js';

const validDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};
const two = (s: string) => s.padStart(2, '0');

/**
 * A birth date: "YYYY-MM-DD" for a day (1975-06-18, 1975/6/18, 1975.6.18, 19750618,
 * 1975年6月18日), "YYYY-MM" for a month, as a roster's 出生年月 gives it (1968.05, 1968.5,
 * 1968年5月, 1968-05, 1968/5, 196805). Null for anything else.
 */
export function parseBirthDate(text: string): string | null {
  const t = toHalfWidth(text).replace(/\s/g, '');
  const day = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (day) {
    const iso = `${day[1]}-${two(day[2]!)}-${two(day[3]!)}`;
    return validDay(iso) ? iso : null;
  }
  const month = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${two(month[2]!)}`;
  return null;
}

/**
 * A birth month Excel keeps as a number: 1968.05 typed is the number 1968.05, but 1968.10
 * is 1968.1, so the month is read as two decimals (a typed "1968.1" is text and read as January).
 */
export function birthNumberText(value: number): string {
  if (value > 1800 && value < 2200 && !Number.isInteger(value)) return value.toFixed(2);
  return String(value);
}

const GENDERS: Record<string, 'male' | 'female'> = {
  男: 'male',
  女: 'female',
  男性: 'male',
  女性: 'female',
  male: 'male',
  female: 'female',
  m: 'male',
  f: 'female',
};
export const parseGender = (text: string) => GENDERS[text.replace(/\s/g, '').toLowerCase()];

const ETHNIC = new Set(ETHNIC_GROUPS);
/** "汉" and "汉族" are one group; a name not on the list is kept as written. */
export function normaliseEthnicity(text: string): string {
  const t = text.replace(/\s/g, '');
  return ETHNIC.has(t) ? `${t}族` : t;
}

interface Named {
  id: number;
  name: string;
}

/**
 * Finds the organisation's sector a cell names: by its exact name, with or without a final
 * 界 (教育 = 教育界), by a party's other names for a party's sector (民盟 = 中国民主同盟), or by
 * a usual synonym (医卫界 = 医药卫生界). Each way must point at one sector only. Answers are
 * kept per distinct text, so a large file costs one look-up per sector name it uses.
 */
export function sectorResolver<T extends Named>(sectors: Iterable<T>): (text: string) => T | undefined {
  const all = [...sectors];
  const exact = new Map<string, T>();
  for (const s of all) if (!exact.has(s.name)) exact.set(s.name, s);
  const unique = (hits: T[]) => (new Set(hits.map((h) => h.id)).size === 1 ? hits[0] : undefined);
  const bare = (s: string) => s.replace(/界$/, '');
  const group = (s: string) => SECTOR_SYNONYMS.findIndex((g) => g.includes(s));
  const cache = new Map<string, T | undefined>();
  return (text) => {
    if (cache.has(text)) return cache.get(text);
    const t = toHalfWidth(text).replace(/\s/g, '');
    let hit = exact.get(t) ?? unique(all.filter((s) => bare(s.name) === bare(t)));
    const party = hit ? null : partyFromLabel(t);
    if (!hit && party && party !== 'nonparty') hit = unique(all.filter((s) => partyFromLabel(s.name) === party));
    const g = hit ? -1 : group(t);
    if (!hit && g >= 0) hit = unique(all.filter((s) => group(s.name) === g));
    cache.set(text, hit);
    return hit;
  };
}

const alternatives = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
const TITLE = `(?:${alternatives(TITLE_PREFIXES).join('|')})*(?:${alternatives(TITLE_WORDS).join('|')})`;
/** The titles a text ends with, one or several joined ("党委书记、校长"). */
const TITLE_TAIL = new RegExp(`${TITLE}(?:(?:${alternatives(TITLE_JOINERS).join('|')})${TITLE})*$`);

/**
 * "工作单位及职务" in two: at the last space when there is one ("江临大学 教授"); otherwise
 * before the job titles the text ends with ("江临市第一人民医院副院长" → 江临市第一人民医院 +
 * 副院长). A text ending with no known title stays whole as the work unit.
 */
export function splitWorkUnit(text: string): { unit: string; title: string } {
  const t = text.replace(/\u3000/g, ' ').trim();
  const space = /^(.*\S)\s+(\S+)$/.exec(t);
  if (space) return { unit: space[1]!, title: space[2]! };
  const tail = TITLE_TAIL.exec(t);
  if (!tail) return { unit: t, title: '' };
  return { unit: t.slice(0, tail.index), title: tail[0] };
}
