// The office's desk at the door: checking a member out (leaving before the end makes him
// left early) and recording a member who came without an invitation (a walk-in). Each is one
// transaction with its check-in log row and one audit entry.
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { activeUserIdsOfMembers } from '../../accounts/index.js';
import { memberById } from '../../members/index.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { attendanceState } from './attendance.model.js';
import { logCheckin } from './attendance.repo.js';

export function createDeskService(deps: InvitationDeps) {
  const { db, audit, clock, invitations, kinds } = deps;

  return {
    async checkOut(actor: Actor, id: number, invitationId: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'checkOut');
      const inv = await invitations.get(db, invitationId);
      if (!inv || inv.meeting_id !== m.id) throw notFound();
      const kind = (await kinds.get(db, m.kind_id))!;
      return inTransaction(db, async (trx) => {
        const current = (await invitations.get(trx, invitationId))!;
        if (!current.checked_in_at) throw conflict('NOT_CHECKED_IN', '该参会人尚未签到');
        if (current.checked_out_at) throw conflict('ALREADY_CHECKED_OUT', '该参会人已签退');
        const at = clock.now().toISOString();
        const attendance = attendanceState({ ...current, checked_out_at: at }, m, kind.late_grace_minutes);
        const updated = await invitations.update(trx, invitationId, { checked_out_at: at, attendance, updated_at: at });
        await audit.append(trx, actor, {
          action: 'meeting.checkout',
          objectType: 'meeting_invitation',
          objectId: invitationId,
          orgId: m.org_id,
          detail: { meetingId: m.id, attendance },
        });
        return {
          invitationId,
          checkedInAt: updated.checked_in_at!,
          checkedOutAt: updated.checked_out_at,
          method: updated.checkin_method!,
          attendance: updated.attendance,
        };
      });
    },

    async walkIn(actor: Actor, id: number, memberId: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'walkIn');
      const at = clock.now().toISOString();
      const row = await recordWalkIn(deps, actor, m, memberId, 'manual', at);
      return {
        invitationId: row.id,
        checkedInAt: at,
        checkedOutAt: null,
        method: 'manual' as const,
        attendance: 'walk_in' as const,
      };
    },
  };
}

export type DeskService = ReturnType<typeof createDeskService>;

/**
 * A member who came without an invitation, recorded at the door (by the office's desk or its
 * scan of his personal code): one invitation row, its log row and one audit entry. Members of
 * the organisations the office sees (a county's members at a city meeting too); a member
 * already on the list is refused with his invitation's id.
 */
export async function recordWalkIn(
  deps: InvitationDeps,
  actor: Actor,
  m: MeetingRow,
  memberId: number,
  method: 'manual' | 'personal_code',
  at: string,
) {
  const { db, audit, invitations } = deps;
  const member = await memberById(db, memberId);
  if (!member || member.active !== 1 || !actor.visibleOrgIds.includes(member.org_id))
    throw invalid('memberId', '该委员不存在或已不在任');
  const [userId] = await activeUserIdsOfMembers(db, [memberId]);
  return inTransaction(db, async (trx) => {
    const [row] = await invitations.insertMany(trx, [
      {
        meeting_id: m.id,
        member_id: memberId,
        user_id: userId ?? null,
        source: 'walk_in',
        reply: 'attending',
        replied_at: at,
        checked_in_at: at,
        checkin_method: method,
        attendance: 'walk_in',
        created_at: at,
        updated_at: at,
      },
    ]);
    if (!row) {
      const existing = await deps.meetings.invitationOf(trx, m.id, memberId);
      throw conflict('ALREADY_INVITED', '该委员已在邀请之列，请在名单中为其签到', { invitationId: existing?.id });
    }
    await logCheckin(trx, {
      meeting_id: m.id,
      invitation_id: row.id,
      user_id: actor.userId,
      method,
      outcome: 'ok',
      at,
    });
    await audit.append(trx, actor, {
      action: 'meeting.walk_in',
      objectType: 'meeting_invitation',
      objectId: row.id,
      orgId: m.org_id,
      detail: { meetingId: m.id, memberId, method },
    });
    return { id: row.id, name: member.name };
  });
}
