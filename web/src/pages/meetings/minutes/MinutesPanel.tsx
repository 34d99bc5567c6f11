// A meeting's minutes. The office writes the draft (text and files), publishes it once the
// meeting has begun, and may correct it afterwards (the revisions are counted); everyone else
// who sees the meeting reads the published minutes, on the desktop or the phone.
import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { FileSummary, MeetingMinutes } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { formatDateTime, useI18n } from '../../../i18n';
import { AttachmentsField, ExistingAttachments } from '../../proposals/AttachmentsField';
import { fileUrl } from '../../proposals/api';
import './shared';

interface Draft {
  body: string;
  uploads?: FileSummary[];
  remove?: string[];
}

/** `inTab`: shown in the office's and leaders' tabs, where "none yet" is said; an invitee sees no card until published. */
export function MinutesPanel({ meetingId, manage, inTab }: { meetingId: number; manage: boolean; inTab?: boolean }) {
  const { t } = useI18n();
  const q = useApiQuery('/api/meetings/{id}/minutes', { path: { id: meetingId } });
  const n = q.data;
  if (!n) return null;
  if (manage) return <OfficeMinutes n={n} />;
  if (n.status !== 'none') return <ReadMinutes n={n} />;
  return inTab ? <Typography.Text type="secondary">{t('meetingMinutes.noMinutes')}</Typography.Text> : null;
}

function Facts({ n }: { n: MeetingMinutes }) {
  const { t } = useI18n();
  return (
    <Space wrap size={8} style={{ marginBottom: 8 }}>
      <Tag color={n.status === 'published' ? 'success' : 'default'} data-testid="minutes-status">
        {t(`meetingMinutes.status.${n.status}`)}
      </Tag>
      {n.publishedAt && (
        <Typography.Text type="secondary">
          {t('meetingMinutes.publishedAt', { time: formatDateTime(n.publishedAt) })}
        </Typography.Text>
      )}
      {n.revision > 0 && <Tag>{t('meetingMinutes.revision', { n: n.revision })}</Tag>}
    </Space>
  );
}

function Body({ n }: { n: MeetingMinutes }) {
  return (
    <>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes-body">
        {n.body}
      </Typography.Paragraph>
      {n.attachments.map((f) => (
        <div key={f.id}>
          <PaperClipOutlined /> <Typography.Link href={fileUrl(f)}>{f.name}</Typography.Link>
        </div>
      ))}
    </>
  );
}

function ReadMinutes({ n }: { n: MeetingMinutes }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('meetingMinutes.minutes')} data-testid="minutes-card">
      <Facts n={n} />
      <Body n={n} />
    </Card>
  );
}

function OfficeMinutes({ n }: { n: MeetingMinutes }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Draft>();
  const [busy, setBusy] = useState(false);
  const may = (a: string) => n.allowedActions.includes(a);

  const save = async (v: Draft) => {
    setBusy(true);
    try {
      await api.put('/api/meetings/{id}/minutes', {
        path: { id: n.meetingId },
        body: {
          body: v.body,
          attachmentIds: (v.uploads ?? []).map((f) => f.id),
          removeAttachmentIds: v.remove ?? [],
        },
      });
      message.success(t('meetingMinutes.saved'));
      form.resetFields();
      setEditing(false);
    } catch (err) {
      message.error(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    try {
      await api.post('/api/meetings/{id}/minutes/publish', { path: { id: n.meetingId } });
      message.success(t('meetingMinutes.published'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  const actions = !editing && (
    <Space wrap>
      {may('writeMinutes') && (
        <Button onClick={() => setEditing(true)} data-testid="minutes-edit">
          {t('meetingMinutes.edit')}
        </Button>
      )}
      {may('publishMinutes') && (
        <Popconfirm title={t('meetingMinutes.publishConfirm')} onConfirm={publish} overlayStyle={{ maxWidth: 360 }}>
          <Button type="primary" data-testid="minutes-publish">
            {t('meetingMinutes.publish')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  return (
    <Card size="small" title={t('meetingMinutes.minutes')} extra={actions} data-testid="minutes-card">
      <Facts n={n} />
      {editing ? (
        <Form<Draft> form={form} layout="vertical" initialValues={{ body: n.body }} onFinish={save}>
          <Form.Item
            name="body"
            label={t('meetingMinutes.body')}
            rules={[{ required: true, whitespace: true, max: 20000 }]}
          >
            <Input.TextArea rows={12} placeholder={t('meetingMinutes.bodyHint')} data-testid="minutes-text" />
          </Form.Item>
          <Form.Item label={t('meetingMinutes.attachments')}>
            <Form.Item name="remove" noStyle>
              <ExistingAttachments files={n.attachments} />
            </Form.Item>
            <Form.Item name="uploads" noStyle>
              <AttachmentsField kept={n.attachments.length} />
            </Form.Item>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="minutes-save">
              {n.status === 'published' ? t('meetingMinutes.saveRevision') : t('meetingMinutes.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('meetingMinutes.cancelEdit')}</Button>
          </Space>
        </Form>
      ) : n.status === 'none' ? (
        <Typography.Text type="secondary">{t('meetingMinutes.noMinutes')}</Typography.Text>
      ) : (
        <>
          <Body n={n} />
          {n.updatedBy && n.updatedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('meetingMinutes.updatedBy', { name: n.updatedBy, time: formatDateTime(n.updatedAt) })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
