// What the minutes and follow-up pages share: their texts (added with them, not with every
// page), the follow-up value lists checked against the OpenAPI enums, and the status tag.
import { Space, Tag } from 'antd';
import { valuesOf, type FollowupKind, type FollowupStatus } from '../../../api/models';
import { addArea, useI18n } from '../../../i18n';
import { meetingMinutes } from '../../../i18n/messages/meetingMinutes';

addArea('meetingMinutes', meetingMinutes);

export const FOLLOWUP_STATUSES = valuesOf<FollowupStatus>()(['open', 'in_progress', 'done', 'cancelled']);
export const FOLLOWUP_KINDS = valuesOf<FollowupKind>()(['action', 'decision']);

const COLOURS: Record<FollowupStatus, string> = {
  open: 'blue',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'default',
};

export function FollowupStatusTag({ status, overdue }: { status: FollowupStatus; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={COLOURS[status]}>{t(`meetingMinutes.status.${status}`)}</Tag>
      {overdue && <Tag color="error">{t('meetingMinutes.overdue')}</Tag>}
    </Space>
  );
}

/** Today on China's calendar (the deadlines' calendar), as YYYY-MM-DD. */
export const chinaToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
