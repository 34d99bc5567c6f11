// Drafting a study material (new, or editing a draft): its kind, title, summary, the article's
// text, the video's https link or the document's files, the estimated time, the audience (the
// meetings' picker) and the deadline. Saving keeps a draft; the material's page publishes it.
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../../api/client';
import type { FileSummary } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { AudienceFields, toAudience, type AudienceValues } from '../../meetings/AudienceFields';
import '../../meetings/api';
import { AttachmentsField } from '../../proposals/AttachmentsField';
import { MATERIAL_KINDS, type MaterialBody, type MaterialKind } from './api';

interface Values extends AudienceValues {
  kind: MaterialKind;
  title: string;
  summary: string;
  body?: string;
  url?: string;
  minutes: number;
  deadline?: Dayjs | null;
  files?: FileSummary[];
}

export function MaterialFormPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param ? Number(param) : null;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'article';
  const [error, setError] = useState<string | null>(null);
  const existing = useApiQuery('/api/study/materials/{id}', { path: { id: id ?? 0 } }, { enabled: id !== null });

  useEffect(() => {
    const m = existing.data;
    if (!m) return;
    const a = m.audience ?? {};
    form.setFieldsValue({
      kind: m.kind,
      title: m.title,
      summary: m.summary,
      body: m.body ?? undefined,
      url: m.url ?? undefined,
      minutes: m.minutes,
      deadline: m.deadline ? dayjs(m.deadline) : null,
      all: a.all,
      // Named members keep their ids; the picker shows them by number until changed.
      members: a.memberIds?.map((x) => ({ value: x, label: `#${x}` })),
      committeeIds: a.committeeIds,
      sectorIds: a.sectorIds,
      groupIds: a.groupIds,
      parties: a.parties,
    });
  }, [existing.data, form]);

  const save = async (v: Values) => {
    setError(null);
    const kept = existing.data?.attachments.map((f) => f.id) ?? [];
    const fields = {
      title: v.title,
      summary: v.summary,
      body: v.kind === 'article' ? (v.body ?? null) : null,
      url: v.kind === 'video' ? (v.url ?? null) : null,
      minutes: v.minutes,
      audience: toAudience(v),
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
      fileIds: v.kind === 'document' ? [...kept, ...(v.files ?? []).map((f) => f.id)] : [],
    };
    try {
      const r = id
        ? await api.patch('/api/study/materials/{id}', { path: { id }, body: fields })
        : await api.post('/api/study/materials', { body: { kind: v.kind, ...fields } satisfies MaterialBody });
      navigate(`/study/materials/${r.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };

  return (
    <Card title={id ? t('studyMaterials.edit') : t('studyMaterials.new')} style={{ maxWidth: 900 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={save} initialValues={{ kind: 'article', minutes: 15 }}>
        <Form.Item name="kind" label={t('studyMaterials.kind')}>
          <Segmented<MaterialKind>
            disabled={id !== null}
            options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`studyMaterials.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('studyMaterials.title')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input maxLength={200} data-testid="material-title" />
        </Form.Item>
        <Form.Item name="summary" label={t('studyMaterials.summary')} rules={[{ required: true, min: 2, max: 1000 }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {kind === 'article' && (
          <Form.Item
            name="body"
            label={t('studyMaterials.body')}
            extra={t('studyMaterials.bodyHint')}
            rules={[{ required: true, min: 2, max: 50000 }]}
          >
            <Input.TextArea rows={10} />
          </Form.Item>
        )}
        {kind === 'video' && (
          <Form.Item
            name="url"
            label={t('studyMaterials.url')}
            extra={t('studyMaterials.urlHint')}
            rules={[{ required: true, pattern: /^https:\/\/\S+$/, message: t('studyMaterials.urlHint') }]}
          >
            <Input inputMode="url" placeholder="https://" />
          </Form.Item>
        )}
        {kind === 'document' && (
          <Form.Item name="files" label={t('studyMaterials.files')}>
            <AttachmentsField kept={existing.data?.attachments.length ?? 0} />
          </Form.Item>
        )}
        <Form.Item name="minutes" label={t('studyMaterials.minutes')} rules={[{ required: true }]}>
          <InputNumber min={1} max={600} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="deadline" label={t('studyMaterials.deadline')}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Card size="small" title={t('studyMaterials.audience')} style={{ marginBottom: 16 }}>
          <AudienceFields form={form} />
        </Card>
        <Button type="primary" htmlType="submit" data-testid="save-material">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
