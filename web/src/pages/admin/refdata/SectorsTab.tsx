// 界别: the sectors members represent.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n';
import type { Named } from '../../../api/models';
import { NamedFormModal, type NamedValues } from './NamedForm';
import { ActiveToggle, nextSortOrder, StatusTag, useChange, type TabProps } from './shared';
import '../../../i18n/areas/admin';

export function SectorsTab({ data, editable }: TabProps) {
  const { t } = useI18n();
  const { saved } = useChange();
  const [editing, setEditing] = useState<Named | 'new' | null>(null);
  const record = editing === 'new' ? null : editing;

  const save = async (v: NamedValues) => {
    if (record) await api.patch('/api/sectors/{id}', { path: { id: record.id }, body: v });
    else await api.post('/api/sectors', { body: v });
    setEditing(null);
    saved(record ? t('admin.saved') : t('admin.created'));
  };

  return (
    <>
      {editable && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>
          {t('admin.newSector')}
        </Button>
      )}
      <Table<Named>
        rowKey="id"
        dataSource={data.sectors}
        pagination={false}
        size="middle"
        columns={[
          { title: t('admin.name'), dataIndex: 'name' },
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
                  width: 160,
                  render: (_: unknown, s: Named) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(s)}>
                        {t('common.edit')}
                      </Button>
                      <ActiveToggle path="/api/sectors/{id}" id={s.id} active={s.active} name={s.name} />
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
        nextOrder={nextSortOrder(data.sectors)}
        title={record ? `${t('admin.editSector')}：${record.name}` : t('admin.newSector')}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      />
    </>
  );
}
