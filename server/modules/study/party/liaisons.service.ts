// Liaisons (党员委员联系非中共委员): pairs of a party member and a non-party member of the
// organisation's current roster, each with a start date. A party member may link several; the
// first of a pair must be a party member and the second must not be one.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import { CPC } from './party.model.js';
import { editsViewed, partyAccess } from './party.policy.js';
import type { PartyDeps, PartyShared } from './party.service.js';
import type * as S from './party.schema.js';

export function createLiaisonService(deps: PartyDeps, shared: PartyShared) {
  const { db, party } = deps;
  return {
    async read(actor: Actor): Promise<z.infer<typeof S.liaisons>> {
      partyAccess.require(actor, 'readParty');
      const rows = await party.liaisons(db, actor.currentOrgId);
      return {
        canEdit: editsViewed(actor),
        liaisons: rows.map((l) => ({
          id: l.id,
          partyMember: { id: l.party_member_id, name: l.party_name, active: l.party_active === 1 },
          member: { id: l.member_id, name: l.member_name, active: l.member_active === 1 },
          startsOn: l.starts_on,
        })),
      };
    },

    async create(actor: Actor, input: z.infer<typeof S.createLiaisonBody>) {
      partyAccess.require(actor, 'editParty');
      const [partyMember, member] = [
        await shared.pick(actor.orgId, input.partyMemberId),
        await shared.pick(actor.orgId, input.memberId),
      ];
      if (partyMember.party !== CPC) throw badRequest('NOT_PARTY_MEMBER', '联系人应为中共党员委员');
      if (member.party === CPC) throw badRequest('IS_PARTY_MEMBER', '被联系的应为非中共委员');
      if (await party.pairExists(db, partyMember.id, member.id)) throw conflict('DUPLICATE', '这对联系关系已经存在');
      const id = await inTransaction(db, async (trx) => {
        const { id } = await party.insertLiaison(trx, {
          org_id: actor.orgId,
          party_member_id: partyMember.id,
          member_id: member.id,
          starts_on: input.startsOn,
          created_at: shared.now(),
        });
        await shared.audit(trx, actor, 'party.liaison_add', 'party_liaison', id, {
          partyMemberId: partyMember.id,
          memberId: member.id,
        });
        return id;
      });
      return { id };
    },

    async remove(actor: Actor, id: number) {
      partyAccess.require(actor, 'editParty');
      const row = shared.own(actor, await party.liaison(db, id));
      await inTransaction(db, async (trx) => {
        await party.deleteLiaison(trx, id);
        await shared.audit(trx, actor, 'party.liaison_remove', 'party_liaison', id, {
          partyMemberId: row.party_member_id,
          memberId: row.member_id,
        });
      });
      return { ok: true as const };
    },
  };
}

export type LiaisonService = ReturnType<typeof createLiaisonService>;
