// Party-organisation and party-work coverage of the viewed organisation, computed from its
// current roster on every read (never stored), with the uncovered listed; the uncovered lists
// as an Excel workbook (audited: names leave the platform); and the roster the office picks from.
import type { z } from 'zod';
import { inTransaction } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday } from '../../../platform/clock.js';
import { coverage } from './party.model.js';
import { partyAccess } from './party.policy.js';
import type { PartyDeps, PartyShared } from './party.service.js';
import type * as S from './party.schema.js';
import { uncoveredWorkbook } from './uncovered-sheet.js';

export function createCoverageService(deps: PartyDeps, shared: PartyShared) {
  const { db, party } = deps;

  async function compute(orgId: number): Promise<z.infer<typeof S.coverage>> {
    const [{ term, members }, memberships, liaisons] = await Promise.all([
      shared.roster(orgId),
      party.memberships(db, orgId),
      party.liaisons(db, orgId),
    ]);
    return { term, ...coverage(members, new Set(memberships.map((m) => m.member_id)), liaisons) };
  }

  return {
    async read(actor: Actor) {
      partyAccess.require(actor, 'readParty');
      return compute(actor.currentOrgId);
    },

    async roster(actor: Actor): Promise<z.infer<typeof S.roster>> {
      partyAccess.require(actor, 'readParty');
      return shared.roster(actor.currentOrgId);
    },

    async sheet(actor: Actor) {
      partyAccess.require(actor, 'exportPartyCoverage');
      const figures = await compute(actor.currentOrgId);
      const data = await uncoveredWorkbook(figures);
      await inTransaction(db, (trx) =>
        deps.audit.append(trx, actor, {
          action: 'party.coverage_export',
          objectType: 'organisation',
          objectId: actor.currentOrgId,
          orgId: actor.currentOrgId,
          detail: {
            uncoveredPartyMembers: figures.uncoveredPartyMembers.length,
            unlinkedNonPartyMembers: figures.unlinkedNonPartyMembers.length,
          },
        }),
      );
      return { filename: `党建工作未覆盖名单-${chinaToday(deps.clock)}.xlsx`, data };
    },
  };
}

export type CoverageService = ReturnType<typeof createCoverageService>;
