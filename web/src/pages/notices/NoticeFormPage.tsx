// Drafting a notice (new, or editing a draft): title, text, the meeting it concerns, the
// audience (the invitation's picker, plus the offices of the counties below) and attachments.
// Saving keeps a draft; the notice's page publishes it.
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { FileSummary, NoticeBody } from '../../api/models';
import { REFERENCE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { AudienceFields, toAudience, type AudienceValues } from '../meetings/AudienceFields';
import '../meetings/api';
import { AttachmentsField } from '../proposals/AttachmentsField';
import './api';

interface Values extends AudienceValues {
  title: string;
  body: string;
  meetingId?: number;
  officeOrgIds?: number[];
  files?: FileSummary[];
}

export function NoticeFormPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param ? Number(param) : null;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const existing = useApiQuery('/api/meeting-notices/{id}', { path: { id: id ?? 0 } }, { enabled: id !== null });
  const meetings = useApiQuery('/api/meetings', { query: { scope: 'org', pageSize: 100 } }, REFERENCE);
  const orgs = useApiQuery('/api/orgs', {}, REFERENCE);
  const counties = (orgs.data ?? []).filter((o) => o.id !== me?.user.orgId);

  useEffect(() => {
    const n = existing.data;
    if (!n) return;
    const a = n.audience ?? {};
    form.setFieldsValue({
      title: n.title,
      body: n.body,
      meetingId: n.meetingId ?? undefined,
      all: a.all,
      // Named members keep their ids; the picker shows them by number until changed.
      members: a.memberIds?.map((m) => ({ value: m, label: `#${m}` })),
      committeeIds: a.committeeIds,
      sectorIds: a.sectorIds,
      groupIds: a.groupIds,
      parties: a.parties,
      officeOrgIds: a.officeOrgIds,
    });
  }, [existing.data, form]);

  const save = async (v: Values) => {
    setError(null);
    const audience = { ...toAudience(v), ...(v.officeOrgIds?.length && { officeOrgIds: v.officeOrgIds }) };
    const kept = existing.data?.attachments.map((f) => f.id) ?? [];
    const body: NoticeBody = {
      title: v.title,
      body: v.body,
      audience,
      meetingId: v.meetingId ?? null,
      fileIds: [...kept, ...(v.files ?? []).map((f) => f.id)],
    };
    try {
      const r = id
        ? await api.patch('/api/meeting-notices/{id}', { path: { id }, body })
        : await api.post('/api/meeting-notices', { body });
      navigate(`/notices/${r.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };

  return (
    <Card title={id ? t('notices.edit') : t('notices.new')} style={{ maxWidth: 900 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={save}>
        <Form.Item name="title" label={t('notices.title')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input maxLength={200} data-testid="notice-title-input" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('notices.body')}
          extra={t('notices.bodyHint')}
          rules={[{ required: true, min: 2, max: 20000 }]}
        >
          <Input.TextArea rows={8} data-testid="notice-body-input" />
        </Form.Item>
        <Form.Item name="meetingId" label={t('notices.meeting')}>
          <Select
            allowClear
            placeholder={t('notices.meetingNone')}
            showSearch={{ optionFilterProp: 'label' }}
            options={(meetings.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
          />
        </Form.Item>
        <Card size="small" title={t('notices.audience')} style={{ marginBottom: 16 }}>
          <AudienceFields form={form} />
          {counties.length > 0 && (
            <Form.Item name="officeOrgIds" label={t('notices.officeOrgs')}>
              <Select mode="multiple" options={counties.map((o) => ({ value: o.id, label: o.name }))} />
            </Form.Item>
          )}
        </Card>
        <Form.Item name="files" label={t('notices.attachments')}>
          <AttachmentsField kept={existing.data?.attachments.length ?? 0} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="save-notice">
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
