// The invitees of a meeting, for the office and leaders: each one's reply, leave and check-in,
// filtered by reply. The office decides leave requests (with a note) and checks people in
// by hand; leaders read.
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { MeetingDetail, MeetingInvitation, MeetingReply } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { REPLIES, sourceKind } from './api';
import { InviteDialog } from './InviteDialog';
import { AttendanceTag, ReplyTag } from './MeetingTags';

const PAGE_SIZE = 20;

export function InvitationsPanel({ m, manage }: { m: MeetingDetail; manage: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [reply, setReply] = useState<MeetingReply | undefined>();
  const [page, setPage] = useState(1);
  const [inviting, setInviting] = useState(false);
  const [deciding, setDeciding] = useState<{ inv: MeetingInvitation; approve: boolean } | null>(null);
  const list = useApiQuery(
    '/api/meetings/{id}/invitations',
    { path: { id: m.id }, query: { reply, page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );

  const checkIn = async (inv: MeetingInvitation) => {
    try {
      await api.post('/api/meetings/{id}/invitations/{invitationId}/checkin', {
        path: { id: m.id, invitationId: inv.id },
        body: { remote: false },
      });
      message.success(t('meetings.manualDone'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Card
      title={t('meetings.invitations')}
      extra={
        <Space>
          <Select<MeetingReply>
            allowClear
            placeholder={t('meetings.allReplies')}
            aria-label={t('meetings.replyFilter')}
            value={reply}
            onChange={(v) => {
              setReply(v);
              setPage(1);
            }}
            style={{ width: 140 }}
            options={REPLIES.map((r) => ({ value: r, label: t(`meetings.reply.${r}`) }))}
            data-testid="filter-reply"
          />
          {manage && m.allowedActions.includes('invite') && (
            <Button type="primary" onClick={() => setInviting(true)} data-testid="open-invite">
              {t('meetings.invite')}
            </Button>
          )}
        </Space>
      }
    >
      <Table<MeetingInvitation>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        onRow={(r) => ({ 'data-testid': `invitation-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('meetings.name'),
            width: 130,
            render: (_, r) =>
              r.guestKind ? (
                <Space size={4}>
                  {r.name}
                  <Tag color="purple">{t(`meetingGuests.kind.${r.guestKind}`)}</Tag>
                </Space>
              ) : (
                r.name
              ),
          },
          { title: t('meetings.source'), width: 90, render: (_, r) => t(`meetings.source.${sourceKind(r.source)}`) },
          { title: t('meetings.replyLabel'), width: 110, render: (_, r) => <ReplyTag reply={r.reply} /> },
          {
            title: t('meetings.leaveStatus'),
            render: (_, r) =>
              r.leaveReason && (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{r.leaveReason}</Typography.Text>
                  {r.leaveNote && <Typography.Text type="secondary">{r.leaveNote}</Typography.Text>}
                </Space>
              ),
          },
          {
            title: t('meetings.checkinLabel'),
            width: 200,
            render: (_, r) => (
              <Space size={4} wrap>
                <AttendanceTag attendance={r.attendance} />
                {r.checkedInAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(r.checkedInAt)}
                    {r.checkinMethod ? ` · ${t(`meetings.way.${r.checkinMethod}`)}` : ''}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          ...(manage
            ? [
                {
                  title: t('meetings.actions'),
                  width: 190,
                  render: (_: unknown, r: MeetingInvitation) => (
                    <Space size={4}>
                      {r.reply === 'leave_requested' && (
                        <>
                          <Button
                            size="small"
                            type="link"
                            onClick={() => setDeciding({ inv: r, approve: true })}
                            data-testid="leave-approve"
                          >
                            {t('meetings.approve')}
                          </Button>
                          <Button
                            size="small"
                            type="link"
                            danger
                            onClick={() => setDeciding({ inv: r, approve: false })}
                          >
                            {t('meetings.refuse')}
                          </Button>
                        </>
                      )}
                      {!r.checkedInAt && m.status === 'published' && (
                        <Popconfirm title={`${t('meetings.manualCheckIn')}：${r.name}`} onConfirm={() => checkIn(r)}>
                          <Button size="small" type="link" data-testid="manual-checkin">
                            {t('meetings.manualCheckIn')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <InviteDialog meetingId={m.id} open={inviting} onClose={() => setInviting(false)} />
      <FormModal<{ note?: string }>
        open={!!deciding}
        title={`${deciding?.approve ? t('meetings.approve') : t('meetings.refuse')}：${deciding?.inv.name ?? ''}`}
        okText={deciding?.approve ? t('meetings.approve') : t('meetings.refuse')}
        onCancel={() => setDeciding(null)}
        onSubmit={async (v) => {
          const { inv, approve } = deciding!;
          await api.post('/api/meetings/{id}/invitations/{invitationId}/leave-decision', {
            path: { id: m.id, invitationId: inv.id },
            body: { approve, note: v.note?.trim() || undefined },
          });
          setDeciding(null);
          message.success(t('meetings.decided'));
        }}
      >
        {deciding && (
          <Typography.Paragraph>
            {t('meetings.leaveReason')}：{deciding.inv.leaveReason}
          </Typography.Paragraph>
        )}
        <Form.Item name="note" label={t('meetings.leaveNote')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="leave-note" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
