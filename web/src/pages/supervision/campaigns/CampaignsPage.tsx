// 民主评议: the organisation's evaluation campaigns, and the office's form for a new one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Grid, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { OBJECT_KINDS, STATUS_COLOR, type EvalCampaignListItem } from './campaignsApi';

interface NewCampaign {
  title: string;
  objectKind: (typeof OBJECT_KINDS)[number];
  description?: string;
  period: [Dayjs, Dayjs];
  visitsPerObject: number;
}

export function EvalCampaignsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('/api/supervision/campaigns', {});
  const rows = list.data ?? [];
  const period = (c: EvalCampaignListItem) => `${c.startsOn} ~ ${c.endsOn}`;
  const status = (c: EvalCampaignListItem) => (
    <Tag color={STATUS_COLOR[c.status]}>{t(`supervisionCampaigns.status.${c.status}`)}</Tag>
  );
  const counts = (c: EvalCampaignListItem) =>
    `${t('supervisionCampaigns.objects')} ${c.objects} · ${t('supervisionCampaigns.participants')} ${c.participants} · ${t('supervisionCampaigns.visits')} ${c.visits}`;
  const empty = <Typography.Text type="secondary">{t('supervisionCampaigns.empty')}</Typography.Text>;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('supervisionCampaigns.title')}
        </Typography.Title>
        {can('supervision.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('supervisionCampaigns.newCampaign')}
          </Button>
        )}
      </Space>
      {mobile ? (
        <List
          dataSource={rows}
          loading={list.isLoading}
          locale={{ emptyText: empty }}
          renderItem={(c) => (
            <List.Item onClick={() => navigate(`/supervision/campaigns/${c.id}`)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Link to={`/supervision/campaigns/${c.id}`}>{c.title}</Link>
                    {status(c)}
                  </Space>
                }
                description={
                  <>
                    <div>{`${t(`supervisionCampaigns.kind.${c.objectKind}`)} · ${period(c)}`}</div>
                    <div>{counts(c)}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<EvalCampaignListItem>
          rowKey="id"
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          locale={{ emptyText: empty }}
          columns={[
            {
              title: t('supervisionCampaigns.campaignTitle'),
              render: (_, c) => <Link to={`/supervision/campaigns/${c.id}`}>{c.title}</Link>,
            },
            {
              title: t('supervisionCampaigns.objectKind'),
              render: (_, c) => t(`supervisionCampaigns.kind.${c.objectKind}`),
              width: 120,
            },
            { title: t('supervisionCampaigns.period'), render: (_, c) => period(c), width: 210 },
            { title: t('supervisionCampaigns.status'), render: (_, c) => status(c), width: 100 },
            { title: t('supervisionCampaigns.objects'), dataIndex: 'objects', width: 80, align: 'right' },
            { title: t('supervisionCampaigns.participants'), dataIndex: 'participants', width: 80, align: 'right' },
            { title: t('supervisionCampaigns.visits'), dataIndex: 'visits', width: 80, align: 'right' },
          ]}
        />
      )}
      <FormModal<NewCampaign>
        open={creating}
        title={t('supervisionCampaigns.newCampaign')}
        initialValues={{ objectKind: 'place', visitsPerObject: 3 }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const c = await api.post('/api/supervision/campaigns', {
            body: {
              title: v.title,
              objectKind: v.objectKind,
              description: v.description || null,
              startsOn: v.period[0].format('YYYY-MM-DD'),
              endsOn: v.period[1].format('YYYY-MM-DD'),
              visitsPerObject: v.visitsPerObject,
            },
          });
          setCreating(false);
          navigate(`/supervision/campaigns/${c.id}`);
        }}
      >
        <CampaignFields />
      </FormModal>
    </div>
  );
}

/** The campaign's own fields, in the new campaign's form and in the edit form. */
export function CampaignFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="title"
        label={t('supervisionCampaigns.campaignTitle')}
        rules={[{ required: true, min: 2, max: 80 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="objectKind" label={t('supervisionCampaigns.objectKind')} rules={[{ required: true }]}>
        <Select options={OBJECT_KINDS.map((k) => ({ value: k, label: t(`supervisionCampaigns.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="period" label={t('supervisionCampaigns.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="visitsPerObject" label={t('supervisionCampaigns.visitsPerObject')} rules={[{ required: true }]}>
        <InputNumber min={1} max={20} />
      </Form.Item>
      <Form.Item name="description" label={t('supervisionCampaigns.description')}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </>
  );
}
