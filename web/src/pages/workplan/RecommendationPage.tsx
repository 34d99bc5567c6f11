// One recommendation: its SMART fields, its department's answer, the office's steps (complete
// and send a draft, urge, mark done, drop with a reason) and the department's (answer, report
// progress), each shown only when the server allows it, and its follow-up history.
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDate, formatDateTime, useI18n } from '../../i18n';
import { RecommendationForm } from './RecommendationForm';
import { ANSWER_KINDS, RecStatusTag, type AnswerKind, type RecommendationDetail } from './shared';

type Step = 'answer' | 'progress' | 'urge' | 'complete' | 'drop';
const BUTTONS: [Step, string, string][] = [
  ['answer', 'answerRecommendation', 'wp.answerTitle'],
  ['progress', 'reportRecommendationProgress', 'wp.progressTitle'],
  ['urge', 'urgeRecommendation', 'wp.urge'],
  ['complete', 'completeRecommendation', 'wp.complete'],
  ['drop', 'dropRecommendation', 'wp.drop'],
];
const TITLES: Record<Step, string> = {
  answer: 'wp.answerTitle',
  progress: 'wp.progressTitle',
  urge: 'wp.urgeTitle',
  complete: 'wp.completeTitle',
  drop: 'wp.dropTitle',
};

function Steps({ r }: { r: RecommendationDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Step | null>(null);
  const [editing, setEditing] = useState(false);
  const path = { path: { id: r.id } };
  const shown = BUTTONS.filter(([, action]) => r.allowedActions.includes(action));
  const draft = r.allowedActions.includes('sendRecommendation');
  if (!shown.length && !draft) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {draft && (
          <Button type="primary" onClick={() => setEditing(true)} data-testid="wp-rec-complete-draft">
            {t('wp.edit')} / {t('wp.send')}
          </Button>
        )}
        {shown.map(([step, , label]) => (
          <Button
            key={step}
            type={step === 'answer' || step === 'complete' ? 'primary' : 'default'}
            danger={step === 'drop'}
            onClick={() => setOpen(step)}
            data-testid={`wp-rec-${step}`}
          >
            {t(label)}
          </Button>
        ))}
      </Space>
      {draft && (
        <RecommendationForm reportId={r.reportId} editing={r} open={editing} onClose={() => setEditing(false)} />
      )}
      <FormModal<{ text: string; kind?: AnswerKind }>
        open={open !== null}
        title={open ? t(TITLES[open]) : ''}
        initialValues={{ kind: 'adopted' }}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          if (open === 'answer')
            await api.post('/api/workplan/recommendations/{id}/answer', {
              ...path,
              body: { kind: v.kind!, answer: v.text },
            });
          if (open === 'progress')
            await api.post('/api/workplan/recommendations/{id}/progress', { ...path, body: { note: v.text } });
          if (open === 'urge')
            await api.post('/api/workplan/recommendations/{id}/urge', { ...path, body: { note: v.text || null } });
          if (open === 'complete')
            await api.post('/api/workplan/recommendations/{id}/complete', { ...path, body: { note: v.text } });
          if (open === 'drop')
            await api.post('/api/workplan/recommendations/{id}/drop', { ...path, body: { reason: v.text } });
          setOpen(null);
        }}
      >
        {open === 'answer' && (
          <Form.Item name="kind" label={t('wp.answerKind')} rules={[{ required: true }]}>
            <Radio.Group options={ANSWER_KINDS.map((k) => ({ value: k, label: t(`wp.answer.${k}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="text"
          label={t(open === 'drop' ? 'wp.reason' : open === 'answer' ? 'wp.answer' : 'wp.note')}
          rules={[{ required: open !== 'urge', whitespace: true, min: open === 'urge' ? 0 : 2, max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="wp-rec-step-text" />
        </Form.Item>
      </FormModal>
    </div>
  );
}

export function RecommendationPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/workplan/recommendations/{id}', { path: { id } });
  const r = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!r) return <Alert type="error" showIcon title={q.error?.message} />;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{r.title}</span>}
        extra={<Link to="/workplan/recommendations">{t('wp.back')}</Link>}
      >
        <RecStatusTag r={r} />
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('wp.reports')}>
            <Link to={`/workplan/reports/${r.reportId}`}>{r.reportTitle}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('wp.metric')}>{r.metric ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wp.target')}>{r.target ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wp.unit')}>{r.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wp.accountablePerson')}>{r.accountablePerson ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wp.recDueOn')}>{formatDate(r.dueOn) || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('wp.actions')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{r.actions ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
        {r.answer && (
          <Alert
            type="info"
            title={`${t('wp.answer')} · ${r.answerKind ? t(`wp.answer.${r.answerKind}`) : ''}`}
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</span>}
          />
        )}
        {r.settleNote && (
          <Alert
            style={{ marginTop: 8 }}
            type={r.status === 'done' ? 'success' : 'warning'}
            title={t('wp.settleNote')}
            description={r.settleNote}
          />
        )}
        <Steps r={r} />
      </Card>
      <Card size="small" title={t('wp.history')}>
        <Timeline
          items={r.events.map((e) => ({
            color: e.kind === 'done' ? 'green' : e.kind === 'reminded' || e.kind === 'dropped' ? 'orange' : 'blue',
            content: (
              <div data-testid="wp-rec-event">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.createdAt)} · {e.by ?? t('wp.system')} · {t(`wp.event.${e.kind}`)}
                </Typography.Text>
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
