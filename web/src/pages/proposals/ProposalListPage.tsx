// 提案列表 for the office and leaders: filters and full-text search (kept in the address),
// a sortable, paginated table, and the Excel export of exactly what is filtered.
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth';
import { formatDate, useI18n } from '../../i18n';
import { useRefData } from '../admin/useRefData';
import type { ProposalItem } from '../../api/models';
import { ListFilters } from './ListFilters';
import { KindTag, MarkTags, NumberLabel, StateTag } from './ProposalTags';
import { useProposalList } from './useProposalList';
import { useProposalSettings } from './useProposalSettings';
import { useResultLabel } from './resultLabel';
import '../../i18n/areas/proposals';

const PAGE_SIZE = 20;
const SORTABLE: Record<string, string> = {
  numberLabel: 'number',
  submittedAt: 'submittedAt',
  updatedAt: 'updatedAt',
  replyDeadline: 'replyDeadline',
};

export function ProposalListPage() {
  const { me, can } = useSession();
  const { t } = useI18n();
  const labelOf = useResultLabel();
  const navigate = useNavigate();
  const settings = useProposalSettings(me?.currentOrg.id);
  const { data: refData } = useRefData(me?.currentOrg.id);
  const list = useProposalList({ pageSize: PAGE_SIZE, defaultSort: '-submittedAt' });

  const order = (column: string) => {
    const s = list.sort.replace(/^-/, '');
    if (SORTABLE[column] !== s) return null;
    return list.sort.startsWith('-') ? ('descend' as const) : ('ascend' as const);
  };
  const onChange: TableProps<ProposalItem>['onChange'] = (pagination, _f, sorter, extra) => {
    if (extra.action === 'paginate') return list.setPage(pagination.current ?? 1);
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = SORTABLE[String(one?.field ?? '')];
    list.setFilter({ sort: field && one?.order ? `${one.order === 'descend' ? '-' : ''}${field}` : undefined });
  };

  return (
    <Card
      title={t('proposals.listTitle')}
      extra={
        <Space>
          {/* Viewing another organisation is read-only: proposals are entered in one's own. */}
          {can('proposals.manage') && me?.currentOrg.id === me?.user.orgId && (
            <Link to="/proposals/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="office-new-proposal">
                {t('proposals.newByOffice')}
              </Button>
            </Link>
          )}
          <Button icon={<DownloadOutlined />} href={list.exportUrl} data-testid="export-xlsx">
            {t('proposals.exportExcel')}
          </Button>
        </Space>
      }
    >
      <ListFilters
        filters={list.filters}
        setFilter={list.setFilter}
        clear={list.clear}
        refData={refData}
        settings={settings}
      />
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
      <Table<ProposalItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        onChange={onChange}
        scroll={{ x: 1050 }}
        onRow={(r) => ({ onClick: () => navigate(`/proposals/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: list.page,
          pageSize: PAGE_SIZE,
          total: list.data?.total,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          {
            title: t('proposals.number'),
            dataIndex: 'numberLabel',
            width: 170,
            sorter: true,
            sortOrder: order('numberLabel'),
            render: (v: string | null) => <NumberLabel label={v} />,
          },
          {
            title: t('proposals.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <>
                <Space size={4} wrap>
                  <Link to={`/proposals/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {v}
                  </Link>
                  <KindTag kind={r.kind} />
                  <MarkTags p={r} />
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.leadName}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: t('proposals.category'), dataIndex: 'category', width: 96 },
          {
            title: t('proposals.stateLabel'),
            dataIndex: 'state',
            width: 110,
            render: (_, r) => (
              <Space size={4}>
                <StateTag state={r.state} />
                {r.resultClass && (
                  <Tooltip title={labelOf(r.resultClass, settings?.resultLabels[r.resultClass])}>
                    <Tag style={{ marginInlineEnd: 0 }}>{r.resultClass}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('proposals.submittedAt'),
            dataIndex: 'submittedAt',
            width: 128,
            sorter: true,
            sortOrder: order('submittedAt'),
            render: (v: string | null) => formatDate(v),
          },
          {
            title: t('proposals.replyDeadline'),
            dataIndex: 'replyDeadline',
            width: 128,
            sorter: true,
            sortDirections: ['ascend'],
            sortOrder: order('replyDeadline'),
            render: (v: string | null) => formatDate(v),
          },
          {
            title: t('proposals.updatedAt'),
            dataIndex: 'updatedAt',
            width: 128,
            sorter: true,
            sortOrder: order('updatedAt'),
            render: (v: string) => formatDate(v),
          },
        ]}
      />
    </Card>
  );
}
