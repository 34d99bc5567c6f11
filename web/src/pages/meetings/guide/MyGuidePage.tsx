// 我的会务指南 (phone first): what one invitee needs at the plenary — today's and the coming
// agenda (a group discussion in his own group's room), his group with its room, convener and
// members, his seat, his hotel and bus, the documents to read and the registration notes.
import { Alert, Button, Card, Descriptions, Empty, Grid, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { MyMeetingGuide } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import { timeRange } from '../api';
import { AgendaDays, Documents } from './parts';

export function MyGuidePage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const id = Number(useParams().id);
  const q = useApiQuery('/api/meetings/{id}/guide/mine', { path: { id } });
  const [all, setAll] = useState(false);
  const g = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!g) return <Alert type="error" showIcon title={q.error?.message} />;
  const size = mobile ? 'small' : 'default';
  const shown = all ? g.agenda : g.agenda.filter((i) => i.day >= g.today);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: mobile ? undefined : 760 }}>
      <Card
        size={size}
        title={t('meetingGuide.myGuide')}
        extra={<Link to={`/meetings/${id}`}>{t('meetingGuide.back')}</Link>}
      >
        <Typography.Text strong style={{ display: 'block' }}>
          {g.meeting.title}
        </Typography.Text>
        <Typography.Text type="secondary">
          {timeRange(g.meeting.startsAt, g.meeting.endsAt)}
          {g.meeting.venue ? ` · ${g.meeting.venue}` : ''}
        </Typography.Text>
      </Card>
      {!g.enabled ? (
        <Card size={size}>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetingGuide.notEnabled')} />
        </Card>
      ) : (
        <>
          <Card size={size} title={t('meetingGuide.myGroup')} data-testid="guide-my-group">
            <Seat g={g} />
          </Card>
          <Card size={size} title={t('meetingGuide.myStay')} data-testid="guide-my-stay">
            <Stay g={g} />
          </Card>
          <Card
            size={size}
            title={t('meetingGuide.agenda')}
            extra={
              <Button type="link" size="small" onClick={() => setAll(!all)} style={{ padding: 0 }}>
                {all ? t('meetingGuide.upcoming') : t('meetingGuide.allDays')}
              </Button>
            }
          >
            <AgendaDays items={shown} today={g.today} />
          </Card>
          <Card size={size} title={t('meetingGuide.documents')}>
            <Documents files={g.documents} />
          </Card>
          {g.notes && (
            <Card size={size} title={t('meetingGuide.notes')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{g.notes}</Typography.Paragraph>
            </Card>
          )}
        </>
      )}
    </Space>
  );
}

function Seat({ g }: { g: MyMeetingGuide }) {
  const { t } = useI18n();
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('meetingGuide.group')}>
        {g.group ? <strong>{g.group.name}</strong> : t('meetingGuide.noGroup')}
      </Descriptions.Item>
      {g.group?.room && <Descriptions.Item label={t('meetingGuide.room')}>{g.group.room}</Descriptions.Item>}
      {g.group?.convener && (
        <Descriptions.Item label={t('meetingGuide.convener')}>{g.group.convener}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('meetingGuide.mySeat')}>
        {g.seat ? <strong data-testid="guide-seat">{g.seat}</strong> : t('meetingGuide.noSeat')}
      </Descriptions.Item>
      {g.group && g.group.members.length > 0 && (
        <Descriptions.Item label={t('meetingGuide.groupMembers')}>{g.group.members.join('、')}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Stay({ g }: { g: MyMeetingGuide }) {
  const { t } = useI18n();
  if (!g.lodging && !g.transport) return <Typography.Text type="secondary">{t('meetingGuide.noStay')}</Typography.Text>;
  return (
    <Descriptions column={1} size="small">
      {g.lodging && (
        <Descriptions.Item label={t('meetingGuide.hotel')}>
          {g.lodging.hotel}
          {g.lodging.room ? ` ${g.lodging.room}` : ''}
        </Descriptions.Item>
      )}
      {g.lodging?.checkInOn && (
        <Descriptions.Item label={t('meetingGuide.lodging')}>
          {t('meetingGuide.nights', {
            from: formatDate(g.lodging.checkInOn),
            to: formatDate(g.lodging.checkOutOn) || '—',
          })}
        </Descriptions.Item>
      )}
      {g.transport && <Descriptions.Item label={t('meetingGuide.vehicle')}>{g.transport.vehicle}</Descriptions.Item>}
      {g.transport?.pickupPoint && (
        <Descriptions.Item label={t('meetingGuide.pickupPoint')}>{g.transport.pickupPoint}</Descriptions.Item>
      )}
      {g.transport?.pickupAt && (
        <Descriptions.Item label={t('meetingGuide.pickupAt')}>{formatDateTime(g.transport.pickupAt)}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
