// A result class's label (A 已解决或采纳 … D 留作参考). Each organisation may reword them in its
// settings; a label it kept as the default is shown in the reader's language, a label of its
// own is its own wording and shown as written.
import { translate, useI18n, type Locale } from '../../i18n';
import '../../i18n/areas/proposals';

export type ResultClass = 'A' | 'B' | 'C' | 'D';

export function resultLabel(locale: Locale, cls: ResultClass, orgLabel?: string | null): string {
  const key = `proposals.resultDefault.${cls}`;
  return !orgLabel || orgLabel === translate('zh-CN', key) ? translate(locale, key) : orgLabel;
}

/** `labelOf('B', settings.resultLabels.B)` in the reader's language. */
export function useResultLabel(): (cls: ResultClass, orgLabel?: string | null) => string {
  const { locale } = useI18n();
  return (cls, orgLabel) => resultLabel(locale, cls, orgLabel);
}
