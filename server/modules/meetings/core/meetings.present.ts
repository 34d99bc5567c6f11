// Meeting rows as the API shows them.
import type { Reply } from '../../../db/tables/meetings.js';
import type { KindRow } from '../kinds/kinds.repo.js';
import type { MeetingListRow, MeetingRow } from './meetings.repo.js';
import type { MeetingDetail } from './meetings.schema.js';

export function presentListItem(r: Omit<MeetingListRow, 'reply'> & { reply: Reply | null }) {
  return {
    id: r.id,
    orgId: r.org_id,
    parentId: r.parent_id,
    kind: { id: r.kind_id, code: r.kind_code, name: r.kind_name, category: r.category },
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    venue: r.venue,
    status: r.status,
    attendanceMode: r.attendance_mode,
    replyDeadline: r.reply_deadline,
    myReply: r.reply,
  };
}

export function presentDetail(
  m: MeetingRow,
  kind: KindRow,
  extra: {
    myReply: Reply | null;
    myAttendance: MeetingDetail['myAttendance'];
    replies: MeetingDetail['replies'];
    allowedActions: string[];
  },
): MeetingDetail {
  return {
    id: m.id,
    orgId: m.org_id,
    parentId: m.parent_id,
    kind: { id: kind.id, code: kind.code, name: kind.name, category: kind.category },
    title: m.title,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    venue: m.venue,
    status: m.status,
    attendanceMode: m.attendance_mode,
    replyDeadline: m.reply_deadline,
    description: m.description,
    venueLat: m.venue_lat,
    venueLng: m.venue_lng,
    checkinRadiusM: m.checkin_radius_m,
    onlineUrl: m.online_url,
    capacity: m.capacity,
    questionsEnabled: m.questions_enabled === 1,
    cancelReason: m.cancel_reason,
    version: m.version,
    publishedAt: m.published_at,
    attendanceClosedAt: m.attendance_closed_at,
    ...extra,
  };
}
