// 承诺落实: the commitments units made in their replies, followed after the reply until done
// (重答复更重落实). A unit sees its own and reports progress; the office sees every unit's,
// the overdue ones first when asked, and may stop following one with a reason.
import { Alert, Card, Segmented, Select, Space, Table, Typography } from 'antd';
import { FlagToggle } from './FlagToggle';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth';
import { collator, formatDate, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import { DropButton, ProgressButton } from '../handling/ItemDialogs';
import { CommitmentStatusTag } from '../handling/marks';
import type { CommitmentRow } from '../../../api/models';
import { usePaged } from './usePaged';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const STATUSES = ['open', 'done', 'dropped', ''] as const;

export function CommitmentsPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const office = can('proposals.manage');
  const unit = can('proposals.handle') && !!me?.user.unitId;
  const readsAll = office || can('proposals.read_all');
  const { data: refData } = useRefData(readsAll ? me?.currentOrg.id : undefined);
  const list = usePaged('/api/proposals/commitments', ['status', 'overdue', 'unitId'], {
    status: 'open',
  });
  const units = [...(refData?.units ?? [])].sort(
    (a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name),
  );

  return (
    <Card title={t('proposalsHandling.commitmentsTitle')} data-testid="commitments-page">
      <Typography.Paragraph type="secondary">
        {t(unit ? 'proposalsHandling.commitmentsUnitHint' : 'proposalsHandling.commitmentsOfficeHint')}
      </Typography.Paragraph>
      <Space wrap size={[12, 8]} style={{ marginBottom: 16 }}>
        <Segmented
          value={list.filters.status ?? ''}
          onChange={(v) => list.setFilter({ status: String(v) })}
          options={STATUSES.map((s) => ({
            value: s,
            label: s ? t(`proposalsHandling.commitment.${s}`) : t('common.all'),
          }))}
        />
        <FlagToggle
          filters={list.filters}
          setFilter={list.setFilter}
          name="overdue"
          label={t('proposalsHandling.onlyOverdueCommitments')}
          testId="commitments-overdue"
        />
        {readsAll && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('proposals.filter.unit')}
            aria-label={t('proposals.filter.unit')}
            style={{ width: 220 }}
            value={list.filters.unitId ? Number(list.filters.unitId) : undefined}
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v?: number) => list.setFilter({ unitId: v ? String(v) : undefined })}
          />
        )}
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
      <Table<CommitmentRow>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        scroll={{ x: 1000 }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: list.data?.total,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n }),
          onChange: list.setPage,
        }}
        columns={[
          { title: t('proposalsHandling.commitmentContent'), dataIndex: 'content', width: 300 },
          {
            title: t('proposalsHandling.proposal'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/proposals/${r.proposalId}`}>{v}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.numberLabel, readsAll ? r.unitName : null].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: t('proposalsHandling.commitmentDue'),
            dataIndex: 'dueDate',
            width: 130,
            render: (v: string, r) => (
              <Space orientation="vertical" size={0}>
                {formatDate(v)}
                {r.daysOverdue > 0 && r.status === 'open' && (
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {t('proposalsHandling.overdueDays', { n: r.daysOverdue })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 100,
            render: (_, r) => <CommitmentStatusTag status={r.status} overdue={r.overdue} />,
          },
          {
            title: t('proposalsHandling.lastUpdate'),
            dataIndex: 'lastUpdateAt',
            width: 150,
            render: (v: string | null, r) =>
              r.doneAt ? (
                t('proposalsHandling.doneOn', { date: formatDate(r.doneAt) })
              ) : v ? (
                formatDate(v)
              ) : (
                <Typography.Text type="secondary">{t('proposalsHandling.noUpdate')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            fixed: 'right',
            render: (_, r) =>
              r.status === 'open' && (
                <Space size={8}>
                  {unit && r.unitId === me?.user.unitId && <ProgressButton commitmentId={r.id} />}
                  {office && <DropButton commitmentId={r.id} />}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
