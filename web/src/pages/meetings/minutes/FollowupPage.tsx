// One follow-up: what was asked, by which meeting, of whom and by when, the progress reported
// on it, and the form its owner (or the office) reports with; the office also edits the
// deadline, cancels with a reason and reopens.
import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Space,
  Spin,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { FollowupDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { applyApiError, FormModal } from '../../../components/FormModal';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { chinaToday, FollowupStatusTag } from './shared';

export function FollowupPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/meeting-followups/{id}', { path: { id } });
  const f = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!f) return <Alert type="error" showIcon title={q.error?.message} />;
  const may = (a: string) => f.allowedActions.includes(a);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{f.title}</span>}
        extra={<Link to="/meetings/followups">{t('meetingMinutes.back')}</Link>}
      >
        <FollowupStatusTag status={f.status} overdue={f.overdue} />
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('meetingMinutes.kind')}>{t(`meetingMinutes.kind.${f.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('meetingMinutes.owner')}>{f.owner.name}</Descriptions.Item>
          <Descriptions.Item label={t('meetingMinutes.dueOn')}>{formatDate(f.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('meetingMinutes.meeting')}>{f.meetingTitle}</Descriptions.Item>
        </Descriptions>
        {f.detail && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{f.detail}</Typography.Paragraph>}
        {f.cancelReason && (
          <Alert type="warning" showIcon title={t('meetingMinutes.cancelReason', { reason: f.cancelReason })} />
        )}
        {f.doneAt && (
          <Typography.Text type="secondary">
            {t('meetingMinutes.doneAt', { time: formatDateTime(f.doneAt) })}
          </Typography.Text>
        )}
        <OfficeButtons f={f} />
      </Card>
      {may('reportProgress') && <ProgressForm f={f} />}
      <Card size="small" title={t('meetingMinutes.progress')}>
        {f.progress.length ? (
          <Timeline
            items={f.progress.map((p) => ({
              color: p.statusAfter === 'done' ? 'green' : p.statusAfter === 'cancelled' ? 'gray' : 'blue',
              content: (
                <div data-testid="progress-entry">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(p.createdAt)} · {p.byOffice ? `${t('meetingMinutes.byOffice')}（${p.by}）` : p.by} ·{' '}
                    {t(`meetingMinutes.status.${p.statusAfter}`)}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{p.note}</div>
                </div>
              ),
            }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('meetingMinutes.noProgress')}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}

function ProgressForm({ f }: { f: FollowupDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string; done?: boolean }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { note: string; done?: boolean }) => {
    setBusy(true);
    try {
      await api.post('/api/meeting-followups/{id}/progress', {
        path: { id: f.id },
        body: { note: v.note, status: v.done ? 'done' : 'in_progress' },
      });
      form.resetFields();
      message.success(t('meetingMinutes.reported'));
    } catch (err) {
      message.error(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('meetingMinutes.report')}>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="note"
          label={t('meetingMinutes.note')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            placeholder={t('meetingMinutes.noteHint')}
            data-testid="progress-note"
          />
        </Form.Item>
        <Form.Item name="done" valuePropName="checked">
          <Checkbox data-testid="progress-done">{t('meetingMinutes.markDone')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="progress-submit">
          {t('meetingMinutes.report')}
        </Button>
      </Form>
    </Card>
  );
}

/** The office's steps: a new deadline, cancelling with a reason, reopening. */
function OfficeButtons({ f }: { f: FollowupDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'edit' | 'cancel' | 'reopen' | null>(null);
  const may = (a: string) => f.allowedActions.includes(a);
  if (!may('editFollowup') && !may('reopenFollowup')) return null;
  const close = () => setOpen(null);
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {may('editFollowup') && <Button onClick={() => setOpen('edit')}>{t('meetingMinutes.editFollowup')}</Button>}
        {may('cancelFollowup') && (
          <Button danger onClick={() => setOpen('cancel')} data-testid="followup-cancel">
            {t('meetingMinutes.cancel')}
          </Button>
        )}
        {may('reopenFollowup') && <Button onClick={() => setOpen('reopen')}>{t('meetingMinutes.reopen')}</Button>}
      </Space>
      <FormModal<{ title: string; dueOn: Dayjs }>
        open={open === 'edit'}
        title={t('meetingMinutes.editTitle')}
        initialValues={{ title: f.title, dueOn: dayjs(f.dueOn) }}
        onCancel={close}
        onSubmit={async (v) => {
          await api.patch('/api/meeting-followups/{id}', {
            path: { id: f.id },
            body: { title: v.title, dueOn: v.dueOn.format('YYYY-MM-DD') },
          });
          close();
          message.success(t('meetingMinutes.changed'));
        }}
      >
        <Form.Item
          name="title"
          label={t('meetingMinutes.title')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('meetingMinutes.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={open === 'cancel' || open === 'reopen'}
        title={t(open === 'reopen' ? 'meetingMinutes.reopenTitle' : 'meetingMinutes.cancelTitle')}
        onCancel={close}
        onSubmit={async (v) => {
          const step = open === 'reopen' ? 'reopen' : 'cancel';
          const req = { path: { id: f.id }, body: { reason: v.reason } };
          if (step === 'reopen') await api.post('/api/meeting-followups/{id}/reopen', req);
          else await api.post('/api/meeting-followups/{id}/cancel', req);
          close();
          message.success(t(step === 'reopen' ? 'meetingMinutes.reopened' : 'meetingMinutes.cancelled'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('meetingMinutes.reason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="followup-reason" />
        </Form.Item>
      </FormModal>
    </div>
  );
}
