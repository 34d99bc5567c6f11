// Picks co-proposers (or, with `single`, the one member a proposal is entered for) from the
// member directory (names, sectors and committees only), searching as the user types. The
// value keeps each chosen member's name with the id.
import { Select, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { http, qs } from '../../api/client';
import { useI18n } from '../../i18n';

interface DirectoryEntry {
  id: number;
  name: string;
  sectorName: string;
  committeeName: string | null;
}
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
  const [options, setOptions] = useState<DirectoryEntry[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const seq = useRef(0);

  const search = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const mine = ++seq.current;
      setSearching(true);
      try {
        const found = await http.get<DirectoryEntry[]>(`/api/members/directory${qs({ q: q.trim(), limit: 20 })}`);
        if (mine === seq.current) setOptions(found.filter((m) => m.id !== excludeId));
      } catch {
        if (mine === seq.current) setOptions([]);
      } finally {
        if (mine === seq.current) setSearching(false);
      }
    }, 300);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

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
      showSearch={{ filterOption: false, onSearch: search }}
      onFocus={() => options.length === 0 && search('')}
      notFoundContent={searching ? <Spin size="small" /> : t('proposals.noMemberFound')}
      options={options.map((m) => ({
        value: m.id,
        label: m.name,
        desc: [m.sectorName, m.committeeName].filter(Boolean).join(' · '),
      }))}
      optionRender={(o) => (
        <span>
          {o.data.label}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.desc}
          </Typography.Text>
        </span>
      )}
    />
  );
}
