// 我的意见建议 (a member's phone): the form to submit an opinion (title, content, place, the open
// campaign of his organisation) and his opinions with where each stands.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { useSession } from '../../auth';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { STATUS_COLOR } from './intakeApi';

interface NewOpinion {
  campaignId?: number;
  title: string;
  body: string;
  place?: string;
}

export function MyOpinionsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  // A leader's account may hold opinions.submit without a member record: say so, not a refusal.
  const isMember = !!me?.user.memberId;
  const navigate = useNavigate();
  const [writing, setWriting] = useState(false);
  const mine = useApiQuery('/api/opinions/mine', {});
  const open = useApiQuery('/api/opinions/campaigns/open', {});
  const campaigns = open.data ?? [];
  return (
    <div style={{ maxWidth: 720 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('opinionsIntake.mineTitle')}
        </Typography.Title>
        {isMember && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setWriting(true)} data-testid="new-opinion">
            {t('opinionsIntake.submit')}
          </Button>
        )}
      </Space>
      {!isMember && (
        <Alert type="info" showIcon title={t('opinionsIntake.noMemberRecord')} style={{ marginBottom: 12 }} />
      )}
      {campaigns.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('opinionsIntake.openNow', { title: campaigns.map((c) => c.title).join('、') })}
        </Typography.Paragraph>
      )}
      {mine.data && !mine.data.length ? (
        <Empty description={t('opinionsIntake.noneYet')} />
      ) : (
        <List
          loading={mine.isLoading}
          dataSource={mine.data ?? []}
          renderItem={(o) => (
            <List.Item
              onClick={() => navigate(`/opinions/mine/${o.id}`)}
              style={{ cursor: 'pointer' }}
              data-testid={`my-opinion-${o.id}`}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {o.title}
                    <Tag color={STATUS_COLOR[o.status]}>{t(`opinionsIntake.status.${o.status}`)}</Tag>
                  </Space>
                }
                description={`${formatDateTime(o.createdAt)}${o.campaignTitle ? ` · ${o.campaignTitle}` : ''}`}
              />
            </List.Item>
          )}
        />
      )}
      <FormModal<NewOpinion>
        open={writing}
        title={t('opinionsIntake.submit')}
        okText={t('opinionsIntake.send')}
        initialValues={{ campaignId: campaigns[0]?.id }}
        onCancel={() => setWriting(false)}
        onSubmit={async (v) => {
          await api.post('/api/opinions', {
            body: { title: v.title, body: v.body, place: v.place || null, campaignId: v.campaignId ?? null },
          });
          setWriting(false);
          await mine.refetch();
        }}
      >
        {campaigns.length > 0 && (
          <Form.Item name="campaignId" label={t('opinionsIntake.campaign')}>
            <Select allowClear options={campaigns.map((c) => ({ value: c.id, label: c.title }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('opinionsIntake.opinionTitle')} rules={[{ required: true, min: 4, max: 60 }]}>
          <Input placeholder={t('opinionsIntake.titleHint')} data-testid="opinion-title" />
        </Form.Item>
        <Form.Item name="body" label={t('opinionsIntake.body')} rules={[{ required: true, min: 10, max: 3000 }]}>
          <Input.TextArea
            rows={6}
            placeholder={t('opinionsIntake.bodyHint')}
            showCount
            maxLength={3000}
            data-testid="opinion-body"
          />
        </Form.Item>
        <Form.Item name="place" label={t('opinionsIntake.place')}>
          <Input maxLength={60} placeholder={t('opinionsIntake.placeHint')} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
