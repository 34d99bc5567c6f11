// On the office's opinion page: its category and theme (how they were found, with the
// classifier's confidence) and the correction; where it was routed, by when, the answer; and
// the steps the office may take now (classify, route, keep on record, record the outcome).
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { STATUS_COLOR, type Processing } from './processingApi';
import { AnswerDialog, CloseDialog, CorrectDialog, RouteDialog } from './RouteDialogs';

type Dialog = 'route' | 'close' | 'correct' | 'answer' | null;

export function OpinionProcessingSlot({ opinionId }: { opinionId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const q = useApiQuery('/api/opinions/{id}/processing', { path: { id: opinionId } });
  const [dialog, setDialog] = useState<Dialog>(null);
  const p = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!p) return null;
  const can = (step: string) => p.allowedActions.includes(step);
  const closeDialog = (done: boolean) => {
    setDialog(null);
    if (done) void q.refetch();
  };
  const classify = async () => {
    try {
      await api.post('/api/opinions/{id}/classify', { path: { id: opinionId } });
      await q.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const r = p.route;
  return (
    <Card
      size="small"
      title={t('opinionProcessing.processingTitle')}
      extra={<Tag color={STATUS_COLOR[p.status]}>{t(`opinionProcessing.status.${p.status}`)}</Tag>}
      data-testid="opinion-processing"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'labels', label: t('opinionProcessing.category'), children: <Labels p={p} /> },
          ...(p.groupSize > 1
            ? [{ key: 'group', label: t('opinionProcessing.group', { n: p.groupSize }), children: `#${p.groupId}` }]
            : []),
          ...(p.status === 'closed' && p.closedReason
            ? [{ key: 'closed', label: t('opinionProcessing.closeReason'), children: p.closedReason }]
            : []),
          ...(r ? routeItems(r, t) : []),
        ]}
      />
      {r?.answer && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="processing-answer">
          <Typography.Text strong>{t('opinionProcessing.answer')}：</Typography.Text>
          {r.answer}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
            {formatDateTime(r.answeredAt)}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {can('routeOpinion') && (
          <Button type="primary" onClick={() => setDialog('route')} data-testid="route-open">
            {t('opinionProcessing.route')}
          </Button>
        )}
        {can('answerRoute') && r && (
          <Button onClick={() => setDialog('answer')} data-testid="office-answer">
            {t('opinionProcessing.officeAnswer')}
          </Button>
        )}
        {can('classifyOpinion') && <Button onClick={classify}>{t('opinionProcessing.classify')}</Button>}
        {can('correctClassification') && (
          <Button onClick={() => setDialog('correct')} data-testid="correct-open">
            {t('opinionProcessing.correct')}
          </Button>
        )}
        {can('closeOpinion') && (
          <Button danger onClick={() => setDialog('close')}>
            {t('opinionProcessing.close')}
          </Button>
        )}
      </Space>
      <RouteDialog p={p} open={dialog === 'route'} onClose={closeDialog} />
      <CloseDialog p={p} open={dialog === 'close'} onClose={closeDialog} />
      <CorrectDialog p={p} open={dialog === 'correct'} onClose={closeDialog} />
      {r && <AnswerDialog routeId={r.id} open={dialog === 'answer'} onClose={closeDialog} />}
    </Card>
  );
}

function Labels({ p }: { p: Processing }) {
  const { t } = useI18n();
  if (!p.category && !p.theme)
    return <Typography.Text type="secondary">{t('opinionProcessing.unclassified')}</Typography.Text>;
  return (
    <Space wrap size={4}>
      {p.category && <Tag color="blue">{p.category.name}</Tag>}
      {p.theme && <Tag color="purple">{p.theme.name}</Tag>}
      {p.classifiedBy && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`opinionProcessing.by.${p.classifiedBy}`)}
          {p.confidence !== null && ` · ${t('opinionProcessing.confidence', { pct: Math.round(p.confidence * 100) })}`}
        </Typography.Text>
      )}
      {p.confidence !== null && p.confidence < 0.6 && <Tag color="warning">{t('opinionProcessing.lowConfidence')}</Tag>}
    </Space>
  );
}

/** The route's lines of the description list (antd reads its items, not nested components). */
function routeItems(
  r: NonNullable<Processing['route']>,
  t: (k: string, v?: Record<string, string | number>) => string,
) {
  return [
    {
      key: 'routedTo',
      label: t('opinionProcessing.routedTo'),
      children: (
        <Space wrap size={4} data-testid="routed-to">
          {r.kind === 'unit' ? r.unitName : t(`opinionProcessing.kind.${r.kind}`)}
          <Tag>{t(`opinionProcessing.routeStatus.${r.status}`)}</Tag>
          {r.overdue && <Tag color="error">{t('opinionProcessing.overdue')}</Tag>}
          {r.proposalId && <Link to={`/proposals/${r.proposalId}`}>{t('opinionProcessing.proposalLink')}</Link>}
          {r.reportId && <span>{t('opinionProcessing.reportNo', { id: r.reportId })}</span>}
        </Space>
      ),
    },
    {
      key: 'routedAt',
      label: t('opinionProcessing.routedAt'),
      children: `${formatDate(r.routedAt)}${r.dueOn ? ` · ${t('opinionProcessing.due', { date: formatDate(r.dueOn) })}` : ''}`,
    },
    ...(r.rerouteReason && r.status === 'reroute_requested'
      ? [{ key: 'reroute', label: t('opinionProcessing.requestReroute'), children: r.rerouteReason }]
      : []),
  ];
}
