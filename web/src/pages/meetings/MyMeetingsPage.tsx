// 我的会议: a member's invitations as cards (phone first): the upcoming ones soonest first,
// the past ones latest first; each card opens the meeting, where he replies and checks in.
import { EnvironmentOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Grid, List, Segmented, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { MeetingItem } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { timeRange } from './api';
import { CalendarFeedButton } from './CalendarFeedButton';
import { ReplyTag, StatusTag } from './MeetingTags';

const PAGE_SIZE = 20;
type When = 'upcoming' | 'past';

/** A meeting that began within the last 12 hours still counts as upcoming (it may be on now). */
function boundary(): string {
  const d = new Date(Date.now() - 12 * 3600_000);
  d.setSeconds(0, 0);
  return d.toISOString();
}

export function MyMeetingsPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const when = (params.get('when') ?? 'upcoming') as When;
  const page = Number(params.get('page') ?? 1) || 1;
  const edge = useMemo(boundary, []);
  const list = useApiQuery(
    '/api/meetings',
    { query: { scope: 'mine', ...(when === 'upcoming' ? { from: edge } : { to: edge }), page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  const items = useMemo(() => {
    const all = list.data?.items ?? [];
    return when === 'upcoming' ? [...all].reverse() : all;
  }, [list.data, when]);

  const go = (next: { when?: When; page?: number }) =>
    setParams((prev) => {
      const sp = new URLSearchParams(prev);
      if (next.when) {
        sp.set('when', next.when);
        sp.delete('page');
      }
      if (next.page) sp.set('page', String(next.page));
      return sp;
    });

  return (
    <Card
      title={t('meetings.mineTitle')}
      extra={
        me?.user.memberId && can('meetings.attend') ? (
          <Space size={8} wrap>
            <Link to="/meetings/my-speeches">
              <Button data-testid="my-speeches-link">{t('meetings.mySpeeches')}</Button>
            </Link>
            <CalendarFeedButton />
          </Space>
        ) : null
      }
      style={{ maxWidth: mobile ? undefined : 900 }}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
    >
      <Segmented<When>
        value={when}
        onChange={(w) => go({ when: w })}
        options={(['upcoming', 'past'] as When[]).map((w) => ({ value: w, label: t(`meetings.${w}`) }))}
        style={{ marginBottom: 12 }}
      />
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <List<MeetingItem>
        loading={list.isFetching}
        dataSource={items}
        grid={mobile ? undefined : { gutter: 12, column: 2 }}
        pagination={
          list.data && list.data.total > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data.total,
                onChange: (p) => go({ page: p }),
                simple: true,
                align: 'center',
              }
            : false
        }
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.noneMine')} /> }}
        renderItem={(m) => (
          <List.Item style={{ padding: 0, border: 'none' }}>
            <MeetingCard m={m} onOpen={() => navigate(`/meetings/${m.id}`)} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** One invitation: the kind and my reply on top, the title, then when and where. */
export function MeetingCard({ m, onOpen }: { m: MeetingItem; onOpen(): void }) {
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      style={{ marginBottom: 10, width: '100%' }}
      data-testid="meeting-card"
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
          {m.kind.name}
        </Typography.Text>
        <Space size={4}>
          {m.status === 'cancelled' && <StatusTag status={m.status} />}
          {m.myReply && <ReplyTag reply={m.myReply} />}
        </Space>
      </div>
      <Typography.Paragraph strong ellipsis={{ rows: 2 }} style={{ marginBottom: 6, fontSize: 15 }}>
        {m.title}
      </Typography.Paragraph>
      <Space orientation="vertical" size={2}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <ClockCircleOutlined /> {timeRange(m.startsAt, m.endsAt)}
        </Typography.Text>
        {m.venue && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            <EnvironmentOutlined /> {m.venue}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}
