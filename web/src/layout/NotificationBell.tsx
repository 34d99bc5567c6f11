// The bell in the header: unread count (polled), the latest notices, mark read.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { Notice } from '../api/models';
import { useApiQuery } from '../api/query';
import { useI18n } from '../i18n';

const NotificationList = lazy(() => import('./NotificationList'));

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
    <Suspense fallback={<Spin size="small" />}>
      <NotificationList items={items} unread={unread} onOpen={openNotice} onReadAll={readAll} />
    </Suspense>
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
