// How the auditor's page words an entry: its target and its detail as labelled fields.
import { translate, type Locale } from '../../i18n';
import '../../i18n/areas/audit';

export interface TargetLike {
  objectType: string | null;
  objectId: string | null;
  detail: unknown;
}

const typeLabel = (locale: Locale, type: string) => {
  const label = translate(locale, `audit.type_${type}`);
  return label.startsWith('audit.') ? type : label;
};

/**
 * “提案 397”, or for an action on a whole list (a roster or list export has a type and no id)
 * “委员（名单，35 条）” rather than a type with an empty number.
 */
export function targetText(locale: Locale, e: TargetLike): string {
  if (!e.objectType) return '';
  const type = typeLabel(locale, e.objectType);
  if (e.objectId) return `${type} ${e.objectId}`;
  const count = (e.detail as { count?: unknown } | null)?.count;
  return typeof count === 'number'
    ? translate(locale, 'audit.wholeListCount', { type, n: count })
    : translate(locale, 'audit.wholeList', { type });
}

function valueText(locale: Locale, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return translate(locale, v ? 'common.yes' : 'common.no');
  if (Array.isArray(v))
    return v.every((x) => typeof x !== 'object' || x === null)
      ? v.join('、')
      : v.map((x) => valueText(locale, x)).join('；');
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined && x !== null && x !== '')
      .map(([k, x]) => `${fieldLabel(locale, k)}：${valueText(locale, x)}`)
      .join('，');
  return String(v);
}

export function fieldLabel(locale: Locale, key: string): string {
  const label = translate(locale, `audit.field_${key}`);
  return label.startsWith('audit.') ? key : label;
}

/** An entry's detail as [label, value] pairs in the reader's language. */
export function detailFields(locale: Locale, detail: unknown): [string, string][] {
  if (!detail || typeof detail !== 'object' || Array.isArray(detail))
    return detail ? [['', valueText(locale, detail)]] : [];
  return Object.entries(detail as Record<string, unknown>).map(([k, v]) => [
    fieldLabel(locale, k),
    valueText(locale, v),
  ]);
}
