// Recommendations as a table on a desk or cards on a phone; each opens its page.
import { Card, Grid, List, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../i18n';
import { RecStatusTag, SMART_LABEL, type Recommendation } from './shared';

interface Paging {
  current: number;
  total: number;
  pageSize: number;
  onChange: (page: number) => void;
}

export function RecommendationList({
  items,
  loading,
  pagination,
  showReport = true,
}: {
  items: Recommendation[];
  loading?: boolean;
  pagination?: Paging;
  showReport?: boolean;
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const title = (r: Recommendation) => <Link to={`/workplan/recommendations/${r.id}`}>{r.title}</Link>;
  const missing = (r: Recommendation) =>
    r.status === 'draft' &&
    r.missing.length > 0 && (
      <Typography.Text type="warning" style={{ fontSize: 12, display: 'block' }}>
        {t('wp.missing', {
          fields: r.missing.map((f) => t(SMART_LABEL[f as keyof typeof SMART_LABEL] ?? f)).join('、'),
        })}
      </Typography.Text>
    );

  if (mobile)
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: <Typography.Text type="secondary">{t('wp.empty')}</Typography.Text> }}
        pagination={pagination ? { ...pagination, size: 'small' } : undefined}
        renderItem={(r) => (
          <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
            <Card size="small" data-testid="wp-rec-row">
              <Typography.Text strong>{title(r)}</Typography.Text>
              <div style={{ margin: '4px 0' }}>
                <RecStatusTag r={r} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block' }}>
                {r.unitName ?? '—'}
                {r.dueOn && ` · ${t('wp.recDueOn')} ${formatDate(r.dueOn)}`}
                {showReport && (
                  <>
                    <br />
                    {r.reportTitle}
                  </>
                )}
              </Typography.Text>
              {missing(r)}
            </Card>
          </List.Item>
        )}
      />
    );

  return (
    <Table<Recommendation>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('wp.empty') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'wp-rec-row' }) as object}
      columns={[
        {
          title: t('wp.recommendation'),
          render: (_, r) => (
            <>
              {title(r)}
              {showReport && (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {r.reportTitle}
                </Typography.Text>
              )}
              {missing(r)}
            </>
          ),
        },
        { title: t('wp.metric'), width: 200, render: (_, r) => [r.metric, r.target].filter(Boolean).join(' → ') },
        { title: t('wp.unit'), width: 160, render: (_, r) => r.unitName ?? '—' },
        { title: t('wp.recDueOn'), width: 120, render: (_, r) => formatDate(r.dueOn) },
        { title: '', width: 170, render: (_, r) => <RecStatusTag r={r} /> },
      ]}
    />
  );
}
