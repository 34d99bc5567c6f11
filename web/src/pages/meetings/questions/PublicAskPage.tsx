// The public's question page (/public/questions/:token, no sign-in): the meeting's title and
// time alone, a display name and the question; a proof-of-work challenge is fetched and solved
// in the browser on sending (ADR 0019). No personal data is asked.
import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { LanguageButton } from '../../../components/LanguageSwitch';
import { useI18n } from '../../../i18n';
import { timeRange } from '../api';
import { AskFields, type AskValues } from './parts';
import { solve } from './pow';

export function PublicAskPage() {
  const { t } = useI18n();
  const token = useParams().token ?? '';
  const [form] = Form.useForm<AskValues & { displayName: string }>();
  const [state, setState] = useState<'form' | 'verifying' | 'sending' | 'sent'>('form');
  const [error, setError] = useState<string | null>(null);
  const q = useApiQuery('/api/meeting-questions/public/{token}', { path: { token } }, { retry: false });

  const send = async (values: AskValues & { displayName: string }) => {
    setError(null);
    try {
      setState('verifying');
      const c = await api.get('/api/meeting-questions/public/{token}/challenge', { path: { token } });
      const solution = await solve(c.challenge, c.bits);
      setState('sending');
      await api.post('/api/meeting-questions/public/{token}', { path: { token }, body: { ...values, ...c, solution } });
      form.resetFields();
      setState('sent');
    } catch (err) {
      setError(applyApiError(form, err));
      setState('form');
    }
  };

  const body = () => {
    if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (!q.data)
      return (
        <Result
          status="warning"
          title={
            q.error instanceof ApiError && q.error.status === 404 ? t('meetingQuestions.linkOff') : q.error?.message
          }
        />
      );
    const m = q.data;
    return (
      <Card title={m.title} data-testid="public-ask">
        <Typography.Paragraph type="secondary">{timeRange(m.startsAt, m.endsAt)}</Typography.Paragraph>
        {!m.open ? (
          <Alert type="info" showIcon title={t('meetingQuestions.closed')} />
        ) : state === 'sent' ? (
          <Result
            status="success"
            title={t('meetingQuestions.sent')}
            extra={<Button onClick={() => setState('form')}>{t('meetingQuestions.askAgain')}</Button>}
            data-testid="public-sent"
          />
        ) : (
          <Form form={form} layout="vertical" onFinish={(v) => void send(v)} requiredMark={false}>
            <Typography.Paragraph type="secondary">{t('meetingQuestions.noPersonalData')}</Typography.Paragraph>
            {error && (
              <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />
            )}
            <Form.Item name="displayName" label={t('meetingQuestions.displayName')} rules={[{ required: true }]}>
              <Input
                size="large"
                maxLength={20}
                placeholder={t('meetingQuestions.displayNamePlaceholder')}
                data-testid="display-name"
              />
            </Form.Item>
            <AskFields size="large" />
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={state !== 'form'}
              data-testid="ask-question"
            >
              {state === 'verifying' ? t('meetingQuestions.verifying') : t('meetingQuestions.send')}
            </Button>
          </Form>
        )}
      </Card>
    );
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <header
        style={{
          background: '#b7312c',
          color: '#fff',
          display: 'flex',
          alignItems: 'center',
          padding: '10px 16px',
          gap: 12,
        }}
      >
        <strong style={{ fontSize: 17, flex: 1 }}>{t('meetingQuestions.publicTitle')}</strong>
        <LanguageButton light />
      </header>
      <main style={{ padding: 12, maxWidth: 640, margin: '0 auto' }}>{body()}</main>
    </div>
  );
}
