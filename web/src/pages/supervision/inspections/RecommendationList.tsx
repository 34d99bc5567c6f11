// Recommendations as a table or, on a phone, as cards; each opens its page.
import { Card, Grid, List, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { RecommendationItem } from '../../../api/models';
import { formatDate, useI18n } from '../../../i18n';
import type { Paging } from './InspectionList';
import { RecommendationStatusTag } from './shared';

export function RecommendationList({
  items,
  loading,
  pagination,
  showInspection = true,
  linked = true,
}: {
  items: RecommendationItem[];
  loading?: boolean;
  pagination?: Paging;
  showInspection?: boolean;
  /** Each opens its page (not for a participant, who reads them on the inspection only). */
  linked?: boolean;
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const title = (r: RecommendationItem, strong: boolean) => {
    const text = strong ? <Typography.Text strong>{r.title}</Typography.Text> : r.title;
    return linked ? <Link to={`/supervision/recommendations/${r.id}`}>{text}</Link> : text;
  };

  if (mobile)
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('insp.recsEmpty') }}
        pagination={pagination && { ...pagination, size: 'small' }}
        renderItem={(r) => (
          <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
            <Card size="small" data-testid="recommendation-row">
              {title(r, true)}
              <div style={{ margin: '6px 0' }}>
                <RecommendationStatusTag status={r.status} overdue={r.overdue} />
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {r.unit.name} · {t('insp.dueOn')} {formatDate(r.dueOn)}
                {showInspection && (
                  <>
                    <br />
                    {r.inspectionTitle}
                  </>
                )}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    );

  return (
    <Table<RecommendationItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('insp.recsEmpty') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'recommendation-row' }) as object}
      columns={[
        {
          title: t('insp.recTitle'),
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              {title(r, false)}
              {showInspection && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.inspectionTitle}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        { title: t('insp.unit'), width: 180, render: (_, r) => r.unit.name },
        { title: t('insp.dueOn'), width: 130, render: (_, r) => formatDate(r.dueOn) },
        {
          title: t('insp.state'),
          width: 150,
          render: (_, r) => <RecommendationStatusTag status={r.status} overdue={r.overdue} />,
        },
      ]}
    />
  );
}
