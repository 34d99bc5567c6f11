// What a draft may name, checked against the organisation's records: its proposer (or the
// group in whose name a collective proposal is made), its suggested handling units, and a
// new proposer for a draft the office entered under the wrong name.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { conflict, invalid } from '../../../platform/errors.js';
import { PARTIES, type PartyCode } from '../../members/index.js';
import { orgShortName } from '../../orgs/index.js';
import { authorize } from '../proposals.policy.js';
import { coreAccess, draftingFor, requireCollectiveDrafter, type Relation } from './proposals.policy.js';
import type { ProposalRow } from './proposals.repo.js';
import type { DraftInput } from './proposals.schema.js';
import type { ProposalDeps } from './proposals.service.js';
import type { LeadMember } from './submission.service.js';

export type DraftPatch = Partial<DraftInput> & { leadMemberId?: number };
export type NewDraft = DraftInput & { leadMemberId?: number };

export interface PreparedDraft {
  orgId: number;
  termId: number;
  /** The lead proposer (not for a collective proposal). */
  lead: LeadMember | undefined;
}

export function createDraftInput(deps: Pick<ProposalDeps, 'db' | 'repo'>) {
  const { db, repo } = deps;

  /** A member of the organisation still in office, or a 400 on the field that named him. */
  async function activeMember(db: Db, orgId: number, id: number, path: string): Promise<LeadMember> {
    const m = await repo.member(db, id);
    if (!m || m.org_id !== orgId || m.active !== 1) throw invalid(path, '提案人不存在或已不在任');
    return m;
  }

  return {
    /** The name a collective proposal is made in: a party's committee here, or a committee, sector or group. */
    async collectiveName(trx: Db, orgId: number, c: NonNullable<DraftInput['collective']>): Promise<string> {
      if (c.type === 'party') {
        const label = PARTIES[c.ref as PartyCode]?.['zh-CN'];
        if (!label || c.ref === 'nonparty') throw invalid('collective.ref', '党派代码无效');
        const shortName = await orgShortName(trx, orgId);
        return `${label}${shortName.replace(/政协$/, '')}委员会`;
      }
      const table = c.type === 'committee' ? 'committees' : c.type === 'sector' ? 'sectors' : 'member_groups';
      const row = typeof c.ref === 'number' ? await repo.named(trx, table, c.ref) : undefined;
      if (!row || row.org_id !== orgId) throw invalid('collective.ref', '集体提案的名义不存在');
      return row.name;
    },

    async validateRefs(trx: Db, orgId: number, input: DraftPatch) {
      if (input.suggestedUnitIds?.length) {
        const units = await repo.units(trx, input.suggestedUnitIds);
        if (units.length !== new Set(input.suggestedUnitIds).size || units.some((u) => u.org_id !== orgId))
          throw invalid('suggestedUnitIds', '建议的承办单位不存在');
      }
    },

    /**
     * A new lead proposer for a draft the office entered on a member's behalf (a paper
     * proposal typed under the wrong name), or undefined when the lead stays. Only before
     * submission, and only by the office: a member's own proposal is his.
     */
    async leadChange(
      trx: Db,
      actor: Actor,
      p: ProposalRow,
      rel: Relation,
      input: DraftPatch,
    ): Promise<LeadMember | undefined> {
      const { leadMemberId } = input;
      if (leadMemberId === undefined || leadMemberId === p.lead_member_id) return undefined;
      if (p.kind === 'collective') throw invalid('leadMemberId', '集体提案没有提案人');
      authorize(actor, 'changeLead', p, rel);
      const lead = await activeMember(trx, p.org_id, leadMemberId, 'leadMemberId');
      // Still a co-proposer after this edit: one member cannot be both.
      const coAfter =
        input.coProposerIds ??
        (await repo.proposers(trx, p.id))
          .filter((x) => x.role === 'co' && (x.status === 'invited' || x.status === 'accepted'))
          .map((x) => x.member_id);
      if (coAfter.includes(leadMemberId)) throw invalid('leadMemberId', '该委员是本提案的联名人，请先从联名人中移除');
      return lead;
    },

    /** Who may draft, for whom, in which term: checked before the transaction. */
    async prepare(actor: Actor, input: NewDraft): Promise<PreparedDraft> {
      coreAccess.require(actor, 'draft');
      const orgId = actor.orgId;
      let lead: LeadMember | undefined;
      if (input.kind === 'collective') {
        requireCollectiveDrafter(actor);
        if (!input.collective) throw invalid('collective', '请选择以谁的名义提出');
      } else {
        lead = await activeMember(db, orgId, draftingFor(actor, input.leadMemberId), 'leadMemberId');
      }
      if (input.kind === 'individual' && input.coProposerIds.length)
        throw invalid('coProposerIds', '个人提案没有联名人；联名请选择“联名提案”');
      const term = await repo.currentTerm(db, orgId);
      if (!term) throw conflict('NO_CURRENT_TERM', '本组织尚未设置当前届次，请联系机关工作人员');
      return { orgId, termId: term.id, lead };
    },
  };
}

export type DraftInputChecks = ReturnType<typeof createDraftInput>;
