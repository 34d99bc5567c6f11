// A handling unit's access to the proposers' phone numbers: contacting the proposer before,
// during and after handling is its duty. The proposal's card and its Word export stay masked;
// the full numbers are revealed on request, only to a unit whose assignment is open (the rule
// `revealPhones`), and each reveal is audited exactly as the office's unmask of a member is
// (`member.unmask`, one entry per member, refusals recorded as denied).
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { PersonalDataCipher } from '../../../platform/crypto/personal-data.js';
import { AppError } from '../../../platform/errors.js';
import type { ProposerRow } from '../core/proposals.repo.js';
import { loadForStep } from '../core/proposals.service.js';
import type { HandlingDeps } from './handling.repo.js';

/** The proposers a unit may call: the lead and the co-proposers who accepted. */
const reachable = (rows: ProposerRow[]) => rows.filter((x) => x.status === 'accepted');

/** The proposers with their masked numbers (what an assigned unit sees without asking). */
export async function maskedProposerContacts(deps: Pick<HandlingDeps, 'repo'>, db: Db, proposalId: number) {
  const rows = reachable(await deps.repo.proposers(db, proposalId));
  const members = await Promise.all(rows.map((r) => deps.repo.member(db, r.member_id)));
  return rows.map((r, i) => ({
    memberId: r.member_id,
    name: r.member_name,
    role: r.role,
    phoneMasked: members[i]?.phone_masked ?? null,
  }));
}

export function createProposerPhonesService(deps: HandlingDeps & { cipher: PersonalDataCipher }) {
  const { db, repo, audit, cipher } = deps;

  return {
    async reveal(actor: Actor, id: number) {
      let found;
      try {
        found = await loadForStep(deps, actor, id, 'revealPhones');
      } catch (err) {
        // A refused attempt at personal data is worth knowing about, as with the office's unmask.
        if (err instanceof AppError && (err.status === 403 || err.status === 409)) {
          await audit.record(actor, {
            action: 'member.unmask',
            objectType: 'proposal',
            objectId: id,
            result: 'denied',
            detail: { via: 'proposal', code: err.code },
          });
        }
        throw err;
      }
      const { p } = found;
      const rows = reachable(await repo.proposers(db, p.id));
      const proposers = [];
      for (const r of rows) {
        const m = await repo.member(db, r.member_id);
        const phone = m?.phone_enc ? cipher.decrypt(m.phone_enc) : null;
        await audit.record(actor, {
          action: 'member.unmask',
          objectType: 'member',
          objectId: r.member_id,
          orgId: m?.org_id ?? p.org_id,
          detail: { name: r.member_name, fields: ['phone'], via: 'proposal', proposalId: p.id },
        });
        proposers.push({ memberId: r.member_id, name: r.member_name, role: r.role, phone });
      }
      return { proposers };
    },
  };
}

export type ProposerPhonesService = ReturnType<typeof createProposerPhonesService>;
