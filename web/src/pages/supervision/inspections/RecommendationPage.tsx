// One recommendation: what was recommended, from which inspection (and site), to which unit and
// by when; the unit's answer form while it waits for one; the office's steps (edit, urge, send
// back, settle as done, close with a reason); and its history. Phone-friendly for the unit.
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { AnswerKind, RecommendationDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { applyApiError, FormModal } from '../../../components/FormModal';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { ANSWER_KINDS, chinaToday, RecommendationStatusTag } from './shared';

export function RecommendationPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/supervision/recommendations/{id}', { path: { id } });
  const r = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!r) return <Alert type="error" showIcon title={q.error?.message} />;
  const office = can('supervision.manage') || can('supervision.read_all');

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{r.title}</span>}
        extra={<Link to="/supervision/recommendations">{t('insp.back')}</Link>}
      >
        <RecommendationStatusTag status={r.status} overdue={r.overdue} />
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('insp.unit')}>{r.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('insp.dueOn')}>{formatDate(r.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('insp.inspection')}>
            {office ? (
              <Link to={`/supervision/inspections/${r.inspectionId}`}>{r.inspectionTitle}</Link>
            ) : (
              r.inspectionTitle
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('insp.fromSite')}>{r.siteName ?? t('insp.wholeInspection')}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Paragraph>
        {r.answer && (
          <Alert
            type="info"
            title={`${t(`insp.answer.${r.answerKind ?? 'accepted'}`)} · ${t('insp.answeredAt', { time: formatDateTime(r.answeredAt) })}`}
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</span>}
          />
        )}
        {r.outcomeNote && (
          <Alert
            style={{ marginTop: 8 }}
            type={r.status === 'done' ? 'success' : 'warning'}
            title={t('insp.outcome')}
            description={r.outcomeNote}
          />
        )}
        <OfficeSteps r={r} />
      </Card>
      {r.allowedActions.includes('answerRecommendation') && <AnswerForm r={r} />}
      <Card size="small" title={t('insp.history')}>
        <Timeline
          items={r.events.map((e) => ({
            color: e.kind === 'done' ? 'green' : e.kind === 'sent_back' || e.kind === 'urged' ? 'orange' : 'blue',
            content: (
              <div data-testid="recommendation-event">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.createdAt)} · {e.by} · {t(`insp.event.${e.kind}`)}
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

function AnswerForm({ r }: { r: RecommendationDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: AnswerKind; answer: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { kind: AnswerKind; answer: string }) => {
    setBusy(true);
    try {
      await api.post('/api/supervision/recommendations/{id}/answer', { path: { id: r.id }, body: v });
      message.success(t('insp.answered'));
    } catch (err) {
      message.error(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('insp.submitAnswer')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'accepted' }}>
        <Form.Item name="kind" label={t('insp.answerKind')} rules={[{ required: true }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {ANSWER_KINDS.map((k) => (
                <Radio key={k} value={k}>
                  {t(`insp.answer.${k}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="answer" label={t('insp.answer')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={5} maxLength={4000} placeholder={t('insp.answerHint')} data-testid="answer-text" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="answer-submit">
          {t('insp.submitAnswer')}
        </Button>
      </Form>
    </Card>
  );
}

type Step = 'edit' | 'urge' | 'send-back' | 'complete' | 'close';

/** The office's steps, as the recommendation's allowed actions say. */
function OfficeSteps({ r }: { r: RecommendationDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Step | null>(null);
  const may = (a: string) => r.allowedActions.includes(a);
  const buttons: [Step, string, string][] = [
    ['edit', 'editRecommendation', 'insp.editRec'],
    ['urge', 'urgeRecommendation', 'insp.urge'],
    ['send-back', 'sendBackRecommendation', 'insp.sendBack'],
    ['complete', 'completeRecommendation', 'insp.complete'],
    ['close', 'closeRecommendation', 'insp.close'],
  ];
  const shown = buttons.filter(([, action]) => may(action));
  if (!shown.length) return null;
  const path = { path: { id: r.id } };
  const done = () => setOpen(null);
  const titles: Record<Exclude<Step, 'edit'>, string> = {
    urge: 'insp.urgeTitle',
    'send-back': 'insp.sendBack',
    complete: 'insp.completeTitle',
    close: 'insp.closeTitle',
  };
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {shown.map(([step, , label]) => (
          <Button key={step} danger={step === 'close'} onClick={() => setOpen(step)} data-testid={`rec-${step}`}>
            {t(label)}
          </Button>
        ))}
      </Space>
      <FormModal<{ title: string; dueOn: Dayjs }>
        open={open === 'edit'}
        title={t('insp.editRec')}
        initialValues={{ title: r.title, dueOn: dayjs(r.dueOn) }}
        onCancel={done}
        onSubmit={async (v) => {
          await api.patch('/api/supervision/recommendations/{id}', {
            ...path,
            body: { title: v.title, dueOn: v.dueOn.format('YYYY-MM-DD') },
          });
          done();
        }}
      >
        <Form.Item name="title" label={t('insp.recTitle')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('insp.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
        </Form.Item>
      </FormModal>
      <FormModal<{ text: string }>
        open={open !== null && open !== 'edit'}
        title={open && open !== 'edit' ? t(titles[open]) : ''}
        onCancel={done}
        onSubmit={async (v) => {
          if (open === 'urge')
            await api.post('/api/supervision/recommendations/{id}/urge', { ...path, body: { note: v.text } });
          if (open === 'send-back')
            await api.post('/api/supervision/recommendations/{id}/send-back', { ...path, body: { reason: v.text } });
          if (open === 'complete')
            await api.post('/api/supervision/recommendations/{id}/complete', { ...path, body: { note: v.text } });
          if (open === 'close')
            await api.post('/api/supervision/recommendations/{id}/close', { ...path, body: { reason: v.text } });
          done();
        }}
      >
        <Form.Item
          name="text"
          label={t(open === 'urge' || open === 'complete' ? 'insp.note' : 'insp.reason')}
          rules={[{ required: open !== 'urge', whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="rec-step-text" />
        </Form.Item>
      </FormModal>
    </div>
  );
}
