// A history entry's facts (the server's codes and values) worded in the reader's language: the
// codes and enumerated values through the i18n table, dates in the language's date form, and
// the values people wrote (names, reasons, notes, numbers) as they were written.
import type { ProposalTimeline } from '../../api/models';
import { formatDate, type Locale } from '../../i18n';
import { resultLabel } from './resultLabel';
import '../../i18n/areas/proposalsHandling';

type Item = ProposalTimeline['items'][number];
export type Fact = Item['facts'][number];
type T = (key: string, vars?: Record<string, string | number>) => string;

export function describeFact(f: Fact, t: T, locale: Locale): string {
  const unit = (name: string | null | undefined) => name ?? t('timeline.someUnit');
  const rating = (r: string | undefined) => (r ? t(`proposalsHandling.rating.${r}`) : '');
  switch (f.code) {
    case 'filesRemoved':
      return t('timeline.filesRemoved', { names: (f.names ?? []).join(t('timeline.listSeparator')) });
    case 'assigned':
      return (f.units ?? [])
        .map((u) => t('timeline.assignedUnit', { unit: unit(u.name), role: t(`proposalsHandling.role.${u.role}`) }))
        .join(t('timeline.listSeparator'));
    case 'urged':
      return t(f.text ? 'timeline.urgedNote' : 'timeline.urged', {
        unit: unit(f.unit),
        count: f.count ?? '',
        text: f.text ?? '',
      });
    case 'extended':
      return t('timeline.extended', { unit: unit(f.unit), date: formatDate(f.date, locale) });
    case 'contacted':
      return t('timeline.contacted', {
        way: f.way ? t(`proposalsHandling.way.${f.way}`) : '',
        date: formatDate(f.date, locale),
      });
    case 'proposerContacted':
      return f.contacted ? t(`proposalsHandling.contacted.${f.contacted}`) : '';
    case 'ratings':
      return t('timeline.ratings', { attitude: rating(f.attitude), result: rating(f.result) });
    case 'resultClass':
      return t('timeline.resultClass', {
        resultClass: f.resultClass ?? '',
        resultLabel: f.resultClass ? resultLabel(locale, f.resultClass, f.resultLabel) : '',
      });
    case 'commitment':
      return t(f.note === undefined ? 'timeline.commitment' : 'timeline.commitmentNote', {
        text: f.text ?? '',
        note: f.note ?? '',
      });
    default:
      return t(`timeline.${f.code}`, {
        text: f.text ?? '',
        count: f.count ?? '',
        year: f.year ?? '',
        date: formatDate(f.date, locale),
      });
  }
}

/** The entry's facts as one line, or null when it has none. */
export function describeFacts(facts: Fact[], t: T, locale: Locale): string | null {
  return facts.length ? facts.map((f) => describeFact(f, t, locale)).join(t('timeline.separator')) : null;
}

/** Who took the step: a person's or unit's name as written; the office and the system labelled. */
export function describeWho(item: Pick<Item, 'who' | 'whoKind'>, t: T): string {
  return item.whoKind === 'office' || item.whoKind === 'system' ? t(`timeline.${item.whoKind}`) : item.who;
}
