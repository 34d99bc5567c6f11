// Meeting kind rows as the API shows them.
import type { KindRow } from './kinds.repo.js';
import type { MeetingKind } from './kinds.schema.js';

export const presentKind = (r: KindRow): MeetingKind => ({
  id: r.id,
  code: r.code,
  name: r.name,
  category: r.category,
  attendanceMode: r.attendance_mode,
  countsAs: r.counts_as,
  studyKind: r.study_kind,
  checkinMethod: r.checkin_method,
  defaultAudience: JSON.parse(r.default_audience) as MeetingKind['defaultAudience'],
  allowsDecline: r.allows_decline === 1,
  questionsEnabled: r.questions_enabled === 1,
  lateGraceMinutes: r.late_grace_minutes,
  sortOrder: r.sort_order,
  active: r.active === 1,
});
