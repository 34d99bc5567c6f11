// 界别活动周: the campaigns of the organisation (organised by it or with it taking part), and the
// office's form for a new one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, List, Space, Table, Tag, Typography, Grid } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { CAMPAIGN_COLOR, type CampaignListItem } from '../intakeApi';

interface NewCampaign {
  year: number;
  title: string;
  theme: string;
  description?: string;
  days: [Dayjs, Dayjs];
}

export function CampaignsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const mobile = !Grid.useBreakpoint().md;
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('/api/opinions/campaigns', {});
  const rows = list.data ?? [];
  const dates = (c: CampaignListItem) => `${c.startsOn} ~ ${c.endsOn}`;
  const status = (c: CampaignListItem) => (
    <Tag color={CAMPAIGN_COLOR[c.status]}>{t(`opinionsIntake.campaign.${c.status}`)}</Tag>
  );
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('opinionsIntake.campaignsTitle')}
        </Typography.Title>
        {can('opinions.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('opinionsIntake.newCampaign')}
          </Button>
        )}
      </Space>
      {mobile ? (
        <List
          dataSource={rows}
          loading={list.isLoading}
          renderItem={(c) => (
            <List.Item onClick={() => navigate(`/opinions/campaigns/${c.id}`)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta
                title={
                  <Space>
                    {c.title}
                    {status(c)}
                  </Space>
                }
                description={`${c.theme} · ${dates(c)}`}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<CampaignListItem>
          rowKey="id"
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          columns={[
            { title: t('opinionsIntake.year'), dataIndex: 'year', width: 80 },
            {
              title: t('opinionsIntake.campaignTitle'),
              render: (_, c) => <Link to={`/opinions/campaigns/${c.id}`}>{c.title}</Link>,
            },
            { title: t('opinionsIntake.theme'), dataIndex: 'theme' },
            { title: t('opinionsIntake.organiser'), dataIndex: 'orgName', width: 120 },
            { title: t('opinionsIntake.dates'), render: (_, c) => dates(c), width: 210 },
            { title: t('opinionsIntake.status'), render: (_, c) => status(c), width: 100 },
          ]}
        />
      )}
      <FormModal<NewCampaign>
        open={creating}
        title={t('opinionsIntake.newCampaign')}
        initialValues={{ year: dayjs().year() }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const c = await api.post('/api/opinions/campaigns', {
            body: {
              year: v.year,
              title: v.title,
              theme: v.theme,
              description: v.description || null,
              startsOn: v.days[0].format('YYYY-MM-DD'),
              endsOn: v.days[1].format('YYYY-MM-DD'),
            },
          });
          setCreating(false);
          navigate(`/opinions/campaigns/${c.id}`);
        }}
      >
        <Form.Item name="year" label={t('opinionsIntake.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="title" label={t('opinionsIntake.campaignTitle')} rules={[{ required: true, max: 80 }]}>
          <Input placeholder={t('opinionsIntake.titlePlaceholder')} />
        </Form.Item>
        <Form.Item name="theme" label={t('opinionsIntake.theme')} rules={[{ required: true, max: 120 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="days" label={t('opinionsIntake.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="description" label={t('opinionsIntake.description')}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
