// Small labels of the handling screens: the unit's role (主办/会办/分办), an assignment's
// status, how many days are left (or how late it is), urging counts, commitment status.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { formatDate, useI18n } from '../../../i18n';
import type { AssignmentItem, AssignmentRole, AssignmentStatus, CommitmentStatus } from '../../../api/models';
import '../../../i18n/areas/proposalsHandling';

const ROLE_COLOURS: Record<AssignmentRole, string> = { lead: 'red', co: 'blue', split: 'purple' };
const STATUS_COLOURS: Record<AssignmentStatus, string> = {
  pending_sign: 'processing',
  signed: 'gold',
  declined: 'default',
  replied: 'success',
  cancelled: 'default',
};

export function RoleTag({ role }: { role: AssignmentRole }) {
  const { t } = useI18n();
  return (
    <Tag color={ROLE_COLOURS[role]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`proposalsHandling.role.${role}`)}
    </Tag>
  );
}

export function AssignmentStatusTag({ status }: { status: AssignmentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`proposalsHandling.status.${status}`)}
    </Tag>
  );
}

/** Days left to the reply deadline, "overdue N days", or "sign-for overdue". */
export function DeadlineMark({
  a,
}: {
  a: Pick<AssignmentItem, 'daysLeft' | 'overdue' | 'signOverdue' | 'replyDeadline' | 'status'>;
}) {
  const { t } = useI18n();
  const date = (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {formatDate(a.replyDeadline)}
    </Typography.Text>
  );
  if (a.daysLeft === null) return date;
  let mark;
  if (a.signOverdue)
    mark = (
      <Tag color="error" style={{ marginInlineEnd: 0 }}>
        {t('proposalsHandling.signOverdue')}
      </Tag>
    );
  else if (a.daysLeft < 0)
    mark = (
      <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="overdue-mark">
        {t('proposalsHandling.overdueDays', { n: -a.daysLeft })}
      </Tag>
    );
  else if (a.daysLeft <= 7)
    mark = (
      <Tag color="warning" style={{ marginInlineEnd: 0 }}>
        {t('proposalsHandling.daysLeft', { n: a.daysLeft })}
      </Tag>
    );
  else
    mark = (
      <Typography.Text style={{ fontSize: 12 }}>{t('proposalsHandling.daysLeft', { n: a.daysLeft })}</Typography.Text>
    );
  return (
    <Space size={4} wrap>
      {mark}
      {date}
    </Space>
  );
}

export function UrgedMark({ count, last }: { count: number | null; last: string | null }) {
  const { t } = useI18n();
  if (!count) return null;
  return (
    <Tooltip title={last ? t('proposalsHandling.lastUrged', { date: formatDate(last) }) : undefined}>
      <Tag color="volcano" style={{ marginInlineEnd: 0 }} data-testid="urged-mark">
        {t('proposalsHandling.urgedTimes', { n: count })}
      </Tag>
    </Tooltip>
  );
}

const COMMITMENT_COLOURS: Record<CommitmentStatus, string> = {
  open: 'processing',
  done: 'success',
  dropped: 'default',
};
export function CommitmentStatusTag({ status, overdue }: { status: CommitmentStatus; overdue: boolean }) {
  const { t } = useI18n();
  if (overdue)
    return (
      <Tag color="error" style={{ marginInlineEnd: 0 }}>
        {t('proposalsHandling.commitmentOverdue')}
      </Tag>
    );
  return (
    <Tag color={COMMITMENT_COLOURS[status]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`proposalsHandling.commitment.${status}`)}
    </Tag>
  );
}
