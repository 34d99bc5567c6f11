// The member's personal check-in code: his phone asks for the current code of a meeting
// (rule `myCode`), the office's scanner at the door sends what it read (rule `scanCode`). A
// good code checks the member in as the office's hand check-in does — attended or late by the
// kind's grace, a walk-in when he was not invited — with its log row and audit entry; a
// refused one is logged with its reason and answered with a clear error.
import { inTransaction } from '../../../db/tx.js';
import type { AttendanceState } from '../../../db/tables/meetings.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { memberById } from '../../members/index.js';
import { authorize } from '../meetings.policy.js';
import { canView } from '../core/meetings.policy.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { loadForStep, relationOf } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { CODE_WINDOW_MS } from './attendance.model.js';
import { logCheckin } from './attendance.repo.js';
import { recordCheckin } from './attendance.service.js';
import { recordWalkIn } from './desk.service.js';
import { personalCode, readPersonalCode, type PersonalCodeReading } from './personal-code.model.js';

const REFUSALS: Record<Exclude<PersonalCodeReading, { ok: true }>['reason'], [string, string]> = {
  malformed: ['CODE_MALFORMED', '这不是本平台的个人签到码，请让委员打开“我的签到码”'],
  other_meeting: ['CODE_OTHER_MEETING', '该签到码属于另一场会议，请委员在“我的签到码”中选择本次会议'],
  forged: ['CODE_FORGED', '签到码校验失败（可能被改动），不能签到'],
  expired: ['CODE_EXPIRED', '签到码已过期（截图无效），请委员刷新后重新出示'],
};

export function createPersonalCodeService(deps: InvitationDeps) {
  const { db, clock, invitations } = deps;

  return {
    /** The member's current code; an uninvited member of the organisation may show one too (a walk-in). */
    async myCode(actor: Actor, id: number) {
      const m = await deps.meetings.get(db, id);
      if (!m) throw notFound();
      const rel = await relationOf(deps, db, actor, m);
      const walkIn = !rel.invitation && m.status === 'published' && actor.orgId === m.org_id;
      if (!canView(actor, m, rel) && !walkIn) throw notFound();
      authorize(actor, 'myCode', m, rel);
      const code = personalCode(m.checkin_secret, m.id, actor.memberId!, clock.now().getTime());
      return { ...code, windowSeconds: CODE_WINDOW_MS / 1000, meetingId: m.id, title: m.title, invited: !walkIn };
    },

    async scan(actor: Actor, id: number, text: string) {
      const { m } = await loadForStep(deps, db, actor, id, 'scanCode');
      const at = clock.now().toISOString();
      const reading = readPersonalCode(m.checkin_secret, m.id, text, Date.parse(at));
      if (!reading.ok) {
        const inv = reading.memberId ? await deps.meetings.invitationOf(db, m.id, reading.memberId) : undefined;
        throw await refuse(actor, m, inv?.id ?? null, ...REFUSALS[reading.reason], at);
      }
      const member = await memberById(db, reading.memberId);
      const inv = await deps.meetings.invitationOf(db, m.id, reading.memberId);
      if (!inv) {
        const row = await recordWalkIn(deps, actor, m, reading.memberId, 'personal_code', at);
        return result(row.id, reading.memberId, row.name, at, 'walk_in', true);
      }
      if (inv.checked_in_at)
        throw conflict('ALREADY_CHECKED_IN', `${member?.name ?? ''} 已于此前签到`, {
          name: member?.name ?? '',
          checkedInAt: inv.checked_in_at,
        });
      const done = await inTransaction(db, async (trx) => {
        // Read again under the write: two scanners reading the same phone record one check-in.
        const current = (await invitations.get(trx, inv.id))!;
        if (current.checked_in_at) throw conflict('ALREADY_CHECKED_IN', `${member?.name ?? ''} 已于此前签到`);
        return recordCheckin(deps, actor, m, inv.id, 'personal_code', null, at, trx);
      });
      return result(inv.id, reading.memberId, member?.name ?? '', at, done.attendance, false);
    },
  };

  async function refuse(
    actor: Actor,
    m: MeetingRow,
    invitationId: number | null,
    code: string,
    message: string,
    at: string,
  ) {
    await inTransaction(db, (trx) =>
      logCheckin(trx, {
        meeting_id: m.id,
        invitation_id: invitationId,
        user_id: actor.userId,
        method: 'personal_code',
        outcome: code,
        at,
      }),
    );
    return badRequest(code, message);
  }
}

const result = (
  invitationId: number,
  memberId: number,
  name: string,
  checkedInAt: string,
  attendance: AttendanceState | null,
  walkIn: boolean,
) => ({ invitationId, memberId, name, checkedInAt, method: 'personal_code' as const, attendance, walkIn });

export type PersonalCodeService = ReturnType<typeof createPersonalCodeService>;
