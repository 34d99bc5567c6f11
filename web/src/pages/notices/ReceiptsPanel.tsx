// The office's view of a notice's receipts: how many have read it, the names of those who have
// not (or have, with the time), and one reminder to the unread (the server spaces reminders).
import { BellOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Segmented, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { NoticeDetail, NoticeReceipt } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';

const PAGE_SIZE = 50;

export function ReceiptsPanel({ n }: { n: NoticeDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [read, setRead] = useState<'false' | 'true'>('false');
  const [page, setPage] = useState(1);
  const q = useApiQuery(
    '/api/meeting-notices/{id}/receipts',
    { path: { id: n.id }, query: { read, page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  const counts = q.data?.counts ?? n.counts;
  const remind = async () => {
    try {
      const r = await api.post('/api/meeting-notices/{id}/remind', { path: { id: n.id } });
      message.success(t('notices.reminded', { n: r.reminded }));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Card
      title={t('notices.receipts')}
      data-testid="notice-receipts"
      extra={
        n.allowedActions.includes('remindNotice') && counts.unread > 0 ? (
          <Popconfirm title={t('notices.remindConfirm')} onConfirm={remind}>
            <Button icon={<BellOutlined />} data-testid="remind-unread">
              {t('notices.remind')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Space size={40} wrap style={{ display: 'flex', marginBottom: 12 }}>
        <Statistic title={t('notices.total')} value={counts.total} />
        <Statistic title={t('notices.read')} value={counts.read} data-testid="receipts-read" />
        <Statistic title={t('notices.unread')} value={counts.unread} data-testid="receipts-unread" />
      </Space>
      {n.remindedAt && (
        <Typography.Paragraph type="secondary">
          {t('notices.remindedAt', { at: formatDateTime(n.remindedAt) })}
        </Typography.Paragraph>
      )}
      <Segmented
        value={read}
        onChange={(v) => {
          setRead(v as 'false' | 'true');
          setPage(1);
        }}
        options={[
          { value: 'false', label: t('notices.unreadNames') },
          { value: 'true', label: t('notices.readNames') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<NoticeReceipt>
        size="small"
        rowKey="userId"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        data-testid="receipt-names"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('notices.name'), dataIndex: 'name' },
          { title: t('notices.org'), dataIndex: 'org' },
          ...(read === 'true'
            ? [{ title: t('notices.readAt'), dataIndex: 'readAt', render: (v: string) => formatDateTime(v) }]
            : []),
        ]}
      />
    </Card>
  );
}
