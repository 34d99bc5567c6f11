// The invitee's own speech on a meeting page: the button to hand one in while the meeting
// takes them, then his speech with its state, the office's note and, while it waits or came
// back, the way to revise it.
import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MeetingDetail } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import { SpeechForm, SpeechTag } from './SpeechParts';

export function MySpeechPanel({ m, mobile }: { m: MeetingDetail; mobile: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const q = useApiQuery('/api/meetings/my-speeches', { query: { meetingId: m.id } });
  const s = q.data?.items[0];
  const mayOpen = m.allowedActions.includes('submitSpeech');
  if (!s && !mayOpen) return null;
  const size = mobile ? 'large' : 'middle';
  return (
    <Card
      size={mobile ? 'small' : 'default'}
      title={t('meetingSpeeches.mySpeech')}
      extra={<Link to="/meetings/my-speeches">{t('meetingSpeeches.mySpeeches')}</Link>}
      data-testid="my-speech"
    >
      {!s ? (
        <Button
          type="primary"
          size={size}
          block={mobile}
          icon={<FileTextOutlined />}
          onClick={() => setOpen(true)}
          loading={q.isLoading}
          data-testid="submit-speech"
        >
          {t('meetingSpeeches.submit')}
        </Button>
      ) : (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('meetingSpeeches.title')}>{s.title}</Descriptions.Item>
            <Descriptions.Item label={t('meetingSpeeches.state')}>
              <SpeechTag status={s.status} />
              {s.oralOrder !== null && `#${s.oralOrder}`}
            </Descriptions.Item>
            {s.reviewNote && (
              <Descriptions.Item label={t('meetingSpeeches.note')}>
                <Typography.Text type={s.status === 'returned' ? 'warning' : undefined}>{s.reviewNote}</Typography.Text>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('meetingSpeeches.submittedAt')}>
              {formatDateTime(s.submittedAt)}
            </Descriptions.Item>
          </Descriptions>
          {mayOpen && (s.status === 'submitted' || s.status === 'returned') && (
            <Button
              size={size}
              block={mobile}
              onClick={() => setOpen(true)}
              style={{ marginTop: 12 }}
              data-testid="revise-speech"
            >
              {t('meetingSpeeches.revise')}
            </Button>
          )}
        </>
      )}
      <SpeechForm meetingId={m.id} speech={s} open={open} onClose={() => setOpen(false)} />
    </Card>
  );
}
