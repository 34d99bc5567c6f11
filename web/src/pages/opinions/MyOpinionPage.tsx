// A member's own opinion: what he wrote and where it stands; processing adds the answer below
// (OpinionAnswerSlot).
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import { STATUS_COLOR } from './intakeApi';
import { OpinionAnswerSlot } from './processing/OpinionAnswerSlot';

export function MyOpinionPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/opinions/mine/{id}', { path: { id } });
  const o = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!o) return null;
  return (
    <div style={{ maxWidth: 720 }}>
      <Space style={{ marginBottom: 12 }}>
        <Link to="/opinions/mine">{t('opinionsIntake.mineTitle')}</Link>
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
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{o.body}</Typography.Paragraph>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('opinionsIntake.place')}>{o.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.campaign')}>{o.campaignTitle ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('opinionsIntake.submittedAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
          {o.closedReason && (
            <Descriptions.Item label={t('opinionsIntake.closedReason')}>{o.closedReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <OpinionAnswerSlot opinionId={o.id} />
    </div>
  );
}
