// 待办提案: what the office assigned to the viewer's unit — to sign for, being handled,
// answered — with the deadlines, days left, overdue and urging marks; nearest deadline first.
import { Alert, Card, Grid, List, Segmented, Select, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate, useI18n } from '../../../i18n';
import { NumberLabel } from '../ProposalTags';
import { FlagToggle } from '../boards/FlagToggle';
import { usePaged } from '../boards/usePaged';
import { AssignmentStatusTag, DeadlineMark, RoleTag, UrgedMark } from './marks';
import type { InboxItem } from '../../../api/models';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const GROUPS = {
  open: 'pending_sign,signed',
  toSign: 'pending_sign',
  handling: 'signed',
  replied: 'replied',
  all: '',
} as const;

export function UnitInboxPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const list = usePaged('/api/proposals/inbox', ['status', 'overdue', 'urged', 'sort'], {
    status: GROUPS.open,
    sort: 'deadline',
  });
  const group = (Object.entries(GROUPS).find(([, v]) => v === (list.filters.status ?? ''))?.[0] ??
    'all') as keyof typeof GROUPS;

  const filters = (
    <Space wrap size={[12, 8]} style={{ marginBottom: 16 }}>
      <Segmented
        value={group}
        onChange={(g) => list.setFilter({ status: GROUPS[g as keyof typeof GROUPS] })}
        data-testid="inbox-group"
        options={(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((g) => ({
          value: g,
          label: t(`proposalsHandling.inbox.${g}`),
        }))}
      />
      <FlagToggle {...list} name="overdue" label={t('proposalsHandling.onlyOverdue')} />
      <FlagToggle {...list} name="urged" label={t('proposalsHandling.onlyUrged')} testId="inbox-urged" />
      <Select
        value={list.filters.sort}
        style={{ width: 150 }}
        onChange={(v: string) => list.setFilter({ sort: v })}
        aria-label={t('proposalsHandling.sortBy')}
        options={[
          { value: 'deadline', label: t('proposalsHandling.sortDeadline') },
          { value: '-assignedAt', label: t('proposalsHandling.sortAssigned') },
        ]}
      />
    </Space>
  );
  const pagination = {
    current: list.page,
    pageSize: list.pageSize,
    total: list.data?.total,
    showSizeChanger: false,
    showTotal: (n: number) => t('common.total', { n }),
    onChange: list.setPage,
  };

  return (
    <Card title={t('proposalsHandling.inboxTitle')} data-testid="unit-inbox">
      {filters}
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
      {mobile ? (
        <List<InboxItem>
          loading={list.loading}
          dataSource={list.data?.items}
          pagination={pagination}
          renderItem={(r) => (
            <List.Item
              onClick={() => navigate(`/proposals/${r.proposalId}`)}
              style={{ display: 'block', cursor: 'pointer' }}
            >
              <Typography.Text strong>{r.title}</Typography.Text>
              <Space size={4} wrap style={{ display: 'flex', marginTop: 4 }}>
                <RoleTag role={r.role} />
                <AssignmentStatusTag status={r.status} />
                <UrgedMark count={r.urgeCount} last={r.lastUrgedAt} />
                <DeadlineMark a={r} />
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Table<InboxItem>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items}
          pagination={pagination}
          scroll={{ x: 980 }}
          onRow={(r) => ({ onClick: () => navigate(`/proposals/${r.proposalId}`), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('proposals.number'),
              dataIndex: 'numberLabel',
              width: 200,
              render: (v: string | null) => <NumberLabel label={v} />,
            },
            {
              title: t('proposals.title'),
              dataIndex: 'title',
              render: (v: string, r) => (
                <Space orientation="vertical" size={2}>
                  <Link to={`/proposals/${r.proposalId}`} onClick={(e) => e.stopPropagation()}>
                    {v}
                  </Link>
                  {r.partNote && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('proposalsHandling.part')}：{r.partNote}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('proposalsHandling.roleLabel'),
              dataIndex: 'role',
              width: 80,
              render: (_, r) => <RoleTag role={r.role} />,
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 90,
              render: (_, r) => <AssignmentStatusTag status={r.status} />,
            },
            {
              title: t('proposalsHandling.signDeadline'),
              dataIndex: 'signDeadline',
              width: 120,
              render: (v: string, r) =>
                r.status === 'pending_sign' ? (
                  <Typography.Text type={r.signOverdue ? 'danger' : undefined}>{formatDate(v)}</Typography.Text>
                ) : (
                  <Typography.Text type="secondary">{formatDate(r.signedAt)}</Typography.Text>
                ),
            },
            {
              title: t('proposals.replyDeadline'),
              dataIndex: 'replyDeadline',
              width: 190,
              render: (_, r) => <DeadlineMark a={r} />,
            },
            {
              title: t('proposalsHandling.urgedLabel'),
              dataIndex: 'urgeCount',
              width: 100,
              render: (_, r) => <UrgedMark count={r.urgeCount} last={r.lastUrgedAt} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
