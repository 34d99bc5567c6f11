// The invitee's own part of a meeting page: his reply and leave, his attendance as recorded,
// and the way to check in (at the door by code, or online at a hybrid meeting).
// The buttons are the steps the server offers (allowedActions), so a closed reply or a
// must-attend meeting without 不参加 shows only what may be done.
import { IdcardOutlined, QrcodeOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { MeetingDetail } from '../../api/models';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { AttendanceTag, ReplyTag } from './MeetingTags';

export function ReplyPanel({ m, mobile }: { m: MeetingDetail; mobile: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [leaveOpen, setLeaveOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const may = (a: string) => m.allowedActions.includes(a);
  const path = { path: { id: m.id } };

  const run = async (send: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await send();
      message.success(done);
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const size = mobile ? 'large' : 'middle';

  return (
    <Card title={t('meetings.myReply')} size={mobile ? 'small' : 'default'} data-testid="reply-panel">
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('meetings.replyLabel')}>
          {m.myReply && <ReplyTag reply={m.myReply} />}
        </Descriptions.Item>
        {m.myAttendance?.state && (
          <Descriptions.Item label={t('meetingDesk.myAttendance')}>
            <span data-testid="my-attendance">
              <AttendanceTag attendance={m.myAttendance.state} />
            </span>
          </Descriptions.Item>
        )}
        {m.myAttendance?.checkedInAt && (
          <Descriptions.Item label={t('meetingDesk.checkedInAt')}>
            {formatDateTime(m.myAttendance.checkedInAt)}
            {m.myAttendance.method ? ` · ${t(`meetings.way.${m.myAttendance.method}`)}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {may('checkIn') && (
        <Link to={`/meetings/${m.id}/checkin`}>
          <Button
            type="primary"
            size="large"
            block
            icon={<QrcodeOutlined />}
            style={{ marginBottom: 12 }}
            data-testid="go-checkin"
          >
            {t('meetings.checkIn')}
          </Button>
        </Link>
      )}
      {may('myCode') && (
        <Link to={`/meetings/${m.id}/my-code`}>
          <Button size="large" block icon={<IdcardOutlined />} style={{ marginBottom: 12 }} data-testid="go-my-code">
            {t('meetingGuests.myCode')}
          </Button>
        </Link>
      )}
      {may('checkInRemote') && (
        <Space wrap style={{ width: '100%', marginBottom: 12 }}>
          {m.onlineUrl && (
            <Button size={size} href={m.onlineUrl} target="_blank" rel="noreferrer" icon={<VideoCameraOutlined />}>
              {t('meetingDesk.joinOnline')}
            </Button>
          )}
          <Popconfirm
            title={t('meetingDesk.checkInRemoteConfirm')}
            onConfirm={() =>
              run(() => api.post('/api/meetings/{id}/checkin/remote', path), t('meetingDesk.remoteDone'))
            }
          >
            <Button size={size} loading={busy} data-testid="checkin-remote">
              {t('meetingDesk.checkInRemote')}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <Space wrap style={{ width: '100%' }}>
        {may('attend') && (
          <Button
            type={may('checkIn') ? 'default' : 'primary'}
            size={size}
            loading={busy}
            onClick={() => run(() => api.post('/api/meetings/{id}/attend', path), t('meetings.replied'))}
            data-testid="reply-attend"
          >
            {t('meetings.attend')}
          </Button>
        )}
        {may('requestLeave') && (
          <Button size={size} onClick={() => setLeaveOpen(true)} data-testid="reply-leave">
            {t('meetings.requestLeave')}
          </Button>
        )}
        {may('decline') && (
          <Popconfirm
            title={t('meetings.declineConfirm')}
            onConfirm={() => run(() => api.post('/api/meetings/{id}/decline', path), t('meetings.replied'))}
          >
            <Button size={size} danger data-testid="reply-decline">
              {t('meetings.decline')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <FormModal<{ reason: string }>
        open={leaveOpen}
        title={t('meetings.requestLeave')}
        okText={t('common.submit')}
        onCancel={() => setLeaveOpen(false)}
        onSubmit={async (v) => {
          await api.post('/api/meetings/{id}/leave', { ...path, body: { reason: v.reason } });
          setLeaveOpen(false);
          message.success(t('meetings.leaveSent'));
        }}
      >
        <Form.Item name="reason" label={t('meetings.leaveReason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="leave-reason" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
