// The rows of the generated year of meetings (meetings.ts plans them): every organisation's
// meeting kinds (the app's defaults, as the office would find them), the meetings in every
// status, each invitee's reply and — for meetings that are over — the check-in, the state it
// amounts to and the check-in log. Meetings more than two weeks past have their attendance
// closed (no-shows stored as absent); the last fortnight's are still open on the board.
import { randomBytes } from 'node:crypto';
import type { AttendanceMode } from '../../server/db/tables/meetings.js';
import { DEFAULT_KINDS } from '../../server/modules/meetings/kinds/kinds.model.js';
import { invitation } from './meeting-outcomes.js';
import { planMeetings } from './meetings.js';
import type { Rnd } from './proposal-rows.js';
import type { OrgInfo } from './refdata.js';
import { REFERENCE_TIME } from './scale.js';
import type { IdSource, Sink } from './sink.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function writers(sink: Sink) {
  const t = (name: string, cols: string, real: string[] = []) =>
    sink.table(
      name,
      cols
        .split(/\s+/)
        .map(
          (c) =>
            [
              c,
              real.includes(c)
                ? 'real'
                : /(^id$|_id$|_by$|_m$|^sort_order$|^active$|^allows_|^questions_|^late_|^version$|^capacity$)/.test(c)
                  ? 'int'
                  : 'text',
            ] as [string, 'int' | 'text' | 'real'],
        ),
    );
  return {
    kinds: t(
      'meeting_kinds',
      'id org_id code name category attendance_mode counts_as study_kind checkin_method default_audience allows_decline questions_enabled late_grace_minutes sort_order active created_at updated_at',
    ),
    meetings: t(
      'meetings',
      'id org_id kind_id parent_id title starts_at ends_at venue venue_lat venue_lng checkin_radius_m attendance_mode reply_deadline capacity status cancel_reason questions_enabled checkin_secret version published_at attendance_closed_at created_by created_at updated_at',
      ['venue_lat', 'venue_lng'],
    ),
    invitations: t(
      'meeting_invitations',
      'id meeting_id member_id user_id source reply replied_at leave_reason leave_decided_by leave_decided_at waitlist_at checked_in_at checkin_method checked_out_at attendance created_at updated_at',
    ),
    log: t('meeting_checkin_log', 'id meeting_id invitation_id user_id method distance_m outcome at', ['distance_m']),
  };
}

export interface MeetingCounts {
  meetings: number;
  invitations: number;
  byStatus: Record<string, number>;
  byReply: Record<string, number>;
  byAttendance: Record<string, number>;
}

export function writeMeetings(sink: Sink, ids: IdSource, rnd: Rnd, orgs: OrgInfo[]): MeetingCounts {
  const w = writers(sink);
  const counts: MeetingCounts = { meetings: 0, invitations: 0, byStatus: {}, byReply: {}, byAttendance: {} };
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  for (const org of orgs) {
    const kinds = new Map<string, { id: number; k: (typeof DEFAULT_KINDS)[number] }>();
    const created = iso(Date.parse('2025-11-20T02:00:00Z'));
    DEFAULT_KINDS.forEach((k, i) => {
      const id = ids.next('meeting_kinds');
      kinds.set(k.code, { id, k });
      w.kinds.add([
        id,
        org.id,
        k.code,
        k.name,
        k.category,
        k.attendanceMode,
        k.countsAs,
        k.studyKind,
        k.checkinMethod,
        JSON.stringify(k.defaultAudience),
        k.allowsDecline ? 1 : 0,
        k.questionsEnabled ? 1 : 0,
        k.lateGraceMinutes,
        (i + 1) * 10,
        1,
        created,
        created,
      ]);
    });
    const lat = 28 + rnd.next() * 4;
    const lng = 110 + rnd.next() * 6;
    const written: number[] = [];
    for (const plan of planMeetings(rnd, org)) {
      const { id: kindId, k } = kinds.get(plan.code)!;
      const id = ids.next('meetings');
      written.push(id);
      const past = plan.endsAt < REFERENCE_TIME;
      const r = rnd.next();
      const status = past
        ? r < 0.04
          ? 'cancelled'
          : 'published'
        : r < 0.2
          ? 'draft'
          : r < 0.25
            ? 'cancelled'
            : 'published';
      const createdAt = plan.startsAt - rnd.int(10, 30) * DAY;
      const publishedAt = status === 'draft' ? null : createdAt + rnd.int(1, 3) * DAY;
      const closed = past && status === 'published' && plan.endsAt < REFERENCE_TIME - 14 * DAY;
      const mode: AttendanceMode = k.attendanceMode;
      const located = k.checkinMethod === 'qr_location';
      w.meetings.add([
        id,
        org.id,
        kindId,
        plan.parentIndex === null ? null : written[plan.parentIndex]!,
        plan.title,
        iso(plan.startsAt),
        iso(plan.endsAt),
        plan.venue,
        located ? lat : null,
        located ? lng : null,
        located ? 300 : null,
        mode,
        mode === 'signup' ? iso(plan.startsAt - 3 * DAY) : null,
        plan.capacity,
        status,
        status === 'cancelled' ? '因工作安排调整，会议取消，另行通知' : null,
        k.questionsEnabled ? 1 : 0,
        randomBytes(24).toString('base64url'),
        status === 'cancelled' ? 2 : 1,
        publishedAt === null ? null : iso(publishedAt),
        closed ? iso(plan.endsAt + rnd.int(1, 5) * DAY) : null,
        org.office.id,
        iso(createdAt),
        iso(publishedAt ?? createdAt),
      ]);
      counts.meetings++;
      bump(counts.byStatus, status);
      const ctx = {
        id,
        plan,
        status,
        past,
        closed,
        mode,
        allowsDecline: k.allowsDecline,
        method: k.checkinMethod,
        grace: k.lateGraceMinutes,
        officeId: org.office.id,
        publishedAt: publishedAt ?? createdAt,
      };
      let attending = 0;
      for (const inv of plan.invitees) {
        const row = invitation(rnd, ctx, () => attending < (plan.capacity ?? Infinity));
        if (row.reply === 'attending') attending++;
        const invId = ids.next('meeting_invitations');
        const at = iso(ctx.publishedAt);
        w.invitations.add([
          invId,
          id,
          inv.member.id,
          inv.member.user.id,
          inv.source,
          row.reply,
          row.repliedAt,
          row.leaveReason,
          row.decidedBy,
          row.decidedAt,
          row.waitlistAt,
          row.checkedInAt,
          row.method,
          row.checkedOutAt,
          row.attendance,
          at,
          row.repliedAt ?? at,
        ]);
        counts.invitations++;
        bump(counts.byReply, row.reply);
        bump(counts.byAttendance, row.attendance ?? 'none');
        if (row.checkedInAt && row.method !== 'manual')
          w.log.add([
            ids.next('meeting_checkin_log'),
            id,
            invId,
            inv.member.user.id,
            row.method,
            row.method === 'location' ? rnd.int(5, 260) : null,
            'ok',
            row.checkedInAt,
          ]);
      }
      // Now and then a member who was not invited turns up and the office records him at the door.
      if (past && status === 'published' && plan.invitees.length < org.members.length && rnd.next() < 0.3) {
        const invited = new Set(plan.invitees.map((x) => x.member.id));
        const walkIn = org.members.find((m, i) => i >= rnd.int(0, org.members.length - 1) && !invited.has(m.id));
        if (walkIn) {
          const at = iso(plan.startsAt + rnd.int(-20, 30) * 60_000);
          w.invitations.add([
            ids.next('meeting_invitations'),
            id,
            walkIn.id,
            walkIn.user.id,
            'walk_in',
            'attending',
            at,
            null,
            null,
            null,
            null,
            at,
            'manual',
            null,
            'walk_in',
            at,
            at,
          ]);
          counts.invitations++;
          bump(counts.byReply, 'attending');
          bump(counts.byAttendance, 'walk_in');
        }
      }
    }
  }
  return counts;
}
