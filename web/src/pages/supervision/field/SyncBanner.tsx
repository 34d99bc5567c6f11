// The outbox at a glance on the field pages: online or not, how many visits wait on this phone,
// whether a send is running or when it is tried again, and the visits the server refused
// (each with its message, to edit or delete).
import { CloudSyncOutlined, DisconnectOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime, useI18n } from '../../../i18n';
import type { OutboxVisit } from '../../../offline/outbox';
import type { OutboxView } from './useOutbox';

const STATE_COLOR: Record<string, string> = {
  draft: 'default',
  queued: 'processing',
  sending: 'processing',
  'needs-attention': 'error',
  sent: 'success',
};

export const visitLink = (v: Pick<OutboxVisit, 'campaignId' | 'objectId' | 'clientId'>) =>
  `/supervision/field/${v.campaignId}/${v.objectId}?visit=${v.clientId}`;

export function SyncBanner({ view }: { view: OutboxView }) {
  const { t } = useI18n();
  const { visits, status, online, syncNow, outbox } = view;
  const waiting = visits.filter((v) => v.state === 'queued' || v.state === 'sending');
  const attention = visits.filter((v) => v.state === 'needs-attention');
  const drafts = visits.filter((v) => v.state === 'draft');
  const stop = status?.last?.stop;
  return (
    <div style={{ marginBottom: 12 }} data-testid="sync-banner">
      <Alert
        type={!online || attention.length ? 'warning' : waiting.length ? 'info' : 'success'}
        showIcon
        icon={online ? <CloudSyncOutlined /> : <DisconnectOutlined />}
        title={
          <Space wrap size={4}>
            <Tag color={online ? 'green' : 'orange'} data-testid="network-state">
              {online ? t('supervisionField.online') : t('supervisionField.offline')}
            </Tag>
            <Badge count={waiting.length} showZero={false} color="#b7312c" />
            <span data-testid="pending-count">
              {waiting.length
                ? t('supervisionField.pending', { count: waiting.length })
                : attention.length
                  ? t('supervisionField.needsAttention', { count: attention.length })
                  : t('supervisionField.allSent')}
            </span>
            {status?.running && <Typography.Text type="secondary">{t('supervisionField.syncing')}</Typography.Text>}
          </Space>
        }
        description={
          !status?.running && waiting.length > 0 && stop && stop !== 'done' ? (
            <Space wrap size={4}>
              <span>{t('supervisionField.lastStop', { reason: t(`supervisionField.stop.${stop}`) })}</span>
              {status?.nextTryAt && (
                <span>
                  {t('supervisionField.nextTry', { time: formatDateTime(new Date(status.nextTryAt).toISOString()) })}
                </span>
              )}
            </Space>
          ) : undefined
        }
        action={
          waiting.length > 0 && online ? (
            <Button size="small" onClick={syncNow} loading={status?.running} data-testid="sync-now">
              {t('supervisionField.syncNow')}
            </Button>
          ) : undefined
        }
      />
      {(attention.length > 0 || drafts.length > 0) && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          header={
            attention.length > 0 ? (
              <Typography.Text type="danger">
                <WarningOutlined /> {t('supervisionField.needsAttention', { count: attention.length })}
              </Typography.Text>
            ) : (
              t('supervisionField.outboxTitle')
            )
          }
          dataSource={[...attention, ...drafts]}
          renderItem={(v) => (
            <List.Item
              data-testid={`outbox-${v.clientId}`}
              actions={[
                <Link key="fix" to={visitLink(v)}>
                  {t('supervisionField.fix')}
                </Link>,
                <Popconfirm
                  key="discard"
                  title={t('supervisionField.discardConfirm')}
                  onConfirm={() => void outbox?.discard(v.clientId)}
                >
                  <Button type="link" danger size="small">
                    {t('supervisionField.discard')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap size={4}>
                    {v.objectName}
                    <Tag color={STATE_COLOR[v.state]}>{t(`supervisionField.state.${v.state}`)}</Tag>
                  </Space>
                }
                description={
                  v.error ? t('supervisionField.serverSaid', { message: v.error.message }) : formatDateTime(v.updatedAt)
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
