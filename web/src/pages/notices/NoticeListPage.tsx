// 通知公告: the organisation's notices for the office (and, read only, for leaders), with how
// many have read each; the office drafts a new one from here.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { NoticeStatus, NoticeSummary } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { NOTICE_STATUSES, STATUS_COLOURS } from './api';

const PAGE_SIZE = 20;

export function NoticeListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as NoticeStatus | undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApiQuery('/api/meeting-notices', { query: { status, page, pageSize: PAGE_SIZE } }, KEEP_PAGE);

  return (
    <Card
      title={t('notices.listTitle')}
      extra={
        can('meetings.manage') && (
          <Link to="/notices/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-notice">
              {t('notices.new')}
            </Button>
          </Link>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<NoticeStatus>
          allowClear
          placeholder={t('notices.status')}
          aria-label={t('notices.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => setParams(v ? { status: v } : {})}
          options={NOTICE_STATUSES.map((s) => ({ value: s, label: t(`notices.status.${s}`) }))}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<NoticeSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        onRow={(n) => ({ onClick: () => navigate(`/notices/${n.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: (p) => setParams({ ...(status && { status }), page: String(p) }),
        }}
        columns={[
          { title: t('notices.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('notices.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: NoticeStatus) => <Tag color={STATUS_COLOURS[s]}>{t(`notices.status.${s}`)}</Tag>,
          },
          {
            title: t('notices.readCounts'),
            width: 120,
            render: (_: unknown, n) => (n.status === 'draft' ? '—' : `${n.counts.read} / ${n.counts.total}`),
          },
          {
            title: t('notices.publishedAt'),
            width: 170,
            render: (_: unknown, n) => formatDateTime(n.publishedAt ?? n.updatedAt),
          },
        ]}
      />
    </Card>
  );
}
