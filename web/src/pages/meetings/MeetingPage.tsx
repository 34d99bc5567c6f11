// One meeting. An invitee sees it and his reply panel (reply, leave, check-in); the office
// and leaders see the replies and the invitees; the office also its buttons (edit, publish,
// cancel, door code), the leave decisions and hand check-in in the invitee list, and the live
// attendance board beside it, and the speeches handed in (发言). Whoever sees the meeting reads
// its programme of speeches; an invitee hands in his own speech here.
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Grid, Space, Spin, Statistic, Tabs, Typography } from 'antd';
import { apiUrl } from '../../api/client';
import { useParams } from 'react-router-dom';
import type { MeetingDetail } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { REPLIES, timeRange } from './api';
import { AttendanceBoard } from './AttendanceBoard';
import { GuestsPanel } from './GuestsPanel';
import { InvitationsPanel } from './InvitationsPanel';
import { MyGuideCard, OfficeGuideButton } from './guide/GuideLink';
import { FollowupsPanel } from './minutes/FollowupsPanel';
import { MinutesPanel } from './minutes/MinutesPanel';
import { MySpeechPanel } from './MySpeechPanel';
import { StatusTag } from './MeetingTags';
import { OfficeActions } from './OfficeActions';
import { ReplyPanel } from './ReplyPanel';
import { ProgrammeCard } from './SpeechParts';
import { SpeechesPanel } from './SpeechesPanel';
import { MyQuestionsCard } from './questions/MyQuestionsCard';
import { QuestionsPanel } from './questions/QuestionsPanel';

export function MeetingPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const id = Number(useParams().id);
  const q = useApiQuery('/api/meetings/{id}', { path: { id } });
  const m = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!m) return <Alert type="error" showIcon title={q.error?.message} />;
  const manage = can('meetings.manage') && m.replies !== null;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: mobile ? undefined : 1200 }}>
      <Card
        size={mobile ? 'small' : 'default'}
        title={
          <Space wrap size={6}>
            <StatusTag status={m.status} />
            <span style={{ whiteSpace: 'normal' }}>{m.title}</span>
          </Space>
        }
        extra={
          !mobile &&
          manage && (
            <Space>
              <OfficeGuideButton m={m} />
              <OfficeActions m={m} />
            </Space>
          )
        }
      >
        {m.status === 'cancelled' && (
          <Alert
            type="warning"
            showIcon
            title={t('meetings.cancelledNote', { reason: m.cancelReason ?? '' })}
            style={{ marginBottom: 12 }}
          />
        )}
        {mobile && manage && (
          <div style={{ marginBottom: 12 }}>
            <OfficeActions m={m} />
          </div>
        )}
        <Facts m={m} mobile={mobile} />
      </Card>
      {m.myReply !== null && <ReplyPanel m={m} mobile={mobile} />}
      {m.myReply !== null && m.status === 'published' && <MyGuideCard m={m} mobile={mobile} />}
      {m.replies === null && m.status !== 'draft' && <MinutesPanel meetingId={m.id} manage={false} />}
      {m.myReply !== null && <MySpeechPanel m={m} mobile={mobile} />}
      {m.myReply !== null && m.questionsEnabled && <MyQuestionsCard m={m} mobile={mobile} />}
      <ProgrammeCard meetingId={m.id} mobile={mobile} />
      {m.replies !== null && <RepliesCard replies={m.replies} />}
      {m.replies !== null && (
        <Tabs
          type="card"
          destroyOnHidden
          items={[
            { key: 'invitees', label: t('meetings.invitations'), children: <InvitationsPanel m={m} manage={manage} /> },
            { key: 'board', label: t('meetings.board'), children: <AttendanceBoard m={m} manage={manage} /> },
            ...(manage ? [{ key: 'guests', label: t('meetingGuests.tab'), children: <GuestsPanel m={m} /> }] : []),
            ...(m.status === 'draft'
              ? []
              : [
                  {
                    key: 'minutes',
                    label: t('meetingMinutes.minutes'),
                    children: <MinutesPanel meetingId={m.id} manage={manage} inTab />,
                  },
                  {
                    key: 'followups',
                    label: t('meetingMinutes.followups'),
                    children: <FollowupsPanel meetingId={m.id} />,
                  },
                ]),
            { key: 'speeches', label: t('meetingSpeeches.tab'), children: <SpeechesPanel m={m} manage={manage} /> },
            ...(manage && m.allowedActions.includes('moderateQuestions')
              ? [{ key: 'questions', label: t('meetingQuestions.tab'), children: <QuestionsPanel m={m} /> }]
              : []),
          ]}
        />
      )}
    </Space>
  );
}

function Facts({ m, mobile }: { m: MeetingDetail; mobile: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Descriptions column={mobile ? 1 : 2} size="small">
        <Descriptions.Item label={t('meetings.kind')}>{m.kind.name}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.attendanceMode')}>
          {t(`meetings.mode.${m.attendanceMode}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.time')}>{timeRange(m.startsAt, m.endsAt)}</Descriptions.Item>
        {m.venue && <Descriptions.Item label={t('meetings.venue')}>{m.venue}</Descriptions.Item>}
        {m.replyDeadline && (
          <Descriptions.Item label={t('meetings.replyDeadline')}>{formatDateTime(m.replyDeadline)}</Descriptions.Item>
        )}
        {m.capacity !== null && <Descriptions.Item label={t('meetings.capacity')}>{m.capacity}</Descriptions.Item>}
        {m.onlineUrl && (
          <Descriptions.Item label={t('meetings.onlineUrl')}>
            <Typography.Link href={m.onlineUrl} target="_blank" rel="noreferrer">
              {m.onlineUrl}
            </Typography.Link>
          </Descriptions.Item>
        )}
      </Descriptions>
      {m.description && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>
          {m.description}
        </Typography.Paragraph>
      )}
      {m.status === 'published' && (
        <Button
          icon={<CalendarOutlined />}
          href={apiUrl('/api/meetings/{id}/event.ics', { path: { id: m.id } })}
          style={{ marginTop: 12 }}
          data-testid="event-ics"
        >
          {t('meetingDesk.addToCalendar')}
        </Button>
      )}
    </>
  );
}

function RepliesCard({ replies }: { replies: NonNullable<MeetingDetail['replies']> }) {
  const { t } = useI18n();
  const shown = REPLIES.filter((r) => (replies[r] ?? 0) > 0 || r === 'pending' || r === 'attending');
  return (
    <Card size="small" title={t('meetings.replySummary')}>
      <Space size={32} wrap>
        {shown.map((r) => (
          <Statistic key={r} title={t(`meetings.reply.${r}`)} value={replies[r] ?? 0} data-testid={`replies-${r}`} />
        ))}
      </Space>
    </Card>
  );
}
