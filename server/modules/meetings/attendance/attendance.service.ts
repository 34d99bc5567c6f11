// Check-in: the rotating code the office shows at the door, the invitee's scan of it (with
// the phone's position where the kind asks for one), the office's hand check-in. Every attempt
// is logged; an accepted one stores the invitation's attendance state, recomputed from the
// times so read models aggregate it by index.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { CheckinWay } from '../../../db/tables/meetings.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import {
  attendanceState,
  checkinCode,
  CODE_WINDOW_MS,
  codeIsValid,
  distanceM,
  MAX_ACCURACY_ALLOWANCE_M,
} from './attendance.model.js';
import { logCheckin } from './attendance.repo.js';
import type * as S from './attendance.schema.js';

/** Writes the check-in and its state in one transaction with its log row and audit entry. */
export async function recordCheckin(
  deps: InvitationDeps,
  actor: Actor,
  m: MeetingRow,
  invitationId: number,
  method: CheckinWay,
  distance: number | null,
  at: string,
  trx: Db,
) {
  const { audit, invitations, kinds } = deps;
  const inv = (await invitations.get(trx, invitationId))!;
  const kind = (await kinds.get(trx, m.kind_id))!;
  const attendance = attendanceState({ ...inv, checked_in_at: at, checkin_method: method }, m, kind.late_grace_minutes);
  await invitations.update(trx, invitationId, {
    checked_in_at: at,
    checkin_method: method,
    attendance,
    // Whoever came is attending, whatever he had answered (or not) before.
    ...(inv.reply !== 'attending' && { reply: 'attending', replied_at: at }),
    updated_at: at,
  });
  await logCheckin(trx, {
    meeting_id: m.id,
    invitation_id: invitationId,
    user_id: actor.userId,
    method,
    distance_m: distance,
    outcome: 'ok',
    at,
  });
  await audit.append(trx, actor, {
    action: 'meeting.checkin',
    objectType: 'meeting_invitation',
    objectId: invitationId,
    orgId: m.org_id,
    detail: { meetingId: m.id, method },
  });
  return { checkedInAt: at, method, attendance, distanceM: distance };
}

export function createAttendanceService(deps: InvitationDeps) {
  const { db, clock, invitations, kinds } = deps;

  /** A refused attempt is logged (the office's board shows them) and answered with its reason. */
  async function refuse(
    actor: Actor,
    m: MeetingRow,
    invitationId: number,
    code: string,
    message: string,
    extra: { distance?: number; lat?: number; lng?: number; accuracy?: number } = {},
  ) {
    await inTransaction(db, (trx) =>
      logCheckin(trx, {
        meeting_id: m.id,
        invitation_id: invitationId,
        user_id: actor.userId,
        method: 'qr',
        lat: extra.lat ?? null,
        lng: extra.lng ?? null,
        accuracy_m: extra.accuracy ?? null,
        distance_m: extra.distance ?? null,
        outcome: code,
        at: clock.now().toISOString(),
      }),
    );
    return badRequest(
      code,
      message,
      extra.distance !== undefined
        ? [{ path: 'lat', message: `距会场约 ${Math.round(extra.distance)} 米` }]
        : undefined,
    );
  }

  return {
    async code(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'showCode');
      return { ...checkinCode(m.checkin_secret, m.id, clock.now().getTime()), windowSeconds: CODE_WINDOW_MS / 1000 };
    },

    async checkIn(actor: Actor, id: number, input: z.infer<typeof S.checkinBody>) {
      const { m, rel } = await loadForStep(deps, db, actor, id, 'checkIn');
      const inv = rel.invitation!;
      const nowMs = clock.now().getTime();
      if (!codeIsValid(m.checkin_secret, m.id, input.code, nowMs))
        throw await refuse(actor, m, inv.id, 'CHECKIN_CODE_INVALID', '签到码无效或已过期，请扫描现场最新的二维码');
      const kind = (await kinds.get(db, m.kind_id))!;
      let distance: number | null = null;
      if (kind.checkin_method === 'qr_location' && m.venue_lat !== null && m.venue_lng !== null && m.checkin_radius_m) {
        if (input.lat === undefined || input.lng === undefined)
          throw await refuse(actor, m, inv.id, 'LOCATION_REQUIRED', '本次会议签到需要定位，请允许获取位置后重试');
        distance = distanceM({ lat: input.lat, lng: input.lng }, { lat: m.venue_lat, lng: m.venue_lng });
        const allowance = Math.min(input.accuracyM ?? 0, MAX_ACCURACY_ALLOWANCE_M);
        if (distance > m.checkin_radius_m + allowance)
          throw await refuse(
            actor,
            m,
            inv.id,
            'TOO_FAR',
            `您不在会场签到范围内（距会场约 ${Math.round(distance)} 米）`,
            {
              distance,
              lat: input.lat,
              lng: input.lng,
              accuracy: input.accuracyM,
            },
          );
      }
      const at = new Date(nowMs).toISOString();
      return inTransaction(db, (trx) =>
        recordCheckin(deps, actor, m, inv.id, distance === null ? 'qr' : 'location', distance, at, trx),
      );
    },

    /** Attending a hybrid meeting online, confirmed by the invitee while it runs. */
    async checkInRemote(actor: Actor, id: number) {
      const { m, rel } = await loadForStep(deps, db, actor, id, 'checkInRemote');
      const at = clock.now().toISOString();
      return inTransaction(db, (trx) => recordCheckin(deps, actor, m, rel.invitation!.id, 'remote', null, at, trx));
    },

    /** The office's check-in of one invitee, at the door or (remote) as attending online. */
    async manualCheckIn(actor: Actor, id: number, invitationId: number, remote = false) {
      const { m } = await loadForStep(deps, db, actor, id, 'manualCheckIn');
      const inv = await invitations.get(db, invitationId);
      if (!inv || inv.meeting_id !== m.id) throw notFound();
      if (inv.checked_in_at) throw badRequest('ALREADY_CHECKED_IN', '该参会人已签到');
      const method = remote ? 'remote' : 'manual';
      return inTransaction(db, (trx) =>
        recordCheckin(deps, actor, m, invitationId, method, null, clock.now().toISOString(), trx),
      );
    },
  };
}

export type AttendanceService = ReturnType<typeof createAttendanceService>;
