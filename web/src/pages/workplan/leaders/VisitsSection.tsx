// Leaders' visits to the CPPCC in the year, and the yearly targets per role; the office records
// and corrects them, leaders read.
import { Button, Card, DatePicker, Form, Input, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { LEADER_ROLES, type Figures, type LeaderRole, type Visit } from './shared';

interface VisitValues {
  role: LeaderRole;
  leaderName: string;
  visitedOn: Dayjs;
  purpose: string;
  discussed?: string;
}

export function VisitsSection({ year, figures }: { year: number; figures: Figures | undefined }) {
  const { t } = useI18n();
  const { can } = useSession();
  const q = useApiQuery('/api/workplan/leaders/visits', { query: { year } });
  // undefined: closed; null: a new visit.
  const [editing, setEditing] = useState<Visit | null | undefined>(undefined);
  const [targeting, setTargeting] = useState(false);
  const manage = can('workplan.manage');

  return (
    <Card
      size="small"
      title={t('wpe.visits')}
      extra={
        manage && (
          <Space wrap>
            <Button size="small" onClick={() => setTargeting(true)} data-testid="wpe-set-targets">
              {t('wpe.setTargets')}
            </Button>
            <Button size="small" type="primary" onClick={() => setEditing(null)} data-testid="wpe-new-visit">
              {t('wpe.newVisit')}
            </Button>
          </Space>
        )
      }
    >
      <List
        loading={q.isLoading}
        dataSource={q.data ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text> }}
        renderItem={(v) => (
          <List.Item
            data-testid="wpe-visit-row"
            actions={
              v.allowedActions.includes('editVisit')
                ? [
                    <Button key="edit" size="small" type="link" onClick={() => setEditing(v)}>
                      {t('wpe.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size={4}>
                  <Tag>{t(`wpe.role.${v.role}`)}</Tag>
                  {v.leaderName}
                  <Typography.Text type="secondary">{formatDate(v.visitedOn)}</Typography.Text>
                </Space>
              }
              description={[v.purpose, v.discussed].filter(Boolean).join(' — ')}
            />
          </List.Item>
        )}
      />
      <FormModal<VisitValues>
        open={editing !== undefined}
        title={editing ? t('wpe.edit') : t('wpe.newVisit')}
        initialValues={
          editing
            ? { ...editing, discussed: editing.discussed ?? undefined, visitedOn: dayjs(editing.visitedOn) }
            : { role: 'party_secretary' }
        }
        onCancel={() => setEditing(undefined)}
        onSubmit={async (v) => {
          const body = { ...v, visitedOn: v.visitedOn.format('YYYY-MM-DD'), discussed: v.discussed?.trim() || null };
          if (editing) await api.patch('/api/workplan/leaders/visits/{id}', { path: { id: editing.id }, body });
          else await api.post('/api/workplan/leaders/visits', { body });
          setEditing(undefined);
        }}
      >
        <Form.Item name="role" label={t('wpe.role')} rules={[{ required: true }]}>
          <Select options={LEADER_ROLES.map((r) => ({ value: r, label: t(`wpe.role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="leaderName"
          label={t('wpe.leaderName')}
          rules={[{ required: true, whitespace: true, min: 2, max: 40 }]}
        >
          <Input maxLength={40} data-testid="wpe-visit-leader" />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('wpe.visitedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="wpe-visit-date" />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('wpe.purpose')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
        >
          <Input maxLength={200} data-testid="wpe-visit-purpose" />
        </Form.Item>
        <Form.Item name="discussed" label={t('wpe.discussed')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
      <FormModal<Record<LeaderRole, number | null>>
        open={targeting}
        title={t('wpe.targets')}
        initialValues={Object.fromEntries((figures?.visits ?? []).map((v) => [v.role, v.target]))}
        onCancel={() => setTargeting(false)}
        onSubmit={async (v) => {
          // An emptied field leaves that role without a target.
          const targets = LEADER_ROLES.flatMap((role) => {
            const target = v[role];
            return typeof target === 'number' ? [{ role, target }] : [];
          });
          await api.put('/api/workplan/leaders/targets/{year}', { path: { year }, body: { targets } });
          setTargeting(false);
        }}
      >
        {LEADER_ROLES.map((role) => (
          <Form.Item key={role} name={role} label={`${t(`wpe.role.${role}`)} · ${t('wpe.targetTimes')}`}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </FormModal>
    </Card>
  );
}
