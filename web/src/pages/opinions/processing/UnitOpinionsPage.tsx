// The department's page (承办单位): the opinions the office routed to it — a group routed
// together shows as one item with its opinions — with the due date, the answer it writes once
// for all of them, and the request to reroute what is not its business. Phone and desktop.
import { Alert, Button, Card, Empty, Grid, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import type { UnitRoute } from './processingApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './processingApi';
import { AnswerDialog, RerouteDialog } from './RouteDialogs';

export function UnitOpinionsPage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const [state, setState] = useState<'open' | 'answered'>('open');
  const q = useApiQuery('/api/opinions/unit/routes', { query: { state } });
  return (
    <Card title={t('opinionProcessing.unitTitle')} styles={{ body: { padding: mobile ? 12 : 24 } }}>
      <Segmented
        value={state}
        onChange={(k) => setState(k as 'open' | 'answered')}
        options={[
          { value: 'open', label: t('opinionProcessing.unitOpen') },
          { value: 'answered', label: t('opinionProcessing.unitAnswered') },
        ]}
        block={mobile}
        style={{ marginBottom: 12 }}
        data-testid="unit-state"
      />
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {q.data && !q.data.length && <Empty description={t('opinionProcessing.unitEmpty')} />}
      {q.data?.map((r) => (
        <RouteCard key={r.id} r={r} onDone={() => void q.refetch()} />
      ))}
    </Card>
  );
}

function RouteCard({ r, onDone }: { r: UnitRoute; onDone(): void }) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'answer' | 'reroute' | null>(null);
  const close = (done: boolean) => {
    setDialog(null);
    if (done) onDone();
  };
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`unit-route-${r.id}`}>
      {/* No card title: on a phone a long title and the tags would not fit one line. */}
      <Space wrap size={4} style={{ marginBottom: 4 }}>
        <Typography.Text strong>{r.opinions[0]?.title}</Typography.Text>
        {r.opinions.length > 1 && <Tag>{t('opinionProcessing.opinions', { n: r.opinions.length })}</Tag>}
        {r.overdue && <Tag color="error">{t('opinionProcessing.overdue')}</Tag>}
        <Tag color={r.status === 'answered' ? 'success' : r.status === 'open' ? 'processing' : 'warning'}>
          {t(`opinionProcessing.routeStatus.${r.status}`)}
        </Tag>
      </Space>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('opinionProcessing.routedAt')} {formatDate(r.routedAt)}
        {r.dueOn && ` · ${t('opinionProcessing.due', { date: formatDate(r.dueOn) })}`}
      </Typography.Text>
      {r.note && <Typography.Paragraph style={{ marginTop: 4 }}>{r.note}</Typography.Paragraph>}
      <List
        size="small"
        dataSource={r.opinions}
        renderItem={(o) => (
          <List.Item style={{ paddingLeft: 0, paddingRight: 0 }}>
            <List.Item.Meta
              title={o.title}
              description={
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                  ellipsis={{ rows: 3, expandable: true }}
                >
                  {o.body}
                  {o.place ? `（${o.place}）` : ''}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
      {r.answer && (
        <Alert
          type="success"
          style={{ marginTop: 8 }}
          title={`${t('opinionProcessing.answer')} · ${formatDateTime(r.answeredAt)}`}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</span>}
        />
      )}
      {r.status === 'reroute_requested' && r.rerouteReason && (
        <Alert
          type="warning"
          style={{ marginTop: 8 }}
          title={t('opinionProcessing.rerouteReason', { reason: r.rerouteReason })}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {r.allowedActions.includes('answerRoute') && (
          <Button type="primary" onClick={() => setDialog('answer')} data-testid="unit-answer">
            {t('opinionProcessing.answer')}
          </Button>
        )}
        {r.allowedActions.includes('requestReroute') && (
          <Button onClick={() => setDialog('reroute')}>{t('opinionProcessing.requestReroute')}</Button>
        )}
      </Space>
      <AnswerDialog routeId={r.id} open={dialog === 'answer'} onClose={close} />
      <RerouteDialog routeId={r.id} open={dialog === 'reroute'} onClose={close} />
    </Card>
  );
}
