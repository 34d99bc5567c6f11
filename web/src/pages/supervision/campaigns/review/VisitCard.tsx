// One visit in the object's drawer: who went and when, the weighted score and each criterion's,
// whom he interviewed and his notes, his comment; a visit whose photos lack evidence is marked.
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useApiQuery } from '../../../../api/query';
import { formatDateTime, useI18n } from '../../../../i18n';
import type { EvalCampaign } from '../campaignsApi';

export function VisitCard(props: { visitId: number; campaign: EvalCampaign }) {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, string | number>) => t(`supervisionReview.${k}`, v);
  const v = useApiQuery('/api/supervision/visits/{id}', { path: { id: props.visitId } }).data;
  if (!v) return <Card size="small" loading />;
  const criterion = (id: number) => props.campaign.criteria.find((c) => c.id === id);
  return (
    <Card
      size="small"
      data-testid="review-visit"
      title={
        <Space wrap size={4}>
          {L('visitBy', { member: v.memberName, at: formatDateTime(v.visitedAt) })}
          {v.evidence.status === 'flagged' && (
            <Tag color="warning">
              {L('evidenceFlagged')}
              {v.evidence.reasons.length > 0 &&
                `：${v.evidence.reasons.map((r) => t(`supervisionCampaigns.reason.${r}`)).join('、')}`}
            </Tag>
          )}
        </Space>
      }
      extra={<Typography.Text strong>{v.score}</Typography.Text>}
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        {v.scores.map((s) => {
          const c = criterion(s.criterionId);
          return (
            <Descriptions.Item key={s.criterionId} label={c?.name ?? String(s.criterionId)}>
              {c ? `${s.score} / ${c.maxScore}` : s.score}
            </Descriptions.Item>
          );
        })}
        <Descriptions.Item label={L('interviewee')} span={2}>
          {v.interviewee}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{L('interview')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{v.interviewNotes}</Typography.Paragraph>
      <Typography.Text type="secondary">{L('comment')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v.comment}</Typography.Paragraph>
    </Card>
  );
}
