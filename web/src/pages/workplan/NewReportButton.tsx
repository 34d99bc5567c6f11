// The office's new research report (of a topic or not), then its page to add recommendations.
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';

export function NewReportButton({ year, topicId }: { year: number; topicId?: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="wp-new-report">
        {t('wp.newReport')}
      </Button>
      <FormModal<{ title: string; summary: string }>
        open={open}
        title={t('wp.newReport')}
        onCancel={() => setOpen(false)}
        onSubmit={async (v) => {
          const r = await api.post('/api/workplan/reports', { body: { year, topicId: topicId ?? null, ...v } });
          setOpen(false);
          navigate(`/workplan/reports/${r.id}`);
        }}
      >
        <Form.Item
          name="title"
          label={t('wp.reportTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('wp.reportSummary')}
          rules={[{ required: true, whitespace: true, min: 2, max: 8000 }]}
        >
          <Input.TextArea rows={4} maxLength={8000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
