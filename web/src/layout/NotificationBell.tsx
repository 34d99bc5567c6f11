// The bell in the header: unread count (polled), the latest notices, mark read.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { http } from '../api/client';
import type { Paged } from '../api/types';
import { formatDateTime, useI18n } from '../i18n';

interface Notice {
  id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  const [items, setItems] = useState<Notice[]>([]);
  const [open, setOpen] = useState(false);

  const poll = useCallback(async () => {
    try {
      setUnread((await http.get<{ unread: number }>('/api/notifications/unread-count')).unread);
    } catch {
      // The bell is best-effort; a failed poll is retried on the next tick.
    }
  }, []);
  useEffect(() => {
    void poll();
    const timer = setInterval(poll, 60_000);
    return () => clearInterval(timer);
  }, [poll]);

  const load = async () => {
    const page = await http.get<Paged<Notice> & { unread: number }>('/api/notifications?pageSize=8');
    setItems(page.items);
    setUnread(page.unread);
  };
  const openNotice = async (n: Notice) => {
    if (!n.read) await http.post(`/api/notifications/${n.id}/read`);
    setOpen(false);
    void poll();
    if (n.link) navigate(n.link);
  };
  const readAll = async () => {
    await http.post('/api/notifications/read-all');
    await load();
  };

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
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
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
