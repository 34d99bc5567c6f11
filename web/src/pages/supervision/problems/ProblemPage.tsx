// One problem: what was found at which object of which campaign, to which unit and by when, the
// photos chosen for the album; the unit's answer form while it waits for one; the office's steps
// (edit, urge, send back, settle, close with a reason); and its history. Phone-friendly for the unit.
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Image, Input, Radio, Space, Spin } from 'antd';
import { Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { chinaToday } from '../inspections/shared';
import { ProblemSteps } from './ProblemSteps';
import { PROBLEM_ANSWERS, ProblemStatusTag, type ProblemAnswerKind, type ProblemDetail } from './shared';

export function ProblemPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/supervision/problems/{id}', { path: { id } });
  const p = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!p) return <Alert type="error" showIcon title={q.error?.message} />;
  const refresh = () => void q.refetch();

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{p.object.name}</span>}
        extra={<Link to="/supervision/problems">{t('prob.back')}</Link>}
      >
        <ProblemStatusTag status={p.status} overdue={p.overdue} />
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('prob.unit')}>{p.unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('prob.dueOn')}>{formatDate(p.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('prob.campaign')}>{p.campaignTitle}</Descriptions.Item>
          {p.object.address && <Descriptions.Item label={t('prob.object')}>{p.object.address}</Descriptions.Item>}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="problem-description">
          {p.description}
        </Typography.Paragraph>
        {p.photoIds.length > 0 && (
          <Image.PreviewGroup>
            <Space wrap size={8} style={{ marginBottom: 12 }} aria-label={t('prob.photos')}>
              {p.photoIds.map((f, i) => (
                <Image
                  key={f}
                  width={104}
                  height={78}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                  src={`/api/files/${f}?inline=1`}
                  alt={`${t('prob.photos')} ${i + 1}`}
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        )}
        {p.answer && (
          <Alert
            type="info"
            title={`${t(`prob.answerShort.${p.answerKind ?? 'fixed'}`)}${p.plannedOn ? ` · ${t('prob.plannedOn')} ${formatDate(p.plannedOn)}` : ''} · ${t('prob.answeredAt', { time: formatDateTime(p.answeredAt) })}`}
            description={<span style={{ whiteSpace: 'pre-wrap' }}>{p.answer}</span>}
          />
        )}
        {p.outcomeNote && (
          <Alert
            style={{ marginTop: 8 }}
            type={p.status === 'done' ? 'success' : 'warning'}
            title={t('prob.outcome')}
            description={p.outcomeNote}
          />
        )}
        <ProblemSteps p={p} onDone={refresh} />
      </Card>
      {p.allowedActions.includes('answerProblem') && <AnswerForm p={p} onDone={refresh} />}
      <Card size="small" title={t('prob.history')}>
        <Timeline
          items={p.events.map((e) => ({
            color: e.kind === 'done' ? 'green' : e.kind === 'sent_back' || e.kind === 'urged' ? 'orange' : 'blue',
            content: (
              <div data-testid="problem-event">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.createdAt)} · {e.by} · {t(`prob.event.${e.kind}`)}
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

interface AnswerValues {
  kind: ProblemAnswerKind;
  answer: string;
  plannedOn?: Dayjs;
}

function AnswerForm({ p, onDone }: { p: ProblemDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const kind = Form.useWatch('kind', form);
  const [busy, setBusy] = useState(false);
  const submit = async (v: AnswerValues) => {
    setBusy(true);
    try {
      await api.post('/api/supervision/problems/{id}/answer', {
        path: { id: p.id },
        body: {
          kind: v.kind,
          answer: v.answer,
          ...(v.kind === 'planned' && v.plannedOn && { plannedOn: v.plannedOn.format('YYYY-MM-DD') }),
        },
      });
      message.success(t('prob.answered'));
      onDone();
    } catch (err) {
      message.error(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('prob.submitAnswer')}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'fixed' }}>
        <Form.Item name="kind" label={t('prob.answerKind')} rules={[{ required: true }]}>
          <Radio.Group>
            <Space orientation="vertical">
              {PROBLEM_ANSWERS.map((k) => (
                <Radio key={k} value={k} data-testid={`answer-${k}`}>
                  {t(`prob.answer.${k}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {kind === 'planned' && (
          <Form.Item name="plannedOn" label={t('prob.plannedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
          </Form.Item>
        )}
        <Form.Item name="answer" label={t('prob.answer')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={5} maxLength={4000} placeholder={t('prob.answerHint')} data-testid="answer-text" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="answer-submit">
          {t('prob.submitAnswer')}
        </Button>
      </Form>
    </Card>
  );
}
