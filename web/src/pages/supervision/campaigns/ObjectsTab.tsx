// 评议对象: the campaign's objects; one added by hand, or many from the office's workbook (the
// preview first, every row with its errors under their columns; imported only when none is wrong);
// an object removed (the server refuses one already visited, and says so).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { EvalCampaign, EvalObject } from './campaignsApi';
import { ObjectsImport } from './ObjectsImport';

type NewObject = {
  name: string;
  address?: string;
  district?: string;
  category?: string;
  lat?: number | null;
  lon?: number | null;
  responsibleUnit?: string;
};

export function ObjectsTab({ campaign, onChanged }: { campaign: EvalCampaign; onChanged(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = campaign.id;
  const editable = campaign.allowedActions.includes('editEvalObjects');
  const list = useApiQuery('/api/supervision/campaigns/{id}/objects', { path: { id } });
  const [adding, setAdding] = useState(false);
  const changed = () => {
    void list.refetch();
    onChanged();
  };
  const remove = async (o: EvalObject) => {
    try {
      await api.delete('/api/supervision/campaigns/{id}/objects/{objectId}', { path: { id, objectId: o.id } });
      changed();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const L = (k: string) => t(`supervisionCampaigns.${k}`);
  return (
    <div>
      {editable && (
        <Space style={{ marginBottom: 12 }} wrap align="start">
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {L('addObject')}
          </Button>
          <ObjectsImport campaignId={id} onImported={changed} />
        </Space>
      )}
      <Table<EvalObject>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 820 }}
        data-testid="objects-table"
        columns={[
          { title: L('objectName'), dataIndex: 'name', width: 180 },
          { title: L('district'), dataIndex: 'district', width: 100 },
          { title: L('category'), dataIndex: 'category', width: 100 },
          { title: L('address'), dataIndex: 'address' },
          { title: L('responsibleUnit'), dataIndex: 'responsibleUnit', width: 160 },
          {
            title: `${L('lat')}, ${L('lon')}`,
            width: 150,
            render: (_, o) => (o.lat !== null && o.lon !== null ? `${o.lat}, ${o.lon}` : ''),
          },
          ...(editable
            ? [
                {
                  key: 'remove',
                  width: 56,
                  render: (_: unknown, o: EvalObject) => (
                    <Popconfirm title={L('removeConfirm')} onConfirm={() => remove(o)}>
                      <Button type="text" danger aria-label={`${L('remove')} ${o.name}`} icon={<DeleteOutlined />} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<NewObject>
        open={adding}
        title={L('addObject')}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post('/api/supervision/campaigns/{id}/objects', {
            path: { id },
            body: {
              objects: [
                {
                  name: v.name,
                  address: v.address || null,
                  district: v.district || null,
                  category: v.category || null,
                  lat: v.lat ?? null,
                  lon: v.lon ?? null,
                  responsibleUnit: v.responsibleUnit || null,
                },
              ],
            },
          });
          setAdding(false);
          changed();
        }}
      >
        <Form.Item name="name" label={L('objectName')} rules={[{ required: true, max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={L('address')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="district" label={L('district')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={L('category')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="lat" label={L('lat')}>
            <InputNumber min={-90} max={90} step={0.0001} />
          </Form.Item>
          <Form.Item name="lon" label={L('lon')}>
            <InputNumber min={-180} max={180} step={0.0001} />
          </Form.Item>
        </Space>
        <Form.Item name="responsibleUnit" label={L('responsibleUnit')} rules={[{ max: 80 }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </div>
  );
}
