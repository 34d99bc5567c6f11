// Problems as a table or, on a phone, as cards; each opens its page.
import { Card, Grid, List, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate, useI18n } from '../../../i18n';
import type { Paging } from '../inspections/InspectionList';
import { ProblemStatusTag, type ProblemItem } from './shared';

export function ProblemList({
  items,
  loading,
  pagination,
  showCampaign = true,
}: {
  items: ProblemItem[];
  loading?: boolean;
  pagination?: Paging;
  showCampaign?: boolean;
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const title = (p: ProblemItem, strong: boolean) => (
    <Link to={`/supervision/problems/${p.id}`}>
      {strong ? <Typography.Text strong>{p.object.name}</Typography.Text> : p.object.name}
    </Link>
  );
  const where = (p: ProblemItem) => (showCampaign ? p.campaignTitle : (p.object.address ?? ''));

  if (mobile)
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('prob.empty') }}
        pagination={pagination && { ...pagination, size: 'small' }}
        renderItem={(p) => (
          <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
            <Card size="small" data-testid="problem-row">
              {title(p, true)}
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
                {p.description}
              </Typography.Paragraph>
              <ProblemStatusTag status={p.status} overdue={p.overdue} />
              <Typography.Text type="secondary" style={{ fontSize: 13, display: 'block', marginTop: 4 }}>
                {p.unit.name} · {t('prob.dueOn')} {formatDate(p.dueOn)}
                {where(p) && (
                  <>
                    <br />
                    {where(p)}
                  </>
                )}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    );

  return (
    <Table<ProblemItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('prob.empty') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'problem-row' }) as object}
      columns={[
        {
          title: t('prob.object'),
          width: 200,
          render: (_, p) => (
            <Space orientation="vertical" size={0}>
              {title(p, false)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {where(p)}
              </Typography.Text>
            </Space>
          ),
        },
        { title: t('prob.description'), render: (_, p) => p.description },
        { title: t('prob.unit'), width: 170, render: (_, p) => p.unit.name },
        { title: t('prob.dueOn'), width: 130, render: (_, p) => formatDate(p.dueOn) },
        {
          title: t('prob.state'),
          width: 140,
          render: (_, p) => <ProblemStatusTag status={p.status} overdue={p.overdue} />,
        },
      ]}
    />
  );
}
