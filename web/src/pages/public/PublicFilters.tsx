// The public page's filters: organisation, term, year, category, answered or closed, and the
// search box. Every value lives in the address bar (the page reads them from there), so a
// filtered list can be bookmarked and shared.
import { Col, Input, Row, Select } from 'antd';
import { REFERENCE, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';

export const PUBLIC_FILTER_KEYS = ['orgId', 'termId', 'year', 'category', 'state', 'q'] as const;
export type PublicFilterKey = (typeof PUBLIC_FILTER_KEYS)[number];

export function PublicFilters({
  values,
  onChange,
}: {
  values: Partial<Record<PublicFilterKey, string>>;
  onChange: (next: Partial<Record<PublicFilterKey, string | undefined>>) => void;
}) {
  const { t } = useI18n();
  const orgId = Number(values.orgId) || undefined;
  const { data: f } = useApiQuery('/api/public/filters', { query: { orgId } }, REFERENCE);
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  const select = (key: PublicFilterKey, options: { value: string | number; label: string }[], numeric = false) => (
    <Select
      allowClear
      style={{ width: '100%' }}
      placeholder={t(`publicPage.filter_${key}`)}
      aria-label={t(`publicPage.filter_${key}`)}
      value={numeric ? num(values[key]) : values[key]}
      options={options}
      onChange={(v?: string | number) => onChange({ [key]: v === undefined ? undefined : String(v) })}
      data-testid={`public-filter-${key}`}
    />
  );

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      {(f?.orgs.length ?? 0) > 1 && (
        <Col xs={24} sm={12} md={8}>
          {/* Another organisation has other terms: its term filter would not apply. */}
          <Select
            style={{ width: '100%' }}
            aria-label={t('publicPage.filter_orgId')}
            value={f?.org.id}
            options={(f?.orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v: number) => onChange({ orgId: String(v), termId: undefined, category: undefined })}
            data-testid="public-filter-orgId"
          />
        </Col>
      )}
      <Col xs={12} sm={6} md={4}>
        {select(
          'termId',
          (f?.terms ?? []).map((x) => ({ value: x.id, label: x.name })),
          true,
        )}
      </Col>
      <Col xs={12} sm={6} md={4}>
        {select(
          'year',
          (f?.years ?? []).map((y) => ({ value: y, label: t('publicPage.yearLabel', { y }) })),
          true,
        )}
      </Col>
      <Col xs={12} sm={6} md={4}>
        {select(
          'category',
          (f?.categories ?? []).map((c) => ({ value: c, label: c })),
        )}
      </Col>
      <Col xs={12} sm={6} md={4}>
        {select(
          'state',
          (['replied', 'closed'] as const).map((s) => ({ value: s, label: t(`publicPage.state_${s}`) })),
        )}
      </Col>
      <Col xs={24}>
        <Input.Search
          key={values.q ?? ''}
          allowClear
          defaultValue={values.q}
          placeholder={t('publicPage.search')}
          enterButton
          onSearch={(v) => onChange({ q: v || undefined })}
          data-testid="public-search"
        />
      </Col>
    </Row>
  );
}
