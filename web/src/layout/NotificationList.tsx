// The bell's popover content: the latest notices, loaded with the popover (its own chunk, so the
// shell's first load — a member's phone home has a 400 KB budget — carries no List or Empty).
import { Button, Empty, List, Typography } from 'antd';
import type { Notice } from '../api/models';
import { formatDateTime, useI18n } from '../i18n';

export default function NotificationList({
  items,
  unread,
  onOpen,
  onReadAll,
}: {
  items: Notice[];
  unread: number;
  onOpen(n: Notice): void;
  onReadAll(): void;
}) {
  const { t } = useI18n();
  return (
    <div style={{ width: 320, maxWidth: '80vw' }}>
      {items.length === 0 ? (
        <Empty description={t('layout.noNotifications')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item onClick={() => onOpen(n)} style={{ cursor: 'pointer', opacity: n.read ? 0.6 : 1 }}>
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
        <Button size="small" type="link" onClick={onReadAll} disabled={unread === 0}>
          {t('layout.markAllRead')}
        </Button>
      </div>
    </div>
  );
}
