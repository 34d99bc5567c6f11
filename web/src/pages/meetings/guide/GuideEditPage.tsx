// The office's guide builder (desktop): the overview of who still lacks a group, seat or
// lodging, the registration notes and documents, the agenda by day, the groups (and bulk
// assignment) and each member's seat, lodging and transport, with the Excel list.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Space, Spin, Statistic, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, apiUrl } from '../../../api/client';
import type { FileSummary, MeetingGuide } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { AttachmentsField, ExistingAttachments } from '../../proposals/AttachmentsField';
import { AgendaTab } from './AgendaTab';
import { GroupsTab } from './GroupsTab';
import { RosterTab } from './RosterTab';

export function GuideEditPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const meeting = useApiQuery('/api/meetings/{id}', { path: { id } });
  const q = useApiQuery('/api/meetings/{id}/guide', { path: { id } });
  const g = q.data;
  if (q.isLoading || meeting.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!g || !meeting.data) return <Alert type="error" showIcon title={(q.error ?? meeting.error)?.message} />;
  const enable = async () => {
    try {
      await api.put('/api/meetings/{id}/guide', { path: { id }, body: {} });
      message.success(t('meetingGuide.enabled'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Card
      title={`${t('meetingGuide.build')} · ${meeting.data.title}`}
      extra={<Link to={`/meetings/${id}`}>{t('meetingGuide.back')}</Link>}
      style={{ maxWidth: 1200 }}
    >
      {!g.enabled ? (
        <Empty description={t('meetingGuide.notEnabled')}>
          <Button type="primary" onClick={enable} data-testid="guide-enable">
            {t('meetingGuide.enable')}
          </Button>
        </Empty>
      ) : (
        <>
          <Overview meetingId={id} />
          <Tabs
            destroyOnHidden
            items={[
              {
                key: 'roster',
                label: t('meetingGuide.roster'),
                children: <RosterTab meetingId={id} groups={g.groups} />,
              },
              {
                key: 'groups',
                label: t('meetingGuide.groups'),
                children: <GroupsTab meetingId={id} groups={g.groups} />,
              },
              {
                key: 'agenda',
                label: t('meetingGuide.agenda'),
                children: <AgendaTab meetingId={id} items={g.agenda} />,
              },
              { key: 'notes', label: t('meetingGuide.documents'), children: <NotesTab meetingId={id} g={g} /> },
            ]}
          />
        </>
      )}
    </Card>
  );
}

function Overview({ meetingId }: { meetingId: number }) {
  const { t } = useI18n();
  const q = useApiQuery('/api/meetings/{id}/guide/roster', { path: { id: meetingId } });
  const c = q.data?.counts;
  return (
    <Space size={40} wrap style={{ marginBottom: 8, width: '100%', justifyContent: 'space-between' }}>
      <Space size={40} wrap>
        <Statistic title={t('meetingGuide.expected')} value={c?.expected ?? '–'} />
        <Statistic title={t('meetingGuide.missing.group')} value={c?.noGroup ?? '–'} data-testid="guide-no-group" />
        <Statistic title={t('meetingGuide.missing.seat')} value={c?.noSeat ?? '–'} data-testid="guide-no-seat" />
        <Statistic
          title={t('meetingGuide.missing.lodging')}
          value={c?.noLodging ?? '–'}
          data-testid="guide-no-lodging"
        />
      </Space>
      <Button
        icon={<DownloadOutlined />}
        href={apiUrl('/api/meetings/{id}/guide/seating.xlsx', { path: { id: meetingId } })}
        data-testid="guide-export"
      >
        {t('meetingGuide.export')}
      </Button>
    </Space>
  );
}

interface NotesValues {
  notes?: string;
  remove?: string[];
  uploads?: FileSummary[];
}

function NotesTab({ meetingId, g }: { meetingId: number; g: MeetingGuide }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NotesValues>();
  const [busy, setBusy] = useState(false);
  const save = async (v: NotesValues) => {
    setBusy(true);
    try {
      const kept = g.documents.map((f) => f.id).filter((f) => !(v.remove ?? []).includes(f));
      await api.put('/api/meetings/{id}/guide', {
        path: { id: meetingId },
        body: { notes: v.notes ?? null, fileIds: [...kept, ...(v.uploads ?? []).map((f) => f.id)] },
      });
      form.setFieldsValue({ remove: [], uploads: [] });
      message.success(t('meetingGuide.saved'));
    } catch (err) {
      message.error(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<NotesValues> form={form} layout="vertical" initialValues={{ notes: g.notes ?? '' }} onFinish={save}>
      <Form.Item name="notes" label={t('meetingGuide.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={5} placeholder={t('meetingGuide.notesHint')} />
      </Form.Item>
      <Form.Item label={t('meetingGuide.documents')}>
        <Form.Item name="remove" noStyle>
          <ExistingAttachments files={g.documents} />
        </Form.Item>
        <Form.Item name="uploads" noStyle>
          <AttachmentsField kept={g.documents.length} />
        </Form.Item>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('meetingGuide.save')}
      </Button>
    </Form>
  );
}
