// 审查: the proposals waiting for review, oldest first. Staff pick rows and accept, reject
// (with a configured reason), return or convert them in one go; each proposal's outcome is
// listed afterwards, the failures with the server's reason. Likely duplicates (疑似重复) of
// each other or of earlier proposals are shown beside each, ready for 并案.
import { selectAllTitle } from '../../components/selectAllTitle';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useSession } from '../../auth';
import { formatDate, useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import { valuesOf, type BatchResult, type ProposalItem, type ReviewAction } from '../../api/models';
import { ListFilters } from './ListFilters';
import { KindTag, MarkTags } from './ProposalTags';
import { QueueDuplicateTags, useQueueDuplicates } from './QueueDuplicates';
import { ReviewModal, type ReviewValues } from './ReviewModal';
import { useProposalList } from './useProposalList';
import { useProposalSettings } from './useProposalSettings';
import '../../i18n/areas/proposals';

const PAGE_SIZE = 50;
const FIXED = { state: 'submitted' };
const ACTIONS = valuesOf<ReviewAction>()(['accept', 'reject', 'return', 'convert']);

interface Outcome {
  action: ReviewAction;
  rows: (BatchResult & { title: string })[];
}

export function ReviewQueuePage() {
  const { me } = useSession();
  const { t } = useI18n();
  const settings = useProposalSettings(me?.currentOrg.id);
  const { data: refData } = useRefData(me?.currentOrg.id);
  const list = useProposalList({ pageSize: PAGE_SIZE, fixed: FIXED, defaultSort: 'submittedAt' });
  const [selected, setSelected] = useState<ProposalItem[]>([]);
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const duplicates = useQueueDuplicates(list.data?.items.map((x) => x.id) ?? []);

  const decide = async (a: ReviewAction, v: ReviewValues) => {
    const { results } = await api.post('/api/proposals/review/batch', {
      body: { ids: selected.map((r) => r.id), action: a, reason: v.reason, note: v.note },
    });
    setOutcome({
      action: a,
      rows: results.map((r) => ({ ...r, title: selected.find((s) => s.id === r.id)?.title ?? String(r.id) })),
    });
    setAction(null);
    setSelected([]);
  };
  const failed = outcome?.rows.filter((r) => !r.ok).length ?? 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {outcome && (
        <Card
          size="small"
          title={t('proposals.review.outcomeTitle')}
          extra={
            <Button type="text" onClick={() => setOutcome(null)}>
              {t('common.close')}
            </Button>
          }
          data-testid="batch-outcome"
        >
          <Alert
            type={failed ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 8 }}
            title={t('proposals.review.outcomeSummary', { ok: outcome.rows.length - failed, failed })}
          />
          <Table<Outcome['rows'][number]>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={outcome.rows}
            columns={[
              {
                title: t('proposals.title'),
                dataIndex: 'title',
                render: (v: string, r) => <Link to={`/proposals/${r.id}`}>{v}</Link>,
              },
              {
                title: t('proposals.review.result'),
                width: 360,
                render: (_, r) =>
                  r.ok ? (
                    <Tag color="success">{t(`proposals.review.${outcome.action}Done`)}</Tag>
                  ) : (
                    <>
                      <Tag color="error">{t('proposals.review.failed')}</Tag>
                      <Typography.Text type="danger">{r.message}</Typography.Text>
                    </>
                  ),
              },
            ]}
          />
        </Card>
      )}
      <Card title={t('proposals.reviewTitle')}>
        <ListFilters
          filters={list.filters}
          setFilter={list.setFilter}
          clear={list.clear}
          refData={refData}
          settings={settings}
          hide={['state', 'resultClass', 'overdue']}
        />
        <Space wrap style={{ marginBottom: 12 }} data-testid="batch-bar">
          <Typography.Text>{t('proposals.review.selected', { n: selected.length })}</Typography.Text>
          {ACTIONS.map((a) => (
            <Button
              key={a}
              type={a === 'accept' ? 'primary' : 'default'}
              danger={a === 'reject'}
              disabled={!selected.length}
              onClick={() => setAction(a)}
              data-testid={`batch-${a}`}
            >
              {t(`proposals.review.batch.${a}`)}
            </Button>
          ))}
        </Space>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
        <div data-testid="review-queue">
          <Table<ProposalItem>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={list.data?.items}
            scroll={{ x: 1100 }}
            rowSelection={{
              selectedRowKeys: selected.map((r) => r.id),
              onChange: (_, rows) => setSelected(rows),
              columnTitle: selectAllTitle,
            }}
            pagination={{
              current: list.page,
              pageSize: PAGE_SIZE,
              total: list.data?.total,
              showSizeChanger: false,
              showTotal: (n) => t('proposals.review.waiting', { n }),
              onChange: (p) => {
                setSelected([]);
                list.setPage(p);
              },
            }}
            columns={[
              {
                title: t('proposals.title'),
                dataIndex: 'title',
                render: (v: string, r) => (
                  <Space size={4} wrap>
                    <Link to={`/proposals/${r.id}`}>{v}</Link>
                    <KindTag kind={r.kind} />
                    <MarkTags p={r} />
                  </Space>
                ),
              },
              {
                title: t('proposals.review.duplicates'),
                width: 200,
                render: (_, r) => <QueueDuplicateTags duplicates={duplicates.get(r.id)} />,
              },
              { title: t('proposals.lead'), dataIndex: 'leadName', width: 120 },
              { title: t('proposals.category'), dataIndex: 'category', width: 120 },
              {
                title: t('proposals.submittedAt'),
                dataIndex: 'submittedAt',
                width: 140,
                render: (v: string | null) => formatDate(v),
              },
            ]}
          />
        </div>
      </Card>
      <ReviewModal
        action={action}
        count={selected.length}
        overrides={false}
        settings={settings}
        onCancel={() => setAction(null)}
        onSubmit={decide}
      />
    </Space>
  );
}
