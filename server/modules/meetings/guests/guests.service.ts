// A meeting's guests: experts, grassroots representatives, units' representatives and the
// public the office invites by name. Each is an invitation row with no member (so the
// invitation list, the board, the sheets and the hand check-in treat him as any invitee,
// while the members' read models, which join members, never see him), expected at the
// meeting from the start. His phone is sealed at rest and shown masked; reading it whole is
// audited. Every write is one transaction with one audit entry.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { maskPhone, normalizePhone } from '../../../platform/crypto/personal-data.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { loadForStep } from '../core/meetings.service.js';
import type { InvitationDeps } from '../invitations/invitations.service.js';
import { guestRow, guestRows, type GuestRow } from './guests.repo.js';
import type * as S from './guests.schema.js';

export interface GuestDeps extends InvitationDeps {
  cipher: PersonalDataCipher;
}

const present = (g: GuestRow) => ({
  invitationId: g.id,
  name: g.guest_name ?? '',
  kind: g.guest_kind ?? 'other',
  affiliation: g.guest_affiliation,
  unit: g.guest_unit,
  phone: g.guest_phone_masked,
  reply: g.reply,
  attendance: g.attendance,
  checkedInAt: g.checked_in_at,
  checkinMethod: g.checkin_method,
  createdAt: g.created_at,
});

export function createGuestService(deps: GuestDeps) {
  const { db, audit, clock, cipher } = deps;

  /** The guest of this meeting, or 404 (an id of another meeting, or a member's invitation). */
  async function guestOf(meetingId: number, invitationId: number) {
    const g = await guestRow(db, invitationId);
    if (!g || g.meeting_id !== meetingId || g.member_id !== null) throw notFound();
    return g;
  }

  return {
    async list(actor: Actor, id: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'listGuests');
      return { items: (await guestRows(db, m.id)).map(present) };
    },

    async add(actor: Actor, id: number, input: z.infer<typeof S.guestBody>) {
      const { m } = await loadForStep(deps, db, actor, id, 'addGuest');
      const phone = input.phone ? normalizePhone(input.phone)! : null;
      const affiliation = input.affiliation || null;
      return inTransaction(db, async (trx) => {
        const same = (await guestRows(trx, m.id)).find(
          (g) => g.guest_name === input.name && (g.guest_affiliation ?? null) === affiliation,
        );
        if (same) throw conflict('GUEST_EXISTS', `${input.name} 已在本次会议的嘉宾名单中`, { invitationId: same.id });
        const at = clock.now().toISOString();
        const row = await trx
          .insertInto('meeting_invitations')
          .values({
            meeting_id: m.id,
            member_id: null,
            user_id: null,
            guest_name: input.name,
            guest_kind: input.kind,
            guest_affiliation: affiliation,
            guest_unit: input.unit || null,
            guest_phone_enc: phone ? cipher.encrypt(phone) : null,
            guest_phone_masked: phone ? maskPhone(phone) : null,
            source: 'guest',
            // Invited by name and expected: the office confirms guests before adding them.
            reply: 'attending',
            replied_at: at,
            created_at: at,
            updated_at: at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit.append(trx, actor, {
          action: 'meeting.guest_add',
          objectType: 'meeting_invitation',
          objectId: row.id,
          orgId: m.org_id,
          detail: { meetingId: m.id, kind: input.kind },
        });
        return present(row);
      });
    },

    /** A guest who has not come may be taken off the list; one checked in stays on the record. */
    async remove(actor: Actor, id: number, invitationId: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'removeGuest');
      const g = await guestOf(m.id, invitationId);
      if (g.checked_in_at) throw conflict('GUEST_CHECKED_IN', '该嘉宾已签到，不能移除');
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('meeting_invitations').where('id', '=', g.id).execute();
        await audit.append(trx, actor, {
          action: 'meeting.guest_remove',
          objectType: 'meeting_invitation',
          objectId: g.id,
          orgId: m.org_id,
          detail: { meetingId: m.id },
        });
      });
    },

    /** The whole phone number of one guest, audited like a member's unmasking. */
    async phone(actor: Actor, id: number, invitationId: number) {
      const { m } = await loadForStep(deps, db, actor, id, 'unmaskGuest');
      const g = await guestOf(m.id, invitationId);
      if (!g.guest_phone_enc) throw notFound('NO_PHONE', '该嘉宾未登记手机号码');
      await inTransaction(db, (trx) =>
        audit.append(trx, actor, {
          action: 'meeting.guest_unmask',
          objectType: 'meeting_invitation',
          objectId: g.id,
          orgId: m.org_id,
          detail: { meetingId: m.id },
        }),
      );
      return { phone: cipher.decrypt(g.guest_phone_enc) };
    },
  };
}

export type GuestService = ReturnType<typeof createGuestService>;
