// 我的通知 (phone first): the notices addressed to me, unread first with a badge of how many;
// each opens the notice, whose page records the read.
import { Badge, Card, Empty, Grid, List, Space, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { MyNotice } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import './api';

const PAGE_SIZE = 20;

export function MyNoticesPage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApiQuery('/api/meeting-notices/mine', { query: { page, pageSize: PAGE_SIZE } }, KEEP_PAGE);
  const unread = list.data?.unread ?? 0;

  return (
    <Card
      title={
        <Space>
          {t('notices.mineTitle')}
          <Badge count={unread} data-testid="notices-unread" title={t('notices.unreadCount', { n: unread })} />
        </Space>
      }
      style={{ maxWidth: mobile ? undefined : 760 }}
      styles={{ body: { padding: mobile ? 8 : 24 } }}
    >
      <List<MyNotice>
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={
          list.data && list.data.total > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data.total,
                onChange: (p) => setParams({ page: String(p) }),
                simple: true,
                align: 'center',
              }
            : false
        }
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.noneMine')} /> }}
        renderItem={(n) => (
          <List.Item
            onClick={() => navigate(`/notices/${n.id}`)}
            style={{ cursor: 'pointer', padding: '12px 8px' }}
            data-testid="my-notice"
          >
            <div style={{ display: 'flex', gap: 10, alignItems: 'flex-start', width: '100%', minWidth: 0 }}>
              {/* A fixed column for the unread dot, so read and unread titles line up. */}
              <span style={{ width: 8, flex: 'none', paddingTop: 2 }}>
                <Badge dot={!n.readAt} />
              </span>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Paragraph strong={!n.readAt} ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                  {n.title}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.publishedAt)} · {n.readAt ? t('notices.read') : t('notices.unread')}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
