// 优秀提案评选: at the end of the year the office goes through the replied and closed
// proposals (with the list's filters and search) and selects the excellent ones for a year.
import { TrophyOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, InputNumber, Segmented, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import type { ProposalItem } from '../../../api/models';
import { step } from '../api';
import { ListFilters } from '../ListFilters';
import { NumberLabel, StateTag } from '../ProposalTags';
import { useProposalList } from '../useProposalList';
import { useProposalSettings } from '../useProposalSettings';
import { useResultLabel } from '../resultLabel';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

const PAGE_SIZE = 20;

export function ExcellentPage() {
  const { t } = useI18n();
  const labelOf = useResultLabel();
  const { me, can } = useSession();
  const { message } = AntApp.useApp();
  const settings = useProposalSettings(me?.currentOrg.id);
  const { data: refData } = useRefData(me?.currentOrg.id);
  const list = useProposalList({ pageSize: PAGE_SIZE, fixed: { state: 'replied,closed' }, defaultSort: 'number' });
  const [year, setYear] = useState(dayjs().year());
  const [busy, setBusy] = useState<number | null>(null);
  const office = can('proposals.manage');

  const toggle = async (r: ProposalItem) => {
    setBusy(r.id);
    try {
      if (r.isExcellent) await api.delete('/api/proposals/{id}/excellent', { path: { id: r.id } });
      else await step(r.id, 'excellent', { year });
      message.success(
        t(r.isExcellent ? 'proposalsHandling.excellent.unselected' : 'proposalsHandling.excellent.selected'),
      );
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={t('proposalsHandling.excellent.title')}
      data-testid="excellent-page"
      extra={
        <Space>
          {t('proposalsHandling.excellent.year')}
          <InputNumber
            aria-label={t('proposalsHandling.excellent.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            style={{ width: 100 }}
          />
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <Segmented
          value={list.filters.isExcellent ?? ''}
          onChange={(v) => list.setFilter({ isExcellent: String(v) || undefined })}
          options={[
            { value: '', label: t('proposalsHandling.excellent.candidates') },
            { value: 'true', label: t('proposalsHandling.excellent.chosen') },
          ]}
        />
      </Space>
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
                <Link to={`/proposals/${r.id}`}>{v}</Link>
                {r.isExcellent && (
                  <Tag color="gold" bordered={false}>
                    {t('proposals.excellentTag')}
                  </Tag>
                )}
              </Space>
            ),
          },
          { title: t('proposals.lead'), dataIndex: 'leadName', width: 110 },
          {
            title: t('proposals.stateLabel'),
            dataIndex: 'state',
            width: 90,
            render: (_, r) => <StateTag state={r.state} />,
          },
          {
            title: t('proposals.resultClass'),
            dataIndex: 'resultClass',
            width: 130,
            render: (v: ProposalItem['resultClass']) => (v ? `${v} ${labelOf(v, settings?.resultLabels[v])}` : ''),
          },
          ...(office
            ? [
                {
                  title: t('common.actions'),
                  key: 'act',
                  width: 120,
                  fixed: 'right' as const,
                  render: (_: unknown, r: ProposalItem) => (
                    <Button
                      size="small"
                      type={r.isExcellent ? 'default' : 'primary'}
                      icon={r.isExcellent ? undefined : <TrophyOutlined />}
                      loading={busy === r.id}
                      onClick={() => void toggle(r)}
                      data-testid={`excellent-${r.id}`}
                    >
                      {t(r.isExcellent ? 'proposalsHandling.excellent.unselect' : 'proposalsHandling.excellent.select')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
