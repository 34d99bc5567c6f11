// The bell in the header: unread count (polled), the latest notices, mark read.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { Notice } from '../api/models';
import { useApiQuery } from '../api/query';
import { formatDateTime, useI18n } from '../i18n';

export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // The count is polled (best-effort: a failed poll waits for the next); the latest notices
  // load when the popover opens. Marking read refreshes both (a write under /api/notifications).
  const count = useApiQuery('/api/notifications/unread-count', {}, { refetchInterval: 60_000 });
  const latest = useApiQuery('/api/notifications', { query: { pageSize: 8 } }, { enabled: open });
  const unread = count.data?.unread ?? 0;
  const items = latest.data?.items ?? [];

  const openNotice = async (n: Notice) => {
    if (!n.read) await api.post('/api/notifications/{id}/read', { path: { id: n.id } });
    setOpen(false);
    if (n.link) navigate(n.link);
  };
  const readAll = () => api.post('/api/notifications/read-all');

  const content = (
    <div style={{ width: 320, maxWidth: '80vw' }}>
      {items.length === 0 ? (
        <Empty description={t('layout.noNotifications')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item onClick={() => openNotice(n)} style={{ cursor: 'pointer', opacity: n.read ? 0.6 : 1 }}>
              <List.Item.Meta
                title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
                description={
                  <>
                    <div>{n.body}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <div style={{ textAlign: 'right', marginTop: 8 }}>
        <Button size="small" type="link" onClick={readAll} disabled={unread === 0}>
          {t('layout.markAllRead')}
        </Button>
      </div>
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('layout.notifications')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={t('layout.notifications')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
