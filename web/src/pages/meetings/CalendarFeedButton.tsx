// 订阅到手机日历: a member's private calendar feed. The address is shown once, when made (only
// its hash is kept), with a webcal:// link the phone's calendar opens directly; reset makes a
// new one and ends the old, revoke ends it.
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';

export function CalendarFeedButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState<string | null>(null);
  const state = useApiQuery('/api/meetings/calendar-feed', {}, { enabled: open });
  const feed = state.data;
  const https = made && `${window.location.origin}${made}`;
  const webcal = https && https.replace(/^https?:/, 'webcal:');

  const make = async () => {
    try {
      const r = await api.post('/api/meetings/calendar-feed', {});
      setMade(r.path);
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const revoke = async () => {
    try {
      await api.delete('/api/meetings/calendar-feed', {});
      setMade(null);
      message.success(t('meetingDesk.feedRevoked'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} data-testid="calendar-feed">
        {t('meetingDesk.feed')}
      </Button>
      <Modal
        open={open}
        title={t('meetingDesk.feed')}
        footer={null}
        onCancel={() => {
          setOpen(false);
          setMade(null);
        }}
      >
        <Typography.Paragraph type="secondary">{t('meetingDesk.feedHelp')}</Typography.Paragraph>
        {https && webcal && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('meetingDesk.feedMade')}
            description={
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Button type="primary" href={webcal} block data-testid="feed-subscribe">
                  {t('meetingDesk.feedSubscribe')}
                </Button>
                <Typography.Paragraph copyable={{ text: https }} style={{ wordBreak: 'break-all', marginBottom: 0 }}>
                  <span data-testid="feed-url">{https}</span>
                </Typography.Paragraph>
              </Space>
            }
          />
        )}
        {feed?.active && (
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('meetingDesk.feedCreated')}>
              {formatDateTime(feed.createdAt!)}
            </Descriptions.Item>
            <Descriptions.Item label={t('meetingDesk.feedUsed')}>
              {feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('meetingDesk.feedNeverUsed')}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Space wrap>
          {feed?.active ? (
            <>
              <Popconfirm title={t('meetingDesk.feedResetConfirm')} onConfirm={make}>
                <Button data-testid="feed-reset">{t('meetingDesk.feedReset')}</Button>
              </Popconfirm>
              <Popconfirm title={t('meetingDesk.feedRevokeConfirm')} onConfirm={revoke}>
                <Button danger data-testid="feed-revoke">
                  {t('meetingDesk.feedRevoke')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Button type="primary" onClick={make} loading={state.isLoading} data-testid="feed-make">
              {t('meetingDesk.feedMake')}
            </Button>
          )}
        </Space>
      </Modal>
    </>
  );
}
