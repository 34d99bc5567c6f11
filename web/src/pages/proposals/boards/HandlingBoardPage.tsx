// 督办看板: every open assignment of the organisation, nearest deadline first (or most
// urged), with overdue and due-soon marks, urging counts and the office's urge button.
import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../../auth';
import { collator, formatDate, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import { NumberLabel } from '../ProposalTags';
import { UrgeButton } from '../handling/ItemDialogs';
import { AssignmentStatusTag, DeadlineMark, RoleTag, UrgedMark } from '../handling/marks';
import type { BoardItem } from '../../../api/models';
import { FlagToggle } from './FlagToggle';
import { usePaged } from './usePaged';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/unitWork';
import '../../../i18n/areas/proposals';

export function HandlingBoardPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const navigate = useNavigate();
  const { data: refData } = useRefData(me?.currentOrg.id);
  const list = usePaged(
    '/api/proposals/handling-board',
    ['unitId', 'overdue', 'late', 'urged', 'signOverdue', 'sort'],
    {
      sort: 'deadline',
    },
  );
  const office = can('proposals.manage');
  const toggle = (key: 'overdue' | 'urged' | 'signOverdue', label: string) => (
    <FlagToggle {...list} name={key} label={label} testId={`board-${key}`} />
  );
  const summary = list.data?.summary;
  const units = [...(refData?.units ?? [])].sort(
    (a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name),
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('proposalsHandling.board.open')} value={summary?.open ?? '-'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('proposalsHandling.board.overdue')}
              value={summary?.overdue ?? '-'}
              styles={{ content: { color: '#cf1322' } }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('proposalsHandling.board.urged')} value={summary?.urged ?? '-'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('unitWork.board.signOverdue')}
              value={summary?.signOverdue ?? '-'}
              styles={{ content: { color: '#cf1322' } }}
            />
          </Card>
        </Col>
      </Row>
      <Card title={t('proposalsHandling.boardTitle')} data-testid="handling-board">
        <Space wrap size={[12, 8]} style={{ marginBottom: 16 }}>
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
          {toggle('overdue', t('proposalsHandling.onlyOverdue'))}
          <Select
            allowClear
            placeholder={t('proposalsHandling.lateKind')}
            aria-label={t('proposalsHandling.lateKind')}
            style={{ width: 140 }}
            value={list.filters.late || undefined}
            onChange={(v?: string) => list.setFilter({ late: v })}
            options={['sign', 'reply'].map((k) => ({ value: k, label: t(`proposalsHandling.late_${k}`) }))}
            data-testid="board-late"
          />
          {toggle('urged', t('proposalsHandling.onlyUrged'))}
          {toggle('signOverdue', t('unitWork.onlySignOverdue'))}
          <Select
            value={list.filters.sort}
            style={{ width: 160 }}
            onChange={(v: string) => list.setFilter({ sort: v })}
            aria-label={t('proposalsHandling.sortBy')}
            options={['deadline', '-deadline', '-urgeCount'].map((s) => ({
              value: s,
              label: t(`proposalsHandling.boardSort.${s}`),
            }))}
          />
        </Space>
        {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
        <Table<BoardItem>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          onRow={(r) => ({ onClick: () => navigate(`/proposals/${r.proposalId}`), style: { cursor: 'pointer' } })}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: list.data?.total,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { n }),
            onChange: list.setPage,
          }}
          columns={[
            {
              title: t('proposals.number'),
              dataIndex: 'numberLabel',
              width: 150,
              render: (v: string | null) => <NumberLabel label={v} />,
            },
            {
              title: t('proposals.title'),
              dataIndex: 'title',
              render: (v: string, r) => (
                <Link to={`/proposals/${r.proposalId}`} onClick={(e) => e.stopPropagation()}>
                  {v}
                </Link>
              ),
            },
            {
              title: t('proposals.filter.unit'),
              dataIndex: 'unitName',
              width: 190,
              render: (v: string, r) => (
                <Space size={4} wrap>
                  {v}
                  <RoleTag role={r.role} />
                </Space>
              ),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              width: 130,
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <AssignmentStatusTag status={r.status} />
                  {r.status === 'pending_sign' && (
                    <Typography.Text type={r.signOverdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {t('proposalsHandling.signBy', { date: formatDate(r.signDeadline) })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('proposals.replyDeadline'),
              dataIndex: 'replyDeadline',
              width: 170,
              render: (_, r) => <DeadlineMark a={r} />,
            },
            {
              title: t('proposalsHandling.urgedLabel'),
              dataIndex: 'urgeCount',
              width: 90,
              render: (_, r) => <UrgedMark count={r.urgeCount} last={r.lastUrgedAt} />,
            },
            ...(office
              ? [
                  {
                    title: t('common.actions'),
                    key: 'urge',
                    width: 70,
                    fixed: 'right' as const,
                    render: (_: unknown, r: BoardItem) => (
                      <span onClick={(e) => e.stopPropagation()}>
                        <UrgeButton proposalId={r.proposalId} assignmentId={r.id} unitName={r.unitName} />
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
