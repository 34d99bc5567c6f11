// The header's two selects — the organisation switcher (for someone serving in several
// organisations) and the desktop's language select — in their own chunk, loaded only when shown:
// a member with one organisation on a phone sees neither, so his home's first load (400 KB
// budget) does not carry Ant Design's Select.
import { Select } from 'antd';
import { LANGUAGE_NAMES } from '../components/LanguageSwitch';
import { useI18n, type Locale } from '../i18n';

export function OrgSwitcher({
  orgs,
  current,
  onSwitch,
  mobile,
}: {
  orgs: { id: number; name: string }[];
  current: number;
  onSwitch(orgId: number): void;
  mobile: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select
      aria-label={t('layout.switchOrg')}
      value={current}
      onChange={onSwitch}
      style={{ minWidth: mobile ? 140 : 220 }}
      options={orgs.map((o) => ({ value: o.id, label: o.name }))}
      data-testid="org-switcher"
    />
  );
}

/** The desktop header's language select. */
export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Select
      size="small"
      value={locale}
      onChange={setLocale}
      variant="borderless"
      aria-label={t('common.language')}
      data-testid="language-select"
      options={(Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => ({
        value: l,
        label: <span lang={l}>{LANGUAGE_NAMES[l]}</span>,
      }))}
    />
  );
}
