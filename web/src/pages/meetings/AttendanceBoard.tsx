// The live attendance board (the office and leaders): counts by attendance state, refreshed
// every few seconds while the meeting is on, and everyone's row; the office checks people
// out, records walk-ins, closes attendance after the end, corrects a state with a reason,
// and downloads the sign-in sheet (Excel).
import { DownloadOutlined, FileWordOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Popconfirm, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, apiUrl } from '../../api/client';
import type { BoardRow, BoardState, MeetingDetail } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { CoProposerPicker, type PickedMember } from '../proposals/CoProposerPicker';
import { BOARD_STATES, sourceKind } from './api';
import { CloseAttendanceButton, CorrectionDialog } from './AttendanceCorrection';
import { AttendanceTag } from './MeetingTags';

/** How often the board refetches while the meeting is on (the door may check in hundreds a minute). */
const LIVE_MS = 5000;

export function AttendanceBoard({ m, manage }: { m: MeetingDetail; manage: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState<BoardState | 'all'>('all');
  const [walkIn, setWalkIn] = useState(false);
  const [correcting, setCorrecting] = useState<BoardRow | null>(null);
  const board = useApiQuery(
    '/api/meetings/{id}/attendance',
    { path: { id: m.id }, query: state === 'all' ? {} : { attendance: state === 'pending' ? 'none' : state } },
    { refetchInterval: (q) => (m.status === 'published' && !q.state.data?.ended ? LIVE_MS : false) },
  );
  const b = board.data;
  const may = (a: string) => m.allowedActions.includes(a);
  // Corrections from the opening of check-in (an hour before the start), as the server's rule says.
  const correctable =
    manage && m.status === 'published' && !!b && Date.parse(b.asOf) >= Date.parse(m.startsAt) - 3600_000;

  const checkOut = async (row: BoardRow) => {
    try {
      await api.post('/api/meetings/{id}/invitations/{invitationId}/checkout', {
        path: { id: m.id, invitationId: row.id },
      });
      message.success(t('meetings.checkedOut'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Card
      title={t('meetings.board')}
      extra={
        <Space wrap>
          {manage && <CloseAttendanceButton m={m} />}
          {manage && may('walkIn') && (
            <Button icon={<UserAddOutlined />} onClick={() => setWalkIn(true)} data-testid="open-walk-in">
              {t('meetings.walkIn')}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={apiUrl('/api/meetings/{id}/attendance.xlsx', { path: { id: m.id } })}
            data-testid="attendance-xlsx"
          >
            {t('meetings.exportExcel')}
          </Button>
          <Button
            icon={<FileWordOutlined />}
            href={apiUrl('/api/meetings/{id}/signin-sheet.docx', { path: { id: m.id } })}
            data-testid="signin-docx"
          >
            {t('meetingDesk.signinSheet')}
          </Button>
        </Space>
      }
    >
      {m.attendanceClosedAt && (
        <Alert
          type="success"
          showIcon
          title={t('meetingDesk.closedAt', { time: formatDateTime(m.attendanceClosedAt) })}
          style={{ marginBottom: 12 }}
          data-testid="attendance-closed"
        />
      )}
      {b && (
        <Space size={28} wrap style={{ marginBottom: 16 }} data-testid="board-counts">
          <Statistic title={t('meetings.boardInvited')} value={b.invited} data-testid="board-invited" />
          <Statistic title={t('meetings.boardExpected')} value={b.expected} data-testid="board-expected" />
          <Statistic title={t('meetings.boardPresent')} value={b.present} data-testid="board-present" />
          {BOARD_STATES.filter((s) => b.attendance[s] > 0 || s === 'pending').map((s) => (
            <Statistic
              key={s}
              title={t(`meetings.attendance.${s}`)}
              value={b.attendance[s]}
              data-testid={`board-${s}`}
            />
          ))}
        </Space>
      )}
      {b && b.guests.invited > 0 && (
        <Typography.Paragraph data-testid="board-guests">
          <Tag color="purple">{t('meetingGuests.boardGuests')}</Tag>
          {t('meetingGuests.boardGuestsLine', { invited: b.guests.invited, present: b.guests.present })}
        </Typography.Paragraph>
      )}
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented<BoardState | 'all'>
          value={state}
          onChange={setState}
          options={[
            { value: 'all', label: t('meetings.allStates') },
            ...BOARD_STATES.map((s) => ({ value: s, label: t(`meetings.attendance.${s}`) })),
          ]}
        />
      </div>
      <Table<BoardRow>
        rowKey="id"
        size="small"
        loading={board.isLoading}
        dataSource={b?.rows.items}
        pagination={{ pageSize: 50, showTotal: (n) => t('common.total', { n }), hideOnSinglePage: true }}
        onRow={(r) => ({ 'data-testid': `board-row-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('meetings.name'),
            width: 130,
            render: (_, r) =>
              r.guest ? (
                <Space size={4}>
                  {r.name}
                  <Tag color="purple">{t(`meetingGuests.kind.${r.guestKind ?? 'other'}`)}</Tag>
                </Space>
              ) : (
                r.name
              ),
          },
          { title: t('meetings.sector'), width: 140, render: (_, r) => (r.guest ? r.affiliation : r.sector) },
          { title: t('meetings.committee'), dataIndex: 'committee', width: 160 },
          { title: t('meetings.source'), width: 90, render: (_, r) => t(`meetings.source.${sourceKind(r.source)}`) },
          {
            title: t('meetings.attendanceLabel'),
            width: 110,
            render: (_, r) => <AttendanceTag attendance={r.attendance} />,
          },
          {
            title: t('meetings.checkinLabel'),
            render: (_, r) =>
              r.checkedInAt && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(r.checkedInAt)}
                  {r.checkinMethod ? ` · ${t(`meetings.way.${r.checkinMethod}`)}` : ''}
                  {r.checkedOutAt ? ` → ${formatDateTime(r.checkedOutAt)}` : ''}
                </Typography.Text>
              ),
          },
          ...(manage && m.status === 'published'
            ? [
                {
                  title: t('meetings.actions'),
                  width: 120,
                  render: (_: unknown, r: BoardRow) => (
                    <Space size={0}>
                      {r.checkedInAt && !r.checkedOutAt && !b?.ended && (
                        <Popconfirm title={`${t('meetings.checkout')}：${r.name}`} onConfirm={() => checkOut(r)}>
                          <Button size="small" type="link">
                            {t('meetings.checkout')}
                          </Button>
                        </Popconfirm>
                      )}
                      {correctable && r.source !== 'walk_in' && r.attendance !== null && (
                        <Button size="small" type="link" onClick={() => setCorrecting(r)} data-testid="correct">
                          {t('meetingDesk.correct')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <CorrectionDialog m={m} row={correcting} onClose={() => setCorrecting(null)} />
      <FormModal<{ member: PickedMember }>
        open={walkIn}
        title={t('meetings.walkInTitle')}
        onCancel={() => setWalkIn(false)}
        onSubmit={async (v) => {
          await api.post('/api/meetings/{id}/walk-ins', { path: { id: m.id }, body: { memberId: v.member.value } });
          setWalkIn(false);
          message.success(t('meetings.walkInDone'));
        }}
      >
        <Form.Item name="member" label={t('meetings.name')} rules={[{ required: true }]}>
          <CoProposerPicker single excludeId={null} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
