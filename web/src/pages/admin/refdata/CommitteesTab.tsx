// 专委会与委员小组: special committees and the member groups within each.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { MemberGroup, Named, RefData } from '../../../api/models';
import { NamedFormModal, type NamedValues } from './NamedForm';
import { ActiveToggle, nextSortOrder, StatusTag, useChange, type TabProps } from './shared';
import '../../../i18n/areas/admin';

type Committee = RefData['committees'][number];

export function CommitteesTab({ data, editable }: TabProps) {
  const { t } = useI18n();
  const { saved } = useChange();
  const [editing, setEditing] = useState<Named | 'new' | null>(null);
  const [group, setGroup] = useState<{ committee: Committee; group: MemberGroup | null } | null>(null);
  const record = editing === 'new' ? null : editing;

  const save = async (v: NamedValues) => {
    if (record) await api.patch('/api/committees/{id}', { path: { id: record.id }, body: v });
    else await api.post('/api/committees', { body: v });
    setEditing(null);
    saved(record ? t('admin.saved') : t('admin.created'));
  };

  const saveGroup = async (v: { name: string }) => {
    if (!group) return;
    if (group.group) await api.patch('/api/member-groups/{id}', { path: { id: group.group.id }, body: v });
    else await api.post('/api/member-groups', { body: { committeeId: group.committee.id, name: v.name } });
    setGroup(null);
    saved(group.group ? t('admin.saved') : t('admin.created'));
  };

  const groupsTable = (c: Committee) => (
    <Table<MemberGroup>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={c.groups}
      locale={{ emptyText: t('admin.noGroups') }}
      columns={[
        { title: t('admin.groups'), dataIndex: 'name' },
        {
          title: t('common.status'),
          dataIndex: 'active',
          width: 100,
          render: (v: boolean) => <StatusTag active={v} />,
        },
        ...(editable
          ? [
              {
                title: t('common.actions'),
                key: 'a',
                width: 160,
                render: (_: unknown, g: MemberGroup) => (
                  <Space size={0}>
                    <Button type="link" size="small" onClick={() => setGroup({ committee: c, group: g })}>
                      {t('common.edit')}
                    </Button>
                    <ActiveToggle path="/api/member-groups/{id}" id={g.id} active={g.active} name={g.name} />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );

  return (
    <>
      {editable && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>
          {t('admin.newCommittee')}
        </Button>
      )}
      <Table<Committee>
        rowKey="id"
        dataSource={data.committees}
        pagination={false}
        size="middle"
        expandable={{ expandedRowRender: groupsTable, rowExpandable: (c) => c.groups.length > 0 || editable }}
        columns={[
          { title: t('admin.name'), dataIndex: 'name' },
          { title: t('admin.groups'), width: 100, render: (_, c) => c.groups.length },
          { title: t('admin.sortOrder'), dataIndex: 'sortOrder', width: 90 },
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 100,
            render: (v: boolean) => <StatusTag active={v} />,
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 260,
                  render: (_: unknown, c: Committee) => (
                    <Space size={0} wrap>
                      <Button type="link" size="small" onClick={() => setEditing(c)}>
                        {t('common.edit')}
                      </Button>
                      {c.active && (
                        <Button type="link" size="small" onClick={() => setGroup({ committee: c, group: null })}>
                          {t('admin.newGroup')}
                        </Button>
                      )}
                      <ActiveToggle path="/api/committees/{id}" id={c.id} active={c.active} name={c.name} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <NamedFormModal
        open={editing !== null}
        record={record}
        nextOrder={nextSortOrder(data.committees)}
        title={record ? `${t('admin.editCommittee')}：${record.name}` : t('admin.newCommittee')}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      />
      <FormModal<{ name: string }>
        open={group !== null}
        title={
          group?.group
            ? `${t('admin.editGroup')}：${group.group.name}`
            : `${t('admin.newGroup')}（${group?.committee.name ?? ''}）`
        }
        initialValues={group?.group ? { name: group.group.name } : {}}
        onCancel={() => setGroup(null)}
        onSubmit={saveGroup}
      >
        <Form.Item
          name="name"
          label={t('admin.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
      </FormModal>
    </>
  );
}
