// The filter bar of the office's proposal list: full-text search, term and session (with
// 会后 for proposals between sessions), state, category and theme first; sector, committee,
// unit, kind, key, excellent, result class and overdue behind "more".
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { RefData } from '../../api/models';
import type { ProposalSettings } from '../../api/models';
import { PROPOSAL_KINDS, PROPOSAL_STATES, RESULT_CLASSES } from './api';
import type { FilterKey, Filters } from './useProposalList';
import { useResultLabel, type ResultClass } from './resultLabel';
import '../../i18n/areas/proposals';

const MORE: FilterKey[] = [
  'sectorId',
  'committeeId',
  'unitId',
  'kind',
  'isKey',
  'isExcellent',
  'resultClass',
  'overdue',
];
/** The office never lists other people's drafts. */
const LISTED_STATES = PROPOSAL_STATES.filter((s) => s !== 'draft');

export function ListFilters({
  filters,
  setFilter,
  clear,
  refData,
  settings,
  hide = [],
}: {
  filters: Filters;
  setFilter(f: Filters): void;
  clear(): void;
  refData: RefData | undefined;
  settings: ProposalSettings | null;
  hide?: FilterKey[];
}) {
  const { t } = useI18n();
  const labelOf = useResultLabel();
  const [more, setMore] = useState(() => MORE.some((k) => filters[k]));
  const shown = (k: FilterKey) => !hide.includes(k);
  const opts = (list: readonly string[], label: (v: string) => string = (v) => v) =>
    list.map((v) => ({ value: v, label: label(v) }));
  const named = (list: { id: number; name: string }[] | undefined) =>
    (list ?? []).map((x) => ({ value: String(x.id), label: x.name }));
  const yesNo = [
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ];
  const term = refData?.terms.find((x) => String(x.id) === filters.termId);

  const select = (key: FilterKey, placeholder: string, options: { value: string; label: string }[], width = 140) => (
    <Select
      key={key}
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      value={filters[key]}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(v?: string) => setFilter({ [key]: v })}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <div style={{ marginBottom: 16 }}>
      <Space wrap size={[8, 8]}>
        <Input.Search
          key={`q-${filters.q ?? ''}`}
          allowClear
          placeholder={t('proposals.searchPlaceholder')}
          defaultValue={filters.q}
          style={{ width: 280 }}
          onSearch={(v) => setFilter({ q: v.trim() || undefined })}
          aria-label={t('proposals.searchPlaceholder')}
          data-testid="proposal-search"
        />
        {shown('termId') && (
          <Select
            allowClear
            placeholder={t('proposals.filter.term')}
            aria-label={t('proposals.filter.term')}
            style={{ width: 120 }}
            value={filters.termId}
            onChange={(v?: string) => setFilter({ termId: v, sessionId: undefined })}
            options={named(refData?.terms)}
          />
        )}
        {shown('sessionId') &&
          select(
            'sessionId',
            t('proposals.filter.session'),
            [
              ...named(term?.sessions ?? refData?.terms.find((x) => x.isCurrent)?.sessions),
              { value: 'interim', label: t('proposals.interim') },
            ],
            190,
          )}
        {shown('state') && (
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('proposals.filter.state')}
            aria-label={t('proposals.filter.state')}
            style={{ width: 220 }}
            value={filters.state ? filters.state.split(',') : []}
            onChange={(v: string[]) => setFilter({ state: v.join(',') || undefined })}
            options={opts(LISTED_STATES, (s) => t(`proposals.state.${s}`))}
            data-testid="filter-state"
          />
        )}
        {shown('category') && select('category', t('proposals.category'), opts(settings?.categories ?? []))}
        {shown('theme') && select('theme', t('proposals.filter.theme'), opts(settings?.themes ?? []), 150)}
        <Button
          type="link"
          onClick={() => setMore(!more)}
          icon={more ? <UpOutlined /> : <DownOutlined />}
          iconPlacement="end"
        >
          {t(more ? 'proposals.filter.less' : 'proposals.filter.more')}
        </Button>
        <Button onClick={clear}>{t('common.reset')}</Button>
      </Space>
      {more && (
        <Space wrap size={[8, 8]} style={{ marginTop: 8, display: 'flex' }}>
          {select('sectorId', t('proposals.filter.sector'), named(refData?.sectors), 150)}
          {select('committeeId', t('proposals.filter.committee'), named(refData?.committees), 180)}
          {select('unitId', t('proposals.filter.unit'), named(refData?.units), 200)}
          {select(
            'kind',
            t('proposals.kindLabel'),
            opts(PROPOSAL_KINDS, (k) => t(`proposals.kind.${k}`)),
            120,
          )}
          {select('isKey', t('proposals.keyTag'), yesNo, 110)}
          {select('isExcellent', t('proposals.excellentTag'), yesNo, 110)}
          {select(
            'resultClass',
            t('proposals.resultClass'),
            opts(RESULT_CLASSES, (c) => `${c} ${labelOf(c as ResultClass, settings?.resultLabels[c as ResultClass])}`),
            170,
          )}
          {select('overdue', t('proposals.overdueTag'), yesNo, 110)}
        </Space>
      )}
    </div>
  );
}
