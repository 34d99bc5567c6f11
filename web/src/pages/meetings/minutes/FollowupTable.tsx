// Follow-ups as a table (the office's list, a meeting's follow-ups, a unit's own) or, on a
// phone, as a list of cards; each opens its page with the progress reported on it.
import { Card, Grid, List, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { FollowupItem } from '../../../api/models';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { FollowupStatusTag } from './shared';

export function FollowupTable({
  items,
  loading,
  showMeeting = true,
  pagination,
}: {
  items: FollowupItem[];
  loading?: boolean;
  showMeeting?: boolean;
  pagination?: { current: number; total: number; pageSize: number; onChange: (page: number) => void };
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const link = (f: FollowupItem) => `/meetings/followups/${f.id}`;

  if (mobile)
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('meetingMinutes.empty') }}
        pagination={pagination && { ...pagination, size: 'small' }}
        renderItem={(f) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="followup-row">
            <Link to={link(f)}>
              <Typography.Text strong>{f.title}</Typography.Text>
            </Link>
            <div style={{ margin: '6px 0' }}>
              <FollowupStatusTag status={f.status} overdue={f.overdue} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {f.owner.name} · {t('meetingMinutes.dueOn')} {formatDate(f.dueOn)}
            </Typography.Text>
          </Card>
        )}
      />
    );

  return (
    <Table<FollowupItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('meetingMinutes.empty') }}
      pagination={pagination ? { ...pagination, showSizeChanger: false } : false}
      onRow={() => ({ 'data-testid': 'followup-row' }) as object}
      columns={[
        {
          title: t('meetingMinutes.title'),
          render: (_, f) => (
            <Space orientation="vertical" size={0}>
              <Link to={link(f)}>{f.title}</Link>
              {showMeeting && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.meetingTitle}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        { title: t('meetingMinutes.kind'), width: 100, render: (_, f) => t(`meetingMinutes.kind.${f.kind}`) },
        { title: t('meetingMinutes.owner'), width: 180, render: (_, f) => f.owner.name },
        { title: t('meetingMinutes.dueOn'), width: 120, render: (_, f) => formatDate(f.dueOn) },
        {
          title: t('meetingMinutes.lastProgress'),
          width: 150,
          render: (_, f) => (f.lastProgressAt ? formatDateTime(f.lastProgressAt) : '—'),
        },
        {
          title: t('meetingMinutes.state'),
          width: 150,
          render: (_, f) => <FollowupStatusTag status={f.status} overdue={f.overdue} />,
        },
      ]}
    />
  );
}
