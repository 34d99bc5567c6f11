// The public's opinion form (/public/opinions/:token, no sign-in): the campaign's title and
// theme, the place (the organiser or a county taking part), the opinion, and optionally a name
// and a contact (kept sealed). A proof-of-work challenge is solved in the browser on sending; the
// answer is a receipt code, shown this once, to look the answer up later.
import { Alert, Button, Card, Form, Input, Result, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { LanguageButton } from '../../../components/LanguageSwitch';
import { useI18n } from '../../../i18n';
import { solve } from '../../meetings/questions/pow';
import '../intakeApi';

interface Values {
  orgId?: number;
  authorName?: string;
  contact?: string;
  title: string;
  body: string;
  place?: string;
}

export function PublicOpinionPage() {
  const { t } = useI18n();
  const token = useParams().token ?? '';
  const [form] = Form.useForm<Values>();
  const [state, setState] = useState<'form' | 'verifying' | 'sending'>('form');
  const [receipt, setReceipt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = useApiQuery('/api/public/opinions/{token}', { path: { token } }, { retry: false });

  const send = async (v: Values) => {
    setError(null);
    try {
      setState('verifying');
      const c = await api.get('/api/public/opinions/{token}/challenge', { path: { token } });
      const solution = await solve(c.challenge, c.bits);
      setState('sending');
      const r = await api.post('/api/public/opinions/{token}', {
        path: { token },
        body: {
          orgId: v.orgId ?? null,
          authorName: v.authorName || null,
          contact: v.contact || null,
          title: v.title,
          body: v.body,
          place: v.place || null,
          challenge: c.challenge,
          solution,
        },
      });
      form.resetFields();
      setReceipt(r.receipt);
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setState('form');
    }
  };

  const content = () => {
    if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    if (!q.data)
      return (
        <Result
          status="warning"
          title={q.error instanceof ApiError && q.error.status === 404 ? t('opinionsIntake.linkOff') : q.error?.message}
        />
      );
    const c = q.data;
    if (receipt)
      return (
        <Result
          status="success"
          title={t('opinionsIntake.publicSent')}
          subTitle={t('opinionsIntake.keepReceipt')}
          extra={[
            <Typography.Title key="code" level={3} copyable data-testid="receipt">
              {receipt}
            </Typography.Title>,
            <Button key="again" onClick={() => setReceipt(null)}>
              {t('opinionsIntake.another')}
            </Button>,
          ]}
        />
      );
    return (
      <Card title={c.title} data-testid="public-opinion">
        <Typography.Paragraph strong>{c.theme}</Typography.Paragraph>
        {c.description && <Typography.Paragraph type="secondary">{c.description}</Typography.Paragraph>}
        <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ orgId: c.orgs[0]?.id }}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          {c.orgs.length > 1 && (
            <Form.Item name="orgId" label={t('opinionsIntake.area')}>
              <Select options={c.orgs.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          )}
          <Form.Item
            name="title"
            label={t('opinionsIntake.opinionTitle')}
            rules={[{ required: true, min: 4, max: 60 }]}
          >
            <Input placeholder={t('opinionsIntake.titleHint')} />
          </Form.Item>
          <Form.Item name="body" label={t('opinionsIntake.body')} rules={[{ required: true, min: 10, max: 3000 }]}>
            <Input.TextArea rows={6} showCount maxLength={3000} placeholder={t('opinionsIntake.bodyHint')} />
          </Form.Item>
          <Form.Item name="place" label={t('opinionsIntake.place')}>
            <Input maxLength={60} placeholder={t('opinionsIntake.placeHint')} />
          </Form.Item>
          <Form.Item name="authorName" label={t('opinionsIntake.yourName')}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="contact" label={t('opinionsIntake.yourContact')} extra={t('opinionsIntake.contactHint')}>
            <Input maxLength={60} inputMode="tel" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={state !== 'form'}>
            {state === 'verifying' ? t('opinionsIntake.verifying') : t('opinionsIntake.send')}
          </Button>
        </Form>
      </Card>
    );
  };

  return (
    <div style={{ maxWidth: 640, margin: '0 auto', padding: 16 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('opinionsIntake.publicHeading')}
        </Typography.Title>
        <LanguageButton />
      </div>
      {content()}
    </div>
  );
}
