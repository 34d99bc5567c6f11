// The members not yet reached, for the office to invite: filtered by period, committee, sector,
// newness and name, paged, and taken away as Excel with the same filters.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { apiUrl } from '../../../api/client';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import type { ListFilter } from './MembersDrawer';

export function UnreachedCard({
  scope,
  committees,
  sectors,
}: {
  scope: { orgId?: number; year: number };
  committees: { value: number; label: string }[];
  sectors: { value: number; label: string }[];
}) {
  const { t } = useI18n();
  const [period, setPeriod] = useState<'year' | 'term'>('year');
  const [committeeId, setCommitteeId] = useState<number>();
  const [sectorId, setSectorId] = useState<number>();
  const [newOnly, setNewOnly] = useState(false);
  const [name, setName] = useState('');
  const [page, setPage] = useState(1);
  const filter: ListFilter = {
    ...scope,
    period,
    committeeId,
    sectorId,
    isNew: newOnly ? 'true' : undefined,
    name: name || undefined,
  };
  const list = useApiQuery(
    '/api/study/coverage/members',
    { query: { ...filter, status: 'unreached', page, pageSize: 20 } },
    KEEP_PAGE,
  );
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  return (
    <Card
      size="small"
      title={t('studyCoverage.unreachedList')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={apiUrl('/api/study/coverage/unreached.xlsx', { query: filter })}
          data-testid="unreached-export"
        >
          {t('studyCoverage.exportExcel')}
        </Button>
      }
      data-testid="unreached-card"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          value={period}
          onChange={reset(setPeriod)}
          aria-label={t('studyCoverage.period')}
          style={{ width: 110 }}
          options={(['year', 'term'] as const).map((p) => ({ value: p, label: t(`studyCoverage.period.${p}`) }))}
        />
        <Select
          allowClear
          value={committeeId}
          onChange={reset(setCommitteeId)}
          placeholder={t('studyCoverage.committee')}
          aria-label={t('studyCoverage.committee')}
          style={{ width: 180 }}
          options={[{ value: 0, label: t('studyCoverage.noCommittee') }, ...committees]}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={sectorId}
          onChange={reset(setSectorId)}
          placeholder={t('studyCoverage.sector')}
          aria-label={t('studyCoverage.sector')}
          style={{ width: 180 }}
          options={sectors}
        />
        <Checkbox checked={newOnly} onChange={(e) => reset(setNewOnly)(e.target.checked)} data-testid="unreached-new">
          {t('studyCoverage.newOnly')}
        </Checkbox>
        <Input.Search
          allowClear
          placeholder={t('studyCoverage.searchName')}
          aria-label={t('studyCoverage.searchName')}
          style={{ width: 160 }}
          onSearch={reset(setName)}
        />
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => <span data-testid="unreached-total">{t('studyCoverage.total', { total })}</span>,
        }}
        columns={[
          {
            title: t('studyCoverage.name'),
            dataIndex: 'name',
            render: (v: string, m) => (
              <Space size={4}>
                {v}
                {m.isNew && <Tag color="blue">{t('studyCoverage.isNew')}</Tag>}
              </Space>
            ),
          },
          { title: t('studyCoverage.orgName'), dataIndex: 'org' },
          { title: t('studyCoverage.sector'), dataIndex: 'sector' },
          { title: t('studyCoverage.committee'), dataIndex: 'committee', render: (v: string | null) => v ?? '—' },
          { title: t('studyCoverage.party'), dataIndex: 'partyLabel' },
        ]}
      />
    </Card>
  );
}
