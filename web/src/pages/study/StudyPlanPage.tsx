// 学习计划: the organisation's study plan of a year. The office adds, edits and removes items
// and links the sessions (meetings) that carried them out; leaders read. On top, the plan's
// completion (overall and per study kind); each item shows whether it is done, upcoming or
// overdue (its planned date passed with nothing held), overdue ones flagged.
import { DeleteOutlined, EditOutlined, LinkOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Grid,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDate, useI18n } from '../../i18n';
import { LinkSessionDialog } from './LinkSessionDialog';
import { PlanCompletion } from './PlanCompletion';
import { PlanItemCards } from './PlanItemCards';
import { PlanItemDialog } from './PlanItemDialog';
import { ITEM_STATUSES, plannedLabel, type ItemStatus, type PlanItem } from './planApi';

const STATUS_COLOR: Record<ItemStatus, string> = { done: 'success', upcoming: 'processing', overdue: 'error' };

export function StudyPlanPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const [filter, setFilter] = useState<ItemStatus | 'all'>('all');
  const [editing, setEditing] = useState<PlanItem | 'new' | null>(null);
  const [linking, setLinking] = useState<PlanItem | null>(null);
  const plan = useApiQuery('/api/study/plan', { query: { year } });
  const view = plan.data;
  const may = (i: PlanItem, action: string) => i.allowedActions.includes(action);

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(t(done));
      await plan.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const closed = (saved: boolean) => {
    setEditing(null);
    setLinking(null);
    if (saved) {
      message.success(t('studyPlan.saved'));
      void plan.refetch();
    }
  };
  const items = (view?.items ?? []).filter((i) => filter === 'all' || i.status === filter);

  const sessionsOf = (i: PlanItem) =>
    i.sessions.length ? (
      <Space direction="vertical" size={2}>
        {i.sessions.map((s) => (
          <Space key={s.id} size={4} wrap>
            <Tag color={s.status === 'cancelled' ? 'default' : s.held ? 'success' : 'processing'}>
              {t(s.status === 'cancelled' ? 'studyPlan.cancelled' : s.held ? 'studyPlan.held' : 'studyPlan.scheduled')}
            </Tag>
            <Link to={`/meetings/${s.id}`}>{s.title}</Link>
            <Typography.Text type="secondary">{formatDate(s.startsAt)}</Typography.Text>
            {may(i, 'linkPlanSession') && (
              <Popconfirm
                title={t('studyPlan.unlinkConfirm', { title: s.title })}
                onConfirm={() =>
                  act(
                    () =>
                      api.delete('/api/study/plan/items/{id}/sessions/{meetingId}', {
                        path: { id: i.id, meetingId: s.id },
                      }),
                    'studyPlan.unlinked',
                  )
                }
              >
                <Button type="link" size="small" danger>
                  {t('studyPlan.unlink')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ))}
      </Space>
    ) : (
      t('studyPlan.noSession')
    );
  const actionsOf = (i: PlanItem) => (
    <Space size={0} wrap>
      {may(i, 'linkPlanSession') && (
        <Button type="link" size="small" icon={<LinkOutlined />} onClick={() => setLinking(i)}>
          {t('studyPlan.link')}
        </Button>
      )}
      {may(i, 'editPlanItem') && (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(i)}>
          {t('studyPlan.edit')}
        </Button>
      )}
      {may(i, 'removePlanItem') && (
        <Popconfirm
          title={t('studyPlan.removeConfirm')}
          onConfirm={() =>
            act(() => api.delete('/api/study/plan/items/{id}', { path: { id: i.id } }), 'studyPlan.removed')
          }
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
            {t('studyPlan.remove')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
  const statusTag = (i: PlanItem) => (
    <Tag color={STATUS_COLOR[i.status]} icon={i.status === 'overdue' ? <WarningOutlined /> : undefined}>
      {t(`studyPlan.status.${i.status}`)}
    </Tag>
  );

  return (
    <Card
      // The plan's title is data, in Chinese; in English the page names the year.
      title={view && locale === 'zh-CN' ? view.title : t('studyPlan.yearTitle', { year })}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
      extra={
        <Space wrap>
          <Select
            value={year}
            aria-label={t('studyPlan.title')}
            onChange={(y) => setParams({ year: String(y) })}
            options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 96 }}
          />
          {view?.canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-item">
              {t('studyPlan.add')}
            </Button>
          )}
        </Space>
      }
    >
      {plan.error && <Alert type="error" showIcon title={plan.error.message} style={{ marginBottom: 12 }} />}
      {view && !view.canWrite && can('study.manage') && (
        <Alert type="info" showIcon title={t('studyPlan.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {view && <PlanCompletion view={view} />}
      <Segmented<ItemStatus | 'all'>
        value={filter}
        onChange={setFilter}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'all', label: `${t('studyPlan.filterAll')} ${view?.items.length ?? 0}` },
          ...ITEM_STATUSES.map((s) => ({
            value: s,
            label: `${t(`studyPlan.status.${s}`)} ${view?.items.filter((i) => i.status === s).length ?? 0}`,
          })),
        ]}
      />
      {mobile ? (
        <PlanItemCards
          items={items}
          statusTag={statusTag}
          sessionsOf={sessionsOf}
          actionsOf={view?.canWrite ? actionsOf : null}
        />
      ) : (
        <Table<PlanItem>
          rowKey="id"
          size="small"
          loading={plan.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 1340 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyPlan.empty')} /> }}
          onRow={(i) =>
            ({ 'data-testid': `item-${i.id}`, 'data-status': i.status }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('studyPlan.plannedOn'),
              width: 120,
              render: (_, i) => plannedLabel(i.plannedOn, locale),
            },
            {
              title: t('studyPlan.statusCol'),
              width: 130,
              render: (_, i) => statusTag(i),
            },
            { title: t('studyPlan.studyKind'), width: 150, render: (_, i) => t(`studyPlan.kind.${i.studyKind}`) },
            {
              title: t('studyPlan.topic'),
              width: 260,
              render: (_, i) => (
                <div>
                  <div>{i.topic}</div>
                  {i.notes && <Typography.Text type="secondary">{i.notes}</Typography.Text>}
                </div>
              ),
            },
            { title: t('studyPlan.attendees'), width: 160, dataIndex: 'attendees' },
            {
              title: t('studyPlan.sessions'),
              width: 320,
              render: (_, i) => sessionsOf(i),
            },
            ...(view?.canWrite
              ? [
                  {
                    title: t('studyPlan.actions'),
                    width: 200,
                    render: (_: unknown, i: PlanItem) => actionsOf(i),
                  },
                ]
              : []),
          ]}
        />
      )}
      <PlanItemDialog item={editing} year={year} onClose={closed} />
      <LinkSessionDialog item={linking} year={year} onClose={closed} />
    </Card>
  );
}
