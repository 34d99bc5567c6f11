// 参加委员: the members taking part, picked from the organisation's roster by name, each with the
// district and team the assignment uses; saving replaces the whole list.
import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useDebounced } from '../../../components/useDebounced';
import { useI18n } from '../../../i18n';
import type { EvalCampaign, EvalParticipant } from './campaignsApi';

type Row = Pick<EvalParticipant, 'memberId' | 'name' | 'assigned' | 'visited'> & {
  sector: string;
  workUnit: string | null;
  district: string;
  team: string;
};

const toRow = (p: EvalParticipant): Row => ({ ...p, district: p.district ?? '', team: p.team ?? '' });

export function ParticipantsTab({ campaign, onChanged }: { campaign: EvalCampaign; onChanged(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = campaign.id;
  const editable = campaign.allowedActions.includes('setEvalParticipants');
  const saved = useApiQuery('/api/supervision/campaigns/{id}/participants', { path: { id } });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const found = useApiQuery(
    '/api/members',
    editable ? { query: { q: search || undefined, active: 'true', pageSize: 50 } } : null,
  );
  useEffect(() => {
    if (saved.data && !dirty) setRows(saved.data.map(toRow));
  }, [saved.data, dirty]);
  const list = rows ?? [];
  const chosen = new Set(list.map((r) => r.memberId));
  const edit = (next: Row[]) => {
    setRows(next);
    setDirty(true);
  };
  const change = (memberId: number, patch: Partial<Row>) =>
    edit(list.map((r) => (r.memberId === memberId ? { ...r, ...patch } : r)));

  const save = async () => {
    setSaving(true);
    try {
      await api.put('/api/supervision/campaigns/{id}/participants', {
        path: { id },
        body: {
          participants: list.map((r) => ({
            memberId: r.memberId,
            district: r.district.trim() || null,
            team: r.team.trim() || null,
          })),
        },
      });
      setDirty(false);
      await saved.refetch();
      message.success(t('supervisionCampaigns.saved'));
      onChanged();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const L = (k: string) => t(`supervisionCampaigns.${k}`);
  return (
    <div>
      {editable && (
        <Space style={{ marginBottom: 12, width: '100%' }} wrap>
          <Select
            style={{ width: 320, maxWidth: '80vw' }}
            showSearch={{ filterOption: false, onSearch: setQ }}
            value={null}
            placeholder={L('searchMember')}
            aria-label={L('addMembers')}
            loading={found.isFetching}
            data-testid="participant-search"
            options={(found.data?.items ?? [])
              .filter((m) => !chosen.has(m.id))
              .map((m) => ({ value: m.id, label: m.name }))}
            onChange={(memberId: number | null) => {
              const m = found.data?.items.find((x) => x.id === memberId);
              if (!m) return;
              edit([
                ...list,
                {
                  memberId: m.id,
                  name: m.name,
                  sector: m.sectorName ?? '',
                  workUnit: m.workUnit ?? null,
                  district: '',
                  team: '',
                  assigned: 0,
                  visited: 0,
                },
              ]);
            }}
          />
          <Button type="primary" loading={saving} disabled={!dirty} onClick={save}>
            {L('saveParticipants')}
          </Button>
          {dirty && <Typography.Text type="warning">{L('participantsChanged')}</Typography.Text>}
        </Space>
      )}
      <Table<Row>
        rowKey="memberId"
        size="small"
        loading={saved.isLoading}
        dataSource={list}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        data-testid="participants-table"
        columns={[
          { title: L('member'), dataIndex: 'name', width: 100 },
          { title: L('sector'), dataIndex: 'sector', width: 110 },
          { title: L('workUnit'), dataIndex: 'workUnit' },
          {
            title: L('district'),
            width: 130,
            render: (_, r) =>
              editable ? (
                <Input
                  aria-label={`${r.name} ${L('district')}`}
                  value={r.district}
                  maxLength={40}
                  onChange={(e) => change(r.memberId, { district: e.target.value })}
                />
              ) : (
                r.district
              ),
          },
          {
            title: L('team'),
            width: 130,
            render: (_, r) =>
              editable ? (
                <Input
                  aria-label={`${r.name} ${L('team')}`}
                  value={r.team}
                  maxLength={40}
                  onChange={(e) => change(r.memberId, { team: e.target.value })}
                />
              ) : (
                r.team
              ),
          },
          { title: L('assigned'), dataIndex: 'assigned', width: 70, align: 'right' },
          { title: L('visited'), dataIndex: 'visited', width: 70, align: 'right' },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 56,
                  render: (_: unknown, r: Row) => (
                    <Button
                      type="text"
                      danger
                      aria-label={`${L('remove')} ${r.name}`}
                      icon={<DeleteOutlined />}
                      onClick={() => edit(list.filter((x) => x.memberId !== r.memberId))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
