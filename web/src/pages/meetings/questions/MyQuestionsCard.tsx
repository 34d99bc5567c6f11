// The member's live questions on a forum's page (phone first): the form while the meeting takes
// questions, then his own questions of this meeting with their state and any answer.
import { Alert, App, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { MeetingDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { AskFields, QuestionTag, type AskValues } from './parts';

export function MyQuestionsCard({ m, mobile }: { m: MeetingDetail; mobile: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AskValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const q = useApiQuery('/api/meetings/my-questions', { query: { meetingId: m.id } });
  const mine = q.data?.items ?? [];
  const mayAsk = m.allowedActions.includes('askQuestion');
  if (!mayAsk && !mine.length) return null;

  const send = async (values: AskValues) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/meetings/{id}/questions', { path: { id: m.id }, body: values });
      form.resetFields();
      void message.success(t('meetingQuestions.sent'));
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size={mobile ? 'small' : 'default'} title={t('meetingQuestions.askTitle')} data-testid="my-questions">
      {mayAsk && (
        <Form form={form} layout="vertical" onFinish={send} requiredMark={false}>
          <Typography.Paragraph type="secondary">{t('meetingQuestions.askHint')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <AskFields size={mobile ? 'large' : 'middle'} />
          <Button
            type="primary"
            htmlType="submit"
            block={mobile}
            size={mobile ? 'large' : 'middle'}
            loading={busy}
            data-testid="ask-question"
          >
            {t('meetingQuestions.send')}
          </Button>
        </Form>
      )}
      <Typography.Title level={5} style={{ marginTop: mayAsk ? 16 : 0 }}>
        {t('meetingQuestions.mine')}
      </Typography.Title>
      {!mine.length && <Typography.Text type="secondary">{t('meetingQuestions.noneMine')}</Typography.Text>}
      {mine.map((x) => (
        <div key={x.id} style={{ borderTop: '1px solid #f0f0f0', padding: '8px 0' }} data-testid="my-question">
          <QuestionTag status={x.status} />
          {x.addressedTo && (
            <Typography.Text type="secondary">
              {t('meetingQuestions.to')} {x.addressedTo}
            </Typography.Text>
          )}
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{x.body}</Typography.Paragraph>
          {x.rejectReason && (
            <Typography.Text type="secondary">
              {t('meetingQuestions.reason')}：{x.rejectReason}
            </Typography.Text>
          )}
          {x.answer && (
            <Typography.Paragraph type="success" style={{ margin: '4px 0 0' }}>
              {x.answeredBy}：{x.answer}
            </Typography.Paragraph>
          )}
        </div>
      ))}
    </Card>
  );
}
