// 交办看板: accepted proposals waiting for assignment (new ones, and those a lead unit
// declined), oldest number first, each with the assign dialog a click away.
import { SendOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { fetchApi } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import type { ProposalDetail, ProposalItem } from '../../../api/models';
import { ListFilters } from '../ListFilters';
import { KindTag, MarkTags, NumberLabel } from '../ProposalTags';
import { useProposalList } from '../useProposalList';
import { useProposalSettings } from '../useProposalSettings';
import { AssignDialog } from '../handling/AssignDialog';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const PAGE_SIZE = 20;

export function AssignBoardPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const settings = useProposalSettings(me?.currentOrg.id);
  const { data: refData } = useRefData(me?.currentOrg.id);
  const list = useProposalList({ pageSize: PAGE_SIZE, fixed: { state: 'accepted' }, defaultSort: 'number' });
  const [target, setTarget] = useState<ProposalDetail | null>(null);
  const [opening, setOpening] = useState<number | null>(null);

  const open = async (id: number) => {
    setOpening(id);
    try {
      setTarget(await fetchApi('/api/proposals/{id}', { path: { id } }));
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setOpening(null);
    }
  };

  return (
    <Card
      title={t('proposalsHandling.assignBoardTitle')}
      extra={list.data && t('proposalsHandling.waitingAssign', { n: list.data.total })}
      data-testid="assign-board"
    >
      <ListFilters
        filters={list.filters}
        setFilter={list.setFilter}
        clear={list.clear}
        refData={refData}
        settings={settings}
        hide={['state']}
      />
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 12 }} />}
      <Table<ProposalItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        scroll={{ x: 960 }}
        onRow={(r) => ({ onClick: () => navigate(`/proposals/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: list.page,
          pageSize: PAGE_SIZE,
          total: list.data?.total,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n }),
          onChange: list.setPage,
        }}
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
              <Space size={4} wrap>
                <Link to={`/proposals/${r.id}`} onClick={(e) => e.stopPropagation()}>
                  {v}
                </Link>
                <KindTag kind={r.kind} />
                <MarkTags p={r} />
              </Space>
            ),
          },
          { title: t('proposals.lead'), dataIndex: 'leadName', width: 110 },
          { title: t('proposals.category'), dataIndex: 'category', width: 110 },
          {
            title: t('proposals.submittedAt'),
            dataIndex: 'submittedAt',
            width: 130,
            render: (v: string | null) => formatDate(v),
          },
          {
            title: t('common.actions'),
            key: 'assign',
            width: 100,
            fixed: 'right',
            render: (_, r) => (
              <Button
                size="small"
                type="primary"
                icon={<SendOutlined />}
                loading={opening === r.id}
                data-testid={`assign-${r.id}`}
                onClick={(e) => {
                  e.stopPropagation();
                  void open(r.id);
                }}
              >
                {t('proposalsHandling.assign')}
              </Button>
            ),
          },
        ]}
      />
      {target && (
        <AssignDialog
          p={target}
          open
          onClose={() => setTarget(null)}
          onAssigned={() => {
            setTarget(null);
            message.success(t('proposalsHandling.assigned'));
          }}
        />
      )}
    </Card>
  );
}
