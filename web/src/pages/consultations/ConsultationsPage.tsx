// 协商议题: the office's and leaders' list of consultations, and the office's form for a new one
// with its seed statements.
import '../../i18n/areas/consultations';
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, List, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';

export const STATUS_COLOR: Record<string, string> = { draft: 'default', open: 'green', closed: 'blue' };

interface NewConsultation {
  title: string;
  description?: string;
  days: [Dayjs, Dayjs];
  seeds?: string;
}

export function ConsultationsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('/api/consultations', {});
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('consultations.listTitle')}
        </Typography.Title>
        {can('consultations.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('consultations.newConsultation')}
          </Button>
        )}
      </Space>
      <List
        dataSource={list.data ?? []}
        loading={list.isLoading}
        renderItem={(c) => (
          <List.Item onClick={() => navigate(`/consultations/${c.id}`)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta
              title={
                <Space wrap>
                  {c.title}
                  <Tag color={STATUS_COLOR[c.status]}>{t(`consultations.${c.status}`)}</Tag>
                </Space>
              }
              description={`${c.orgName} · ${c.opensOn} ~ ${c.closesOn}`}
            />
          </List.Item>
        )}
      />
      <FormModal<NewConsultation>
        open={creating}
        title={t('consultations.newConsultation')}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const c = await api.post('/api/consultations', {
            body: {
              title: v.title,
              description: v.description ?? '',
              opensOn: v.days[0].format('YYYY-MM-DD'),
              closesOn: v.days[1].format('YYYY-MM-DD'),
              seeds: (v.seeds ?? '')
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            },
          });
          setCreating(false);
          navigate(`/consultations/${c.id}`);
        }}
      >
        <Form.Item name="title" label={t('consultations.title')} rules={[{ required: true, max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="days" label={t('consultations.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('consultations.description')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="seeds" label={t('consultations.seeds')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
