// One opinion for the office and leaders: what was written, by whom (a contact masked; the
// office with the right to see personal data reveals it, audited), where and for which
// campaign; processing adds its panel below (OpinionProcessingSlot).
import { App, Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { formatDateTime, useI18n } from '../../../i18n';
import { OpinionProcessingSlot } from '../processing/OpinionProcessingSlot';
import { STATUS_COLOR } from '../intakeApi';

export function OpinionPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/opinions/{id}', { path: { id } });
  const [contact, setContact] = useState<string | null>(null);
  const o = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!o) return null;
  const reveal = async () => {
    try {
      setContact((await api.post('/api/opinions/{id}/contact', { path: { id } })).contact);
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Link to="/opinions/list">{t('opinionsIntake.listTitle')}</Link>
        <span>/</span>
      </Space>
      <Card
        title={
          <Space wrap>
            {o.title}
            <Tag color={STATUS_COLOR[o.status]}>{t(`opinionsIntake.status.${o.status}`)}</Tag>
          </Space>
        }
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="opinion-body">
          {o.body}
        </Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('opinionsIntake.channelLabel')}>
            {t(`opinionsIntake.channel.${o.channel}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.author')}>
            {o.author ?? t('opinionsIntake.anonymous')}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.contact')}>
            {contact ?? o.contactMasked ?? '—'}
            {o.canUnmask && !contact && (
              <Button size="small" type="link" onClick={reveal}>
                {t('opinionsIntake.reveal')}
              </Button>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.sector')}>{o.sector ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.org')}>{o.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.campaign')}>
            {o.campaignId ? <Link to={`/opinions/campaigns/${o.campaignId}`}>{o.campaignTitle}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.place')}>{o.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.category')}>
            {[o.category, o.theme].filter(Boolean).join(' / ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.submittedAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <OpinionProcessingSlot opinionId={o.id} />
    </div>
  );
}
