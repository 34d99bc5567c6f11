// Picks a current member of the organisation by name (typing filters by name or party).
import { Select } from 'antd';
import { useApiQuery } from '../../../api/query';
import type { RosterMember } from './api';

export function MemberSelect({
  value,
  onChange,
  filter,
  placeholder,
  id,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  filter?: (m: RosterMember) => boolean;
  placeholder?: string;
  id?: string;
}) {
  const roster = useApiQuery('/api/study/party/roster', {});
  const options = (roster.data?.members ?? []).filter((m) => !filter || filter(m));
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={roster.isLoading}
      placeholder={placeholder}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options.map((m) => ({ value: m.id, label: `${m.name}（${m.partyLabel}）` }))}
    />
  );
}
