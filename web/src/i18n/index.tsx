// The one i18n table: every UI string comes from here (zh-CN default, en-US second).
// Each area keeps its strings in messages/<area>.ts as { 'zh-CN': {...}, 'en-US': {...} }.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { auth } from './messages/auth';
import { common } from './messages/common';
import { home } from './messages/home';
import { layout } from './messages/layout';
import { partyLabels as party } from './messages/party';
import { publicPage } from './messages/publicPage';

export type Locale = 'zh-CN' | 'en-US';
type Table = Record<string, string>;
type Area = { 'zh-CN': Table; 'en-US': Table };

// One line per area; a module's pages add theirs here.
const areas: Record<string, Area> = {
  common,
  auth,
  layout,
  home,
  party,
  publicPage,
};

/**
 * Adds an area that only some pages need, from the page's own chunk (the names of the ~200 audit
 * actions are read on the audit page and in a proposal's history only): the first load of every
 * other page, a member's home on a phone included, does not carry them.
 */
export function addArea(name: string, area: Area): void {
  areas[name] ??= area;
}

function lookup(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf('.');
  const area = areas[key.slice(0, dot)];
  return area?.[locale][key.slice(dot + 1)] ?? area?.['zh-CN'][key.slice(dot + 1)];
}

export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  const text = lookup(locale, key) ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : text;
}

const stored = (typeof localStorage !== 'undefined' && localStorage.getItem('lvzhi.locale')) as Locale | null;
let currentLocale: Locale = stored === 'en-US' ? 'en-US' : 'zh-CN';
// The page says which language it is in from the first paint (screen readers, the browser's translation offer).
if (typeof document !== 'undefined') document.documentElement.lang = currentLocale;

/** The language the user chose, for code outside React (the API client asks the server to answer in it). */
export function currentLanguage(): Locale {
  return currentLocale;
}

/** For code outside React (API error fallbacks, formatters). */
export function t(key: string, vars?: Record<string, string | number>): string {
  return translate(currentLocale, key, vars);
}

interface I18n {
  locale: Locale;
  setLocale(l: Locale): void;
  t(key: string, vars?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n>({ locale: currentLocale, setLocale: () => undefined, t });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(currentLocale);
  const setLocale = useCallback((l: Locale) => {
    currentLocale = l;
    localStorage.setItem('lvzhi.locale', l);
    document.documentElement.lang = l;
    setLocaleState(l);
  }, []);
  const value = useMemo(
    () => ({ locale, setLocale, t: (k: string, v?: Record<string, string | number>) => translate(locale, k, v) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** 2026-03-05T… -> 2026年3月5日 (zh-CN) or 5 Mar 2026 (en-US); a month alone (1968-05) -> 1968年5月 or May 1968. */
export function formatDate(value: string | null | undefined, locale: Locale = currentLocale): string {
  if (!value) return '';
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    if (locale === 'en-US')
      return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString('en-GB', {
        timeZone: 'UTC',
        month: 'short',
        year: 'numeric',
      });
    return `${month[1]}年${Number(month[2])}月`;
  }
  const d = new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(d.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  if (locale === 'en-US')
    return d.toLocaleDateString('en-GB', {
      timeZone: 'Asia/Shanghai',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

export function formatDateTime(value: string | null | undefined, locale: Locale = currentLocale): string {
  if (!value) return '';
  const d = new Date(value);
  const time = d.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${formatDate(value, locale)} ${time}`;
}

/**
 * A camera's wall-clock time (a photo's EXIF time: 2026-05-10T09:00:00, no zone) shown as the
 * phone showed it: read as China time, whatever the browser's zone. Rows stored before the
 * server kept it zoneless carry the same wall clock with a Z, read the same way.
 */
export function formatWallClock(value: string | null | undefined, locale: Locale = currentLocale): string {
  if (!value) return '';
  return formatDateTime(`${value.slice(0, 19)}+08:00`, locale);
}

export const collator = new Intl.Collator('zh-CN');
