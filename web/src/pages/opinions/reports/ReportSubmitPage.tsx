// A member submits a 社情民意 report on his phone: title, text, and co-authors chosen from the
// member directory (joint reports).
import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { CoProposerPicker, type PickedMember } from '../../proposals/CoProposerPicker';
import './reportsApi';

interface Values {
  title: string;
  body: string;
  coAuthors?: PickedMember[];
}

export function ReportSubmitPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const r = await api.post('/api/opinions/reports', {
        body: { title: v.title, body: v.body, coAuthorIds: (v.coAuthors ?? []).map((m) => m.value) },
      });
      message.success(t('opinionsReports.sent'));
      navigate(`/opinions/reports/mine/${r.id}`);
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('opinionsReports.submitTitle')} style={{ maxWidth: 720 }} styles={{ body: { padding: 16 } }}>
      <Form<Values> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="title" label={t('opinionsReports.title')} rules={[{ required: true, min: 4, max: 100 }]}>
          <Input placeholder={t('opinionsReports.titlePlaceholder')} maxLength={100} data-testid="report-title" />
        </Form.Item>
        <Form.Item name="body" label={t('opinionsReports.body')} rules={[{ required: true, min: 20 }]}>
          <Input.TextArea
            autoSize={{ minRows: 8, maxRows: 20 }}
            placeholder={t('opinionsReports.bodyPlaceholder')}
            maxLength={20000}
            showCount
            data-testid="report-body"
          />
        </Form.Item>
        <Form.Item name="coAuthors" label={t('opinionsReports.coAuthors')}>
          <CoProposerPicker excludeId={me?.user.memberId ?? null} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="report-submit">
          {t('opinionsReports.send')}
        </Button>
      </Form>
    </Card>
  );
}
