// Inspections as a table or, on a phone, as a list of cards; each opens its page.
import { Card, Grid, List, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { InspectionItem } from '../../../api/models';
import { formatDate, useI18n } from '../../../i18n';
import { datesOf, InspectionStatusTag } from './shared';

export interface Paging {
  current: number;
  total: number;
  pageSize: number;
  onChange: (page: number) => void;
}

export function InspectionList({
  items,
  loading,
  pagination,
  cards,
}: {
  items: InspectionItem[];
  loading?: boolean;
  pagination?: Paging;
  /** Always cards (a member's list), whatever the screen. */
  cards?: boolean;
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const link = (i: InspectionItem) => `/supervision/inspections/${i.id}`;
  const counts = (i: InspectionItem) =>
    t('insp.counts', { people: i.participantCount, sites: i.siteCount, recs: i.recommendationCount });

  if (mobile || cards)
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('insp.empty') }}
        pagination={pagination && { ...pagination, size: 'small' }}
        renderItem={(i) => (
          <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
            <Card size="small" data-testid="inspection-row">
              <Link to={link(i)}>
                <Typography.Text strong>{i.title}</Typography.Text>
              </Link>
              <div style={{ margin: '6px 0' }}>
                <Space size={4} wrap>
                  <InspectionStatusTag status={i.status} />
                  <Typography.Text type="secondary">{t(`insp.kind.${i.kind}`)}</Typography.Text>
                </Space>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {datesOf(i, formatDate)}
                {i.leader && ` · ${t('insp.leader')} ${i.leader.name}`}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    );

  return (
    <Table<InspectionItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('insp.empty') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'inspection-row' }) as object}
      columns={[
        {
          title: t('insp.title'),
          render: (_, i) => (
            <Space orientation="vertical" size={0}>
              <Link to={link(i)}>{i.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {counts(i)}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('insp.kind'), width: 110, render: (_, i) => t(`insp.kind.${i.kind}`) },
        { title: t('insp.dates'), width: 210, render: (_, i) => datesOf(i, formatDate) },
        { title: t('insp.leader'), width: 120, render: (_, i) => i.leader?.name ?? '—' },
        { title: t('insp.state'), width: 100, render: (_, i) => <InspectionStatusTag status={i.status} /> },
      ]}
    />
  );
}
