// 承办单位: the registry of departments that answer proposals.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { HandlingUnit } from '../../../api/models';
import { UNIT_KINDS } from '../values';
import { ActiveToggle, nextSortOrder, StatusTag, useChange, type TabProps } from './shared';
import '../../../i18n/areas/admin';

type UnitValues = Pick<HandlingUnit, 'name' | 'kind' | 'sortOrder'> & {
  shortName?: string;
  contactPerson?: string;
  contactPhone?: string;
};

export function UnitsTab({ data, editable }: TabProps) {
  const { t } = useI18n();
  const { saved } = useChange();
  const [editing, setEditing] = useState<HandlingUnit | 'new' | null>(null);
  const record = editing === 'new' ? null : editing;

  const save = async (v: UnitValues) => {
    const shortName = v.shortName?.trim() || undefined;
    const contactPerson = v.contactPerson?.trim() || undefined;
    const contactPhone = v.contactPhone?.trim() || undefined;
    if (record) {
      await api.patch('/api/handling-units/{id}', {
        path: { id: record.id },
        body: {
          name: v.name,
          kind: v.kind,
          sortOrder: v.sortOrder,
          shortName: shortName ?? v.name,
          contactPerson: contactPerson ?? null,
          contactPhone: contactPhone ?? null,
        },
      });
    } else {
      await api.post('/api/handling-units', {
        body: {
          name: v.name,
          kind: v.kind,
          sortOrder: v.sortOrder,
          shortName,
          contactPerson,
          contactPhone,
        },
      });
    }
    setEditing(null);
    saved(record ? t('admin.saved') : t('admin.created'));
  };

  return (
    <>
      {editable && (
        <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setEditing('new')}>
          {t('admin.newUnit')}
        </Button>
      )}
      <Table<HandlingUnit>
        rowKey="id"
        dataSource={data.units}
        size="middle"
        scroll={{ x: 860 }}
        pagination={data.units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          { title: t('admin.name'), dataIndex: 'name' },
          { title: t('admin.unitShortName'), dataIndex: 'shortName', width: 140 },
          { title: t('admin.unitKind'), dataIndex: 'kind', width: 110, render: (v: string) => t(`admin.kind_${v}`) },
          { title: t('admin.contactPerson'), dataIndex: 'contactPerson', width: 100 },
          { title: t('admin.contactPhone'), dataIndex: 'contactPhone', width: 140 },
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 90,
            render: (v: boolean) => <StatusTag active={v} />,
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 150,
                  render: (_: unknown, u: HandlingUnit) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(u)}>
                        {t('common.edit')}
                      </Button>
                      <ActiveToggle path="/api/handling-units/{id}" id={u.id} active={u.active} name={u.name} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<UnitValues>
        open={editing !== null}
        width={620}
        title={record ? `${t('admin.editUnit')}：${record.name}` : t('admin.newUnit')}
        initialValues={
          record
            ? {
                name: record.name,
                shortName: record.shortName,
                kind: record.kind,
                contactPerson: record.contactPerson ?? undefined,
                contactPhone: record.contactPhone ?? undefined,
                sortOrder: record.sortOrder,
              }
            : { kind: 'government', sortOrder: nextSortOrder(data.units) }
        }
        onCancel={() => setEditing(null)}
        onSubmit={save}
      >
        <Form.Item
          name="name"
          label={t('admin.name')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('admin.nameRequired') }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="shortName" label={t('admin.unitShortName')} extra={t('admin.unitShortNameHelp')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('admin.unitKind')} rules={[{ required: true }]}>
              <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`admin.kind_${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="contactPerson" label={t('admin.contactPerson')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="contactPhone"
              label={t('admin.contactPhone')}
              rules={[{ pattern: /^[\d\-+() ]{5,20}$/, message: t('admin.phoneFormat') }]}
            >
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sortOrder" label={t('admin.sortOrder')} extra={t('admin.sortOrderHelp')}>
          <InputNumber min={0} max={9999} />
        </Form.Item>
      </FormModal>
    </>
  );
}
