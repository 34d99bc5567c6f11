// On the member's opinion page: where his opinion stands — routed where, due when, the answer
// once it is in, or why it was kept on record. Phone first; the office and leaders see the same.
import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import { useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { STATUS_COLOR } from './processingApi';

export function OpinionAnswerSlot({ opinionId }: { opinionId: number }) {
  const { t } = useI18n();
  const q = useApiQuery('/api/opinions/{id}/answer', { path: { id: opinionId } });
  const a = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!a) return null;
  const r = a.route;
  return (
    <Card
      size="small"
      title={t('opinionProcessing.answerTitle')}
      extra={<Tag color={STATUS_COLOR[a.status]}>{t(`opinionProcessing.status.${a.status}`)}</Tag>}
      data-testid="opinion-answer"
    >
      {a.status === 'closed' && a.closedReason && (
        <Typography.Paragraph>{t('opinionProcessing.closedReason', { reason: a.closedReason })}</Typography.Paragraph>
      )}
      {a.status === 'submitted' && (
        <Typography.Text type="secondary">{t('opinionProcessing.notYetRouted')}</Typography.Text>
      )}
      {r && (
        <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t('opinionProcessing.routedTo')}>
            {r.kind === 'unit' ? r.unitName : t(`opinionProcessing.kind.${r.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('opinionProcessing.routedAt')}>{formatDate(r.routedAt)}</Descriptions.Item>
          {r.dueOn && !r.answer && (
            <Descriptions.Item label={t('opinionProcessing.dueOn')}>
              {formatDate(r.dueOn)} {r.overdue && <Tag color="error">{t('opinionProcessing.overdue')}</Tag>}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {r?.answer ? (
        <div data-testid="opinion-answer-text">
          <Typography.Text strong>{t('opinionProcessing.answer')}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {formatDateTime(r.answeredAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4, marginBottom: 0 }}>
            {r.answer}
          </Typography.Paragraph>
        </div>
      ) : (
        a.status === 'routed' && (
          <Typography.Text type="secondary">{t('opinionProcessing.notYetAnswered')}</Typography.Text>
        )
      )}
    </Card>
  );
}
