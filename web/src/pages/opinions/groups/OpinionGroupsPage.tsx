// 相似意见分组: the near-duplicate groups of a campaign's opinions, largest first, each with its
// size and representative text; its opinions shown under it. The office of the organisation
// takes an opinion out of a group, moves it into another, merges two groups, regroups the
// campaign from scratch (its corrections kept) and exports the groups to Excel; leaders read
// and export. A table on the desktop, cards on the phone.
import { FileExcelOutlined, MergeCellsOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Grid,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, apiUrl } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDateTime, useI18n } from '../../../i18n';
import { GroupMembers } from './GroupMembers';
import type { Group, Member } from './groupsApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './groupsApi';

/** A group's representative text, as one line. */
const repText = (g: Group) =>
  g.representative ? `${g.representative.title ? `${g.representative.title}：` : ''}${g.representative.body}` : '';

export function OpinionGroupsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const [params, setParams] = useSearchParams();
  const campaignId = Number(params.get('campaignId')) || undefined;
  const query = { ...(campaignId && { campaignId }), pageSize: 200 };
  const list = useApiQuery('/api/opinions/groups', { query });
  const view = list.data;
  const [merging, setMerging] = useState<Group | null>(null);
  const [moving, setMoving] = useState<Member | null>(null);
  const [other, setOther] = useState<number | null>(null);
  const groups = view?.items ?? [];
  const labelOf = (g: Group, i: number) =>
    `${t('opinionGroups.groupLabel', { n: i + 1, size: g.size })} ${repText(g).slice(0, 30)}`;

  const act = async (run: () => Promise<unknown>, done: string, vars?: Record<string, number>) => {
    try {
      const r = await run();
      message.success(t(done, { ...vars, ...(r as Record<string, number>) }));
      await list.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const takeOut = (m: Member) =>
    act(
      () => api.put('/api/opinions/groups/opinions/{id}', { path: { id: m.id }, body: { groupId: null } }),
      'opinionGroups.takenOut',
    );
  const closeDialogs = () => {
    setMerging(null);
    setMoving(null);
    setOther(null);
  };
  const confirmDialog = async () => {
    if (other === null) return;
    if (merging)
      await act(
        () => api.post('/api/opinions/groups/{id}/merge', { path: { id: merging.id }, body: { groupId: other } }),
        'opinionGroups.merged',
      );
    else if (moving)
      await act(
        () => api.put('/api/opinions/groups/opinions/{id}', { path: { id: moving.id }, body: { groupId: other } }),
        'opinionGroups.moved',
      );
    closeDialogs();
  };
  const members = (g: Group) => (
    <GroupMembers group={g} canManage={!!view?.canManage} onTakeOut={takeOut} onMove={(m) => setMoving(m)} />
  );
  const mergeButton = (g: Group) =>
    g.allowedActions.includes('mergeGroups') && (
      <Button
        type="link"
        size="small"
        icon={<MergeCellsOutlined />}
        onClick={() => setMerging(g)}
        data-testid={`merge-${g.id}`}
      >
        {t('opinionGroups.merge')}
      </Button>
    );
  const choices = groups
    .map((g, i) => ({ value: g.id, label: labelOf(g, i) }))
    .filter(
      (c) => c.value !== merging?.id && !groups.find((g) => g.id === c.value)?.members.some((m) => m.id === moving?.id),
    );

  return (
    <Card
      title={t('opinionGroups.title')}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
      extra={
        <Space wrap>
          <Select
            aria-label={t('opinionGroups.campaign')}
            style={{ minWidth: mobile ? 140 : 220 }}
            value={view?.campaignId ?? 0}
            onChange={(v) => setParams(v ? { campaignId: String(v) } : {})}
            options={[
              ...(view?.campaigns ?? []).map((c) => ({ value: c.id, label: c.title })),
              { value: 0, label: t('opinionGroups.noCampaign') },
            ]}
          />
          <Button
            icon={<FileExcelOutlined />}
            href={apiUrl('/api/opinions/groups/export.xlsx', { query: campaignId ? { campaignId } : {} })}
            data-testid="groups-export"
          >
            {t('opinionGroups.export')}
          </Button>
          {view?.canManage && (
            <Popconfirm
              title={t('opinionGroups.regroupConfirm')}
              okText={t('opinionGroups.ok')}
              cancelText={t('opinionGroups.cancel')}
              onConfirm={() =>
                act(
                  () => api.post('/api/opinions/groups/regroup', { body: campaignId ? { campaignId } : {} }),
                  'opinionGroups.regrouped',
                )
              }
            >
              <Button type="primary" icon={<ReloadOutlined />} data-testid="regroup">
                {t('opinionGroups.regroup')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      {view && !view.canManage && can('opinions.manage') && (
        <Alert type="info" showIcon title={t('opinionGroups.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {view && (
        <Typography.Paragraph type="secondary" data-testid="groups-summary">
          {t('opinionGroups.summary', { groups: view.total, grouped: view.grouped, alone: view.alone })}
        </Typography.Paragraph>
      )}
      {mobile ? (
        <List<Group>
          loading={list.isLoading}
          dataSource={groups}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinionGroups.empty')} /> }}
          renderItem={(g, i) => (
            <Card
              size="small"
              style={{ marginBottom: 12 }}
              data-testid={`group-${g.id}`}
              title={<Tag color="blue">{t('opinionGroups.groupLabel', { n: i + 1, size: g.size })}</Tag>}
              extra={mergeButton(g)}
            >
              <Typography.Paragraph strong>{repText(g)}</Typography.Paragraph>
              <details>
                <summary>{t('opinionGroups.members', { n: g.size })}</summary>
                {members(g)}
              </details>
            </Card>
          )}
        />
      ) : (
        <Table<Group>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={groups}
          pagination={false}
          expandable={{ expandedRowRender: members }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinionGroups.empty')} /> }}
          onRow={(g) => ({ 'data-testid': `group-${g.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '#', width: 56, render: (_, _g, i) => i + 1 },
            {
              title: t('opinionGroups.size'),
              dataIndex: 'size',
              width: 80,
              render: (n: number) => <Tag color="blue">{n}</Tag>,
            },
            { title: t('opinionGroups.representative'), render: (_, g) => repText(g) },
            { title: t('opinionGroups.updatedAt'), width: 160, render: (_, g) => formatDateTime(g.updatedAt) },
            ...(view?.canManage
              ? [{ title: t('opinionGroups.actions'), width: 110, render: (_: unknown, g: Group) => mergeButton(g) }]
              : []),
          ]}
        />
      )}
      <Modal
        open={!!merging || !!moving}
        title={t(merging ? 'opinionGroups.mergeTitle' : 'opinionGroups.moveTitle')}
        okText={t('opinionGroups.ok')}
        cancelText={t('opinionGroups.cancel')}
        okButtonProps={{ disabled: other === null }}
        onOk={confirmDialog}
        onCancel={closeDialogs}
      >
        {moving && <Typography.Paragraph type="secondary">{moving.body}</Typography.Paragraph>}
        <Select
          aria-label={t(merging ? 'opinionGroups.mergeInto' : 'opinionGroups.moveTitle')}
          style={{ width: '100%' }}
          value={other}
          onChange={setOther}
          options={choices}
          showSearch
          optionFilterProp="label"
          data-testid="group-choice"
        />
      </Modal>
    </Card>
  );
}
