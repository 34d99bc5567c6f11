// 分配: the automatic run (its summary: how many, the loads, same-district visits, the objects
// left short and why), the list by object with its visitors, and the adjustments by hand.
import { CheckCircleFilled, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Grid, List, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { ResponseOf } from '../../../api/paths';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { EvalCampaign, ObjectAssignments } from './campaignsApi';

type Summary = ResponseOf<'/api/supervision/campaigns/{id}/assign', 'post'>;
type Assignee = ObjectAssignments['assignees'][number];

export function AssignmentTab({ campaign, onChanged }: { campaign: EvalCampaign; onChanged(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const id = campaign.id;
  // Hand-made changes are allowed exactly when the automatic run is (before review).
  const editable = campaign.allowedActions.includes('assignEvalObjects');
  const list = useApiQuery('/api/supervision/campaigns/{id}/assignments', { path: { id } });
  const participants = useApiQuery('/api/supervision/campaigns/{id}/participants', { path: { id } });
  const teamList = useApiQuery('/api/supervision/campaigns/{id}/teams', { path: { id } });
  const [summary, setSummary] = useState<Summary | null>(null);
  const [running, setRunning] = useState(false);
  const [addingTo, setAddingTo] = useState<ObjectAssignments | null>(null);
  const rows = list.data ?? [];
  const L = (k: string, vars?: Record<string, number>) => t(`supervisionCampaigns.${k}`, vars);
  const objectName = (objectId: number) => rows.find((r) => r.objectId === objectId)?.name ?? String(objectId);
  const changed = () => {
    void list.refetch();
    void participants.refetch();
    void teamList.refetch();
    onChanged();
  };

  const run = async () => {
    setRunning(true);
    try {
      setSummary(await api.post('/api/supervision/campaigns/{id}/assign', { path: { id } }));
      changed();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setRunning(false);
    }
  };
  const remove = async (a: Assignee) => {
    try {
      await api.delete('/api/supervision/campaigns/{id}/assignments/{assignmentId}', {
        path: { id, assignmentId: a.assignmentId },
      });
      changed();
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const assignees = (o: ObjectAssignments) =>
    o.assignees.length ? (
      <Space wrap size={[4, 4]}>
        {o.assignees.map((a) => (
          <Tag
            key={a.assignmentId}
            color={a.source === 'manual' ? 'blue' : undefined}
            closable={editable && !a.visited}
            closeIcon={<CloseOutlined aria-label={`${L('remove')} ${a.name}`} />}
            onClose={(e) => {
              e.preventDefault();
              void remove(a);
            }}
          >
            {a.visited && (
              <CheckCircleFilled style={{ color: '#389e0d', marginInlineEnd: 4 }} aria-label={L('visited')} />
            )}
            {a.name} · {L(`source.${a.source}`)}
          </Tag>
        ))}
      </Space>
    ) : (
      <Typography.Text type="danger">{L('notAssigned')}</Typography.Text>
    );
  const addButton = (o: ObjectAssignments) =>
    editable && (
      <Button
        size="small"
        icon={<PlusOutlined />}
        aria-label={`${L('addAssignee')} ${o.name}`}
        onClick={() => setAddingTo(o)}
      >
        {mobile ? null : L('addAssignee')}
      </Button>
    );
  // Every team of the campaign, also one that holds no assignment yet.
  const teams = new Map((teamList.data ?? []).map((tm) => [tm.id, tm.name]));

  return (
    <div>
      {editable && (
        <Popconfirm title={L('assignConfirm')} onConfirm={run}>
          <Button type="primary" loading={running} style={{ marginBottom: 12 }}>
            {L('autoAssign')}
          </Button>
        </Popconfirm>
      )}
      {summary && (
        <Alert
          type={summary.shortfalls.length ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setSummary(null)}
          style={{ marginBottom: 12 }}
          data-testid="assign-summary"
          title={L('summary', {
            n: summary.assignments,
            min: summary.minLoad,
            max: summary.maxLoad,
            same: summary.sameDistrict,
          })}
          description={
            summary.shortfalls.length > 0 && (
              <>
                <div>{L('shortfalls')}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {summary.shortfalls.map((s) => (
                    <li key={s.objectId}>
                      {objectName(s.objectId)}：{L('missing', { n: s.missing })}，{L(`why.${s.why}`)}
                    </li>
                  ))}
                </ul>
              </>
            )
          }
        />
      )}
      {mobile ? (
        <List
          dataSource={rows}
          loading={list.isLoading}
          data-testid="assignment-list"
          renderItem={(o) => (
            <List.Item extra={addButton(o)}>
              <List.Item.Meta title={`${o.name}${o.district ? ` · ${o.district}` : ''}`} description={assignees(o)} />
            </List.Item>
          )}
        />
      ) : (
        <Table<ObjectAssignments>
          rowKey="objectId"
          size="small"
          loading={list.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="assignment-list"
          columns={[
            { title: L('objectName'), dataIndex: 'name', width: 200 },
            { title: L('district'), dataIndex: 'district', width: 100 },
            { title: L('assignees'), render: (_, o) => assignees(o) },
            { key: 'add', width: 130, render: (_, o) => addButton(o) },
          ]}
        />
      )}
      <FormModal<{ kind: 'member' | 'team'; memberId?: number; teamId?: number }>
        open={!!addingTo}
        title={`${L('addAssignee')}${addingTo ? ` · ${addingTo.name}` : ''}`}
        initialValues={{ kind: 'member' }}
        onCancel={() => setAddingTo(null)}
        onSubmit={async (v) => {
          await api.post('/api/supervision/campaigns/{id}/assignments', {
            path: { id },
            body:
              v.kind === 'team'
                ? { objectId: addingTo!.objectId, teamId: v.teamId }
                : { objectId: addingTo!.objectId, memberId: v.memberId },
          });
          setAddingTo(null);
          changed();
        }}
      >
        {teams.size > 0 && (
          <Form.Item name="kind" label={L('assigneeKind')}>
            <Radio.Group
              options={[
                { value: 'member', label: L('assignMember') },
                { value: 'team', label: L('assignTeam') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {({ getFieldValue }) =>
            getFieldValue('kind') === 'team' ? (
              <Form.Item name="teamId" label={L('assignTeam')} rules={[{ required: true }]}>
                <Select options={[...teams].map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            ) : (
              <Form.Item name="memberId" label={L('assignMember')} rules={[{ required: true }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(participants.data ?? [])
                    .filter((p) => !addingTo?.assignees.some((a) => a.memberId === p.memberId))
                    .map((p) => ({
                      value: p.memberId,
                      label: `${p.name}${p.district ? ` · ${p.district}` : ''} (${p.assigned})`,
                    }))}
                />
              </Form.Item>
            )
          }
        </Form.Item>
      </FormModal>
    </div>
  );
}
