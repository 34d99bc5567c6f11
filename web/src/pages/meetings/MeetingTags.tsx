// The small coloured labels of the meetings pages: status, reply, attendance.
import { Tag } from 'antd';
import type { BoardState, MeetingReply, MeetingStatus } from '../../api/models';
import { useI18n } from '../../i18n';

const STATUS_COLOURS: Record<MeetingStatus, string> = { draft: 'default', published: 'blue', cancelled: 'red' };
const REPLY_COLOURS: Record<MeetingReply, string> = {
  pending: 'gold',
  attending: 'green',
  waitlisted: 'purple',
  leave_requested: 'orange',
  leave_approved: 'cyan',
  leave_refused: 'red',
  declined: 'default',
  withdrawn: 'default',
};
const ATTENDANCE_COLOURS: Record<BoardState, string> = {
  pending: 'default',
  attended: 'green',
  late: 'orange',
  left_early: 'orange',
  walk_in: 'blue',
  remote: 'geekblue',
  leave: 'cyan',
  absent: 'red',
};

export function StatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOURS[status]}>{t(`meetings.status.${status}`)}</Tag>;
}

export function ReplyTag({ reply }: { reply: MeetingReply }) {
  const { t } = useI18n();
  return (
    <Tag color={REPLY_COLOURS[reply]} data-testid="reply-tag">
      {t(`meetings.reply.${reply}`)}
    </Tag>
  );
}

/** A stored attendance state, or the board's pending; none recorded reads 未签到. */
export function AttendanceTag({ attendance }: { attendance: BoardState | null }) {
  const { t } = useI18n();
  if (!attendance) return <Tag>{t('meetings.notCheckedIn')}</Tag>;
  return (
    <Tag color={ATTENDANCE_COLOURS[attendance]} data-testid="attendance-tag">
      {t(`meetings.attendance.${attendance}`)}
    </Tag>
  );
}
