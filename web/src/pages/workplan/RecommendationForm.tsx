// A recommendation of a report, as the office writes it: the SMART fields (metric, target,
// actions, department, accountable person, deadline). Saved as a draft, or saved and sent: the
// server refuses to send one with a field missing and names it, and the message appears under
// that field; the draft is kept, so the next try completes it rather than adding another.
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { REFERENCE, useApiQuery } from '../../api/query';
import { applyApiError } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { chinaToday, type Recommendation } from './shared';

interface RecValues {
  title: string;
  metric?: string;
  target?: string;
  actions?: string;
  unitId?: number;
  accountablePerson?: string;
  dueOn?: Dayjs;
}

export function RecommendationForm({
  reportId,
  editing,
  open,
  onClose,
}: {
  reportId: number;
  /** A draft to complete; none: a new one. */
  editing?: Recommendation;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<RecValues>();
  const [savedId, setSavedId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useApiQuery('/api/refdata', {}, { ...REFERENCE, enabled: open });
  const id = editing?.id ?? savedId;

  const submit = async (send: boolean) => {
    let v: RecValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const body = {
      title: v.title,
      metric: v.metric?.trim() || null,
      target: v.target?.trim() || null,
      actions: v.actions?.trim() || null,
      unitId: v.unitId ?? null,
      accountablePerson: v.accountablePerson?.trim() || null,
      dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
    };
    setBusy(true);
    setError(null);
    try {
      let recId = id;
      if (recId) await api.patch('/api/workplan/recommendations/{id}', { path: { id: recId }, body });
      else {
        recId = (await api.post('/api/workplan/reports/{id}/recommendations', { path: { id: reportId }, body })).id;
        setSavedId(recId);
      }
      if (send) await api.post('/api/workplan/recommendations/{id}/send', { path: { id: recId } });
      onClose();
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('wp.addRecommendation')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      afterClose={() => {
        setSavedId(null);
        setError(null);
      }}
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={busy} onClick={() => void submit(false)} data-testid="wp-rec-draft">
            {t('wp.saveDraft')}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void submit(true)} data-testid="wp-rec-send">
            {t('wp.saveAndSend')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          editing
            ? {
                title: editing.title,
                metric: editing.metric ?? undefined,
                target: editing.target ?? undefined,
                actions: editing.actions ?? undefined,
                unitId: editing.unitId ?? undefined,
                accountablePerson: editing.accountablePerson ?? undefined,
                dueOn: editing.dueOn ? dayjs(editing.dueOn) : undefined,
              }
            : undefined
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
        <Alert type="info" showIcon title={t('wp.smartHint')} style={{ marginBottom: 16 }} />
        <Form.Item
          name="title"
          label={t('wp.recTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
        >
          <Input.TextArea rows={2} maxLength={200} data-testid="wp-rec-title" />
        </Form.Item>
        <Form.Item name="metric" label={t('wp.metric')} rules={[{ max: 2000 }]}>
          <Input maxLength={2000} data-testid="wp-rec-metric" />
        </Form.Item>
        <Form.Item name="target" label={t('wp.target')} rules={[{ max: 2000 }]}>
          <Input maxLength={2000} data-testid="wp-rec-target" />
        </Form.Item>
        <Form.Item name="actions" label={t('wp.actions')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="wp-rec-actions" />
        </Form.Item>
        <Form.Item name="unitId" label={t('wp.unit')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(ref.data?.units ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
            data-testid="wp-rec-unit"
          />
        </Form.Item>
        <Form.Item name="accountablePerson" label={t('wp.accountablePerson')} rules={[{ max: 60 }]}>
          <Input maxLength={60} data-testid="wp-rec-person" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('wp.recDueOn')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()}
            data-testid="wp-rec-due"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
