// The language switch: the desktop header's select (layout/HeaderSelects.tsx), the phone's account menu and the sign-in
// pages all set the same locale (kept in localStorage as lvzhi.locale by the i18n provider).
// Each language's name is written in that language and marked with its lang attribute, so a
// reader finds his own language whichever one the page is in.
import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n, type Locale } from '../i18n';

export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'English' };
const other = (l: Locale): Locale => (l === 'zh-CN' ? 'en-US' : 'zh-CN');

/** The name of the language the switch leads to, in that language. */
export function OtherLanguage() {
  const { locale } = useI18n();
  return <span lang={other(locale)}>{LANGUAGE_NAMES[other(locale)]}</span>;
}

/** One click to the other language (the sign-in pages, the phone's account menu). */
export function useToggleLanguage(): () => void {
  const { locale, setLocale } = useI18n();
  return () => setLocale(other(locale));
}

/** One click to the other language; `light` on a dark header (the public pages). */
export function LanguageButton({ light }: { light?: boolean }) {
  const { t } = useI18n();
  const toggle = useToggleLanguage();
  return (
    <Button
      type="link"
      size="small"
      icon={<GlobalOutlined />}
      onClick={toggle}
      title={t('common.language')}
      style={light ? { color: '#fff' } : undefined}
      data-testid="language-switch"
    >
      <OtherLanguage />
    </Button>
  );
}
