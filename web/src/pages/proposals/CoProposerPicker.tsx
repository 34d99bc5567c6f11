// Picks co-proposers (or, with `single`, the one member a proposal is entered for) from the
// member directory (names, sectors and committees only), searching as the user types. The
// value keeps each chosen member's name with the id.
import { Select, Spin, theme } from 'antd';
import { useState } from 'react';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useDebounced } from '../../components/useDebounced';
import { useI18n } from '../../i18n';
import '../../i18n/areas/proposals';
export interface PickedMember {
  value: number;
  label: string;
}

type Picked<S extends boolean> = S extends true ? PickedMember : PickedMember[];

export function CoProposerPicker<S extends boolean = false>({
  value,
  onChange,
  excludeId,
  id,
  single,
}: {
  value?: Picked<S>;
  onChange?: (v: Picked<S>) => void;
  excludeId: number | null;
  id?: string;
  single?: S;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  // Nothing is asked until the picker is first used; then once per pause in typing.
  const [typed, setTyped] = useState<string | null>(null);
  const q = useDebounced(typed, 300);
  const found = useApiQuery('/api/members/directory', q === null ? null : { query: { q: q.trim(), limit: 20 } }, {
    ...KEEP_PAGE,
    retry: false,
  });
  const options = found.isError ? [] : (found.data ?? []).filter((m) => m.id !== excludeId);
  const searching = found.isFetching;

  return (
    <Select<Picked<S>>
      id={id}
      mode={single ? undefined : 'multiple'}
      labelInValue
      value={value}
      onChange={(v) => onChange?.(v)}
      maxCount={single ? undefined : 50}
      allowClear={single}
      placeholder={t('proposals.coProposersPlaceholder')}
      style={{ width: '100%' }}
      data-testid={single ? 'lead-member-picker' : 'co-proposer-picker'}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      onFocus={() => typed === null && setTyped('')}
      notFoundContent={searching ? <Spin size="small" /> : t('proposals.noMemberFound')}
      options={options.map((m) => ({
        value: m.id,
        label: m.name,
        desc: [m.sectorName, m.committeeName].filter(Boolean).join(' · '),
      }))}
      optionRender={(o) => (
        <span>
          {o.data.label}{' '}
          {/* The theme's secondary colour by token: the dropdown sits in a portal where a
              secondary Typography fell back to a lighter grey (2.8:1 on white, below AA). */}
          <span style={{ fontSize: 12, color: token.colorTextSecondary }}>{o.data.desc}</span>
        </span>
      )}
    />
  );
}
