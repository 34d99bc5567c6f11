// After the meeting: the office closes attendance (everyone expected and still without a state
// is recorded absent, approved leave as leave, so later modules read stored states instead of
// guessing from the clock) and corrects one invitee's state with a reason. Each is one
// transaction with one audit entry.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { loadForStep } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { NOT_EXPECTED } from './board.model.js';
import { recordMissingStates } from './attendance.repo.js';
import type * as S from './closing.schema.js';

export function createClosingService(deps: InvitationDeps) {
  const { db, audit, clock, invitations, meetings } = deps;

  return {
    async close(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'closeAttendance');
      const at = clock.now().toISOString();
      return inTransaction(db, async (trx) => {
        const { absent, leave } = await recordMissingStates(trx, m.id, NOT_EXPECTED, at);
        await meetings.update(trx, m.id, { attendance_closed_at: at, updated_at: at });
        await audit.append(trx, actor, {
          action: 'meeting.attendance_close',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { absent, leave },
        });
        return { closedAt: at, absent, leave };
      });
    },

    async set(actor: Actor, id: number, invitationId: number, input: z.infer<typeof S.setAttendanceBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'setAttendance');
      const inv = await invitations.get(db, invitationId);
      if (!inv || inv.meeting_id !== m.id) throw notFound();
      if (inv.source === 'walk_in') throw conflict('WALK_IN', '临时到会人员的出席状态不能修改');
      if (inv.attendance === input.state) throw conflict('UNCHANGED', '出席状态未变化');
      const at = clock.now().toISOString();
      return inTransaction(db, async (trx) => {
        await invitations.update(trx, invitationId, { attendance: input.state, updated_at: at });
        await audit.append(trx, actor, {
          action: 'meeting.attendance_set',
          objectType: 'meeting_invitation',
          objectId: invitationId,
          orgId: m.org_id,
          detail: { meetingId: m.id, from: inv.attendance, to: input.state, reason: input.reason },
        });
        return { invitationId, previous: inv.attendance, attendance: input.state };
      });
    },
  };
}

export type ClosingService = ReturnType<typeof createClosingService>;
