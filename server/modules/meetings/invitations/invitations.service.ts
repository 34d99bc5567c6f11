// Invitations: the office resolves an audience into invitations (each source recorded), the
// invitee attends, declines or asks for leave, and the office decides leave. Each step is one
// rule of the table; each write is one transaction with one audit entry. A sign-up meeting
// with a cap puts the overflow on a waiting list, promoted first come first served.
import type { z } from 'zod';
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Reply } from '../../../db/tables/meetings.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.js';
import { activeUserIdsWithRoles, memberAccountsOfOrgs } from '../../accounts/index.js';
import { membersOfAudience } from '../../members/index.js';
import { loadForStep, type MeetingDeps } from '../core/meetings.service.js';
import type { MeetingRow } from '../core/meetings.repo.js';
import { meetingTexts } from '../core/meetings.texts.js';
import { sourceOf, type Audience } from './invitations.model.js';
import type { InvitationRepo } from './invitations.repo.js';
import type * as S from './invitations.schema.js';
import { invitationTexts } from './invitations.texts.js';

export interface InvitationDeps extends MeetingDeps {
  invitations: InvitationRepo;
}

export function createInvitationService(deps: InvitationDeps) {
  const { db, audit, clock, notify, invitations } = deps;
  const now = () => clock.now().toISOString();
  const tell = (trx: Db, m: MeetingRow, userIds: number[], kind: string, text: { title: string; body: string }) =>
    userIds.length
      ? notify.send(trx, {
          orgId: m.org_id,
          userIds,
          kind,
          ...text,
          link: `/meetings/${m.id}`,
          objectType: 'meeting',
          objectId: m.id,
        })
      : Promise.resolve(0);

  /** A place freed in a capped sign-up meeting goes to the first on the waiting list. */
  async function promote(trx: Db, m: MeetingRow): Promise<void> {
    if (m.attendance_mode !== 'signup' || m.capacity === null) return;
    if ((await invitations.countReply(trx, m.id, 'attending')) >= m.capacity) return;
    const next = await invitations.firstWaiting(trx, m.id);
    if (!next) return;
    await invitations.update(trx, next.id, { reply: 'attending', waitlist_at: null, updated_at: now() });
    if (next.user_id) await tell(trx, m, [next.user_id], 'meeting.promoted', invitationTexts.promoted(m.title));
  }

  /** The invitee's own reply, written under the meeting's lock, audited. */
  async function reply(actor: Actor, id: number, step: 'attend' | 'decline' | 'requestLeave', reason?: string) {
    const { m, rel } = await loadForStep(deps, db, actor, id, step);
    const inv = rel.invitation!;
    return inTransaction(db, async (trx) => {
      await invitations.lockMeeting(trx, m.id);
      const at = now();
      let next: Reply;
      if (step === 'attend') {
        const full =
          m.attendance_mode === 'signup' &&
          m.capacity !== null &&
          (await invitations.countReply(trx, m.id, 'attending')) >= m.capacity;
        next = full ? 'waitlisted' : 'attending';
      } else if (step === 'decline') {
        next = 'declined';
      } else {
        // Must-attend meetings need the office's approval; a sign-up meeting's leave is taken as given.
        next = m.attendance_mode === 'required' ? 'leave_requested' : 'leave_approved';
      }
      const updated = await invitations.update(trx, inv.id, {
        reply: next,
        replied_at: at,
        waitlist_at: next === 'waitlisted' ? at : null,
        ...(step === 'requestLeave' && { leave_reason: reason, leave_note: null, leave_decided_at: null }),
        // Before a check-in the state is the leave's alone: approved leave is leave, any other answer none.
        ...(!inv.checked_in_at && { attendance: next === 'leave_approved' ? 'leave' : null }),
        updated_at: at,
      });
      if (inv.reply === 'attending' && next !== 'attending') await promote(trx, m);
      if (next === 'leave_requested') {
        const office = await activeUserIdsWithRoles(trx, m.org_id, ['staff', 'county_admin']);
        await tell(
          trx,
          m,
          office,
          'meeting.leave_requested',
          invitationTexts.leaveRequested(actor.displayName, m.title),
        );
      }
      await audit.append(trx, actor, {
        action: `meeting.${step === 'requestLeave' ? 'leave_request' : step}`,
        objectType: 'meeting_invitation',
        objectId: inv.id,
        orgId: m.org_id,
        detail: { meetingId: m.id, from: inv.reply, to: next },
      });
      return {
        reply: updated.reply,
        repliedAt: updated.replied_at,
        leaveReason: updated.leave_reason,
        leaveNote: updated.leave_note,
      };
    });
  }

  return {
    async invite(actor: Actor, id: number, a: Audience) {
      const { m } = await loadForStep(deps, db, actor, id, 'invite');
      const orgIds = a.orgIds?.length ? a.orgIds : [m.org_id];
      // A county's members are invited by the city's office only when the county shares with it.
      if (orgIds.some((o) => !actor.visibleOrgIds.includes(o)))
        throw forbidden('ORG_NOT_VISIBLE', '不能邀请该组织的委员');
      const members = await membersOfAudience(db, { ...a, orgIds });
      if (a.memberIds?.some((mid) => !members.some((x) => x.id === mid)))
        throw invalid('audience.memberIds', '所选委员不存在或已不在任');
      const accounts = new Map((await memberAccountsOfOrgs(db, orgIds)).map((u) => [u.member_id!, u.id] as const));
      const at = now();
      const rows = members.map((x) => ({
        meeting_id: m.id,
        member_id: x.id,
        user_id: accounts.get(x.id) ?? null,
        source: sourceOf(a, x),
        reply: 'pending' as const,
        created_at: at,
        updated_at: at,
      }));
      return inTransaction(db, async (trx) => {
        const added = await invitations.insertMany(trx, rows);
        if (m.status === 'published') {
          const userIds = added.flatMap((r) => (r.user_id ? [r.user_id] : []));
          await tell(trx, m, userIds, 'meeting.published', meetingTexts.published(m.title, m.starts_at, m.venue));
        }
        await audit.append(trx, actor, {
          action: 'meeting.invite',
          objectType: 'meeting',
          objectId: m.id,
          orgId: m.org_id,
          detail: { audience: a, added: added.length },
        });
        return { added: added.length, alreadyInvited: rows.length - added.length };
      });
    },

    async list(actor: Actor, id: number, q: z.infer<typeof S.invitationListQuery>) {
      await loadForStep(deps, db, actor, id, 'listInvitations');
      const r = await invitations.list(db, id, q.reply, q.page, q.pageSize);
      return {
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
        items: r.items.map((i) => ({
          id: i.id,
          memberId: i.member_id,
          name: i.member_name ?? i.guest_name ?? '',
          guestKind: i.member_id === null ? (i.guest_kind ?? 'other') : null,
          affiliation: i.guest_affiliation,
          source: i.source,
          reply: i.reply,
          repliedAt: i.replied_at,
          leaveReason: i.leave_reason,
          leaveNote: i.leave_note,
          leaveDecidedAt: i.leave_decided_at,
          checkedInAt: i.checked_in_at,
          checkinMethod: i.checkin_method,
          attendance: i.attendance,
        })),
      };
    },

    attend: (actor: Actor, id: number) => reply(actor, id, 'attend'),
    decline: (actor: Actor, id: number) => reply(actor, id, 'decline'),
    requestLeave: (actor: Actor, id: number, reason: string) => reply(actor, id, 'requestLeave', reason),

    async decideLeave(actor: Actor, id: number, invitationId: number, input: z.infer<typeof S.leaveDecisionBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'decideLeave');
      const inv = await invitations.get(db, invitationId);
      if (!inv || inv.meeting_id !== m.id) throw notFound();
      return inTransaction(db, async (trx) => {
        const current = (await invitations.get(trx, invitationId))!;
        if (current.reply !== 'leave_requested')
          throw conflict('NO_LEAVE_REQUEST', '没有待审批的请假', { reply: current.reply });
        const at = now();
        const updated = await invitations.update(trx, invitationId, {
          reply: input.approve ? 'leave_approved' : 'leave_refused',
          leave_decided_by: actor.userId,
          leave_decided_at: at,
          leave_note: input.note ?? null,
          // Approved leave is the invitee's attendance state; a refusal leaves it to the check-in.
          attendance: input.approve ? 'leave' : null,
          updated_at: at,
        });
        if (inv.user_id)
          await tell(
            trx,
            m,
            [inv.user_id],
            'meeting.leave_decided',
            invitationTexts.leaveDecided(m.title, input.approve, input.note ?? null),
          );
        await audit.append(trx, actor, {
          action: input.approve ? 'meeting.leave_approve' : 'meeting.leave_refuse',
          objectType: 'meeting_invitation',
          objectId: invitationId,
          orgId: m.org_id,
          detail: { meetingId: m.id, note: input.note ?? null },
        });
        return { ok: true as const, reply: updated.reply };
      });
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;
