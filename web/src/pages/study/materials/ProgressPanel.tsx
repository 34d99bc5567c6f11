// The office's view of a material's progress: how many of the assigned opened and finished it,
// the names of those who have not (or have, with their time and reflection), one reminder to
// those not finished (the server spaces reminders 12 hours apart), and a member's learning
// record in a drawer.
import { BellOutlined } from '@ant-design/icons';
import { App, Button, Card, Drawer, Grid, Popconfirm, Segmented, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { formatDateTime, useI18n } from '../../../i18n';
import { durationParts, type MaterialDetail, type ProgressRow } from './api';
import { LearningRecordView } from './LearningRecordView';

const PAGE_SIZE = 50;
type State = 'unfinished' | 'unopened' | 'finished';

export function ProgressPanel({ m }: { m: MaterialDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const [state, setState] = useState<State>('unfinished');
  const [page, setPage] = useState(1);
  const [member, setMember] = useState<ProgressRow | null>(null);
  const q = useApiQuery(
    '/api/study/materials/{id}/progress',
    { path: { id: m.id }, query: { state, page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  const counts = q.data?.counts;
  const remind = async () => {
    try {
      const r = await api.post('/api/study/materials/{id}/remind', { path: { id: m.id } });
      message.success(t('studyMaterials.reminded', { n: r.reminded }));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const duration = (s: number) => t('studyMaterials.duration', durationParts(s));

  return (
    <Card
      title={t('studyMaterials.progress')}
      data-testid="material-progress"
      extra={
        m.allowedActions.includes('remindMaterial') && (counts?.unfinished ?? 0) > 0 ? (
          <Popconfirm title={t('studyMaterials.remindConfirm')} onConfirm={remind}>
            <Button icon={<BellOutlined />} data-testid="remind-unfinished">
              {mobile ? null : t('studyMaterials.remind')}
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Space size={mobile ? 20 : 40} wrap style={{ display: 'flex', marginBottom: 12 }}>
        <Statistic title={t('studyMaterials.assigned')} value={counts?.assigned ?? m.counts.assigned} />
        <Statistic title={t('studyMaterials.opened')} value={counts?.opened ?? 0} />
        <Statistic title={t('studyMaterials.finished')} value={counts?.finished ?? 0} data-testid="progress-finished" />
        <Statistic title={t('studyMaterials.unfinished')} value={counts?.unfinished ?? 0} />
      </Space>
      {m.remindedAt && (
        <Typography.Paragraph type="secondary">
          {t('studyMaterials.remindedAt', { at: formatDateTime(m.remindedAt) })}
        </Typography.Paragraph>
      )}
      <Segmented<State>
        value={state}
        onChange={(v) => {
          setState(v);
          setPage(1);
        }}
        options={(['unfinished', 'unopened', 'finished'] as State[]).map((s) => ({
          value: s,
          label: t(`studyMaterials.names.${s}`),
        }))}
        style={{ marginBottom: 12 }}
      />
      <Table<ProgressRow>
        size="small"
        rowKey="memberId"
        scroll={{ x: 640 }}
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        data-testid="progress-names"
        onRow={(r) => ({ onClick: () => setMember(r), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('studyMaterials.name'), dataIndex: 'name', width: 100 },
          { title: t('studyMaterials.committee'), dataIndex: 'committee', width: 150, ellipsis: true },
          {
            title: t('studyMaterials.openedAt'),
            dataIndex: 'openedAt',
            width: 160,
            render: (v: string | null) => (v ? formatDateTime(v) : '—'),
          },
          {
            title: t('studyMaterials.timeSpent'),
            dataIndex: 'seconds',
            width: 110,
            render: (s: number) => (s ? duration(s) : '—'),
          },
          ...(state === 'finished'
            ? [
                {
                  title: t('studyMaterials.finishedAt'),
                  dataIndex: 'finishedAt',
                  width: 160,
                  render: (v: string | null) => formatDateTime(v),
                },
                { title: t('studyMaterials.reflection'), dataIndex: 'reflection', ellipsis: true },
              ]
            : []),
        ]}
      />
      <Drawer
        open={!!member}
        onClose={() => setMember(null)}
        size={mobile ? 'default' : 'large'}
        title={member ? t('studyMaterials.memberRecord', { name: member.name }) : ''}
        destroyOnHidden
      >
        {member && <LearningRecordView memberId={member.memberId} />}
      </Drawer>
    </Card>
  );
}
