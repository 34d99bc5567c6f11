// What party building's services share: their dependencies, the roster of the organisation's
// current term (from the members and orgs modules' read models), the checks that a record and
// a picked member belong to the writer's organisation, and the audit entry every write appends.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { AuditAction } from '../../../platform/audit/actions.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import { PARTIES, termRoster, type PartyCode } from '../../members/index.js';
import { currentTerm, refNames } from '../../orgs/index.js';
import type { PartyRepo } from './party.repo.js';

export interface PartyDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  party: PartyRepo;
}

export interface RosterEntry {
  id: number;
  name: string;
  party: string;
  partyLabel: string;
  sector: string | null;
  committee: string | null;
}

export const partyLabel = (code: string) => PARTIES[code as PartyCode]?.['zh-CN'] ?? code;

export function partyShared(deps: PartyDeps) {
  const { db, audit, clock } = deps;

  /** The organisation's current members (active, of its current term), with sector and committee names. */
  async function roster(orgId: number): Promise<{ term: string | null; members: RosterEntry[] }> {
    const term = await currentTerm(db, orgId);
    if (!term) return { term: null, members: [] };
    const rows = await termRoster(db, orgId, term.id);
    const ids = (k: 'sector_id' | 'committee_id') => [...new Set(rows.map((r) => r[k]).filter((v) => v !== null))];
    const [sectors, committees] = await Promise.all([
      refNames(db, 'sectors', ids('sector_id')),
      refNames(db, 'committees', ids('committee_id')),
    ]);
    const sector = new Map(sectors.map((s) => [s.id, s.name]));
    const committee = new Map(committees.map((c) => [c.id, c.name]));
    return {
      term: term.name,
      members: rows.map((r) => ({
        id: r.id,
        name: r.name,
        party: r.party,
        partyLabel: partyLabel(r.party),
        sector: sector.get(r.sector_id) ?? null,
        committee: r.committee_id === null ? null : (committee.get(r.committee_id) ?? null),
      })),
    };
  }

  /** A member the office picks: one of its organisation's current members, else a 400. */
  async function pick(orgId: number, memberId: number): Promise<RosterEntry> {
    const found = (await roster(orgId)).members.find((m) => m.id === memberId);
    if (!found) throw badRequest('NOT_CURRENT_MEMBER', '只能选择本组织本届在任的委员');
    return found;
  }

  return {
    roster,
    pick,
    today: () => chinaToday(clock),
    now: () => clock.now().toISOString(),
    /** A record of the writer's own organisation; any other is missing to him. */
    own<T extends { org_id: number }>(actor: Actor, row: T | undefined): T {
      if (!row || row.org_id !== actor.orgId) throw notFound();
      return row;
    },
    audit: (trx: Db, actor: Actor, action: AuditAction, objectType: string, objectId: number, detail = {}) =>
      audit.append(trx, actor, { action, objectType, objectId, orgId: actor.orgId, detail }),
  };
}

export type PartyShared = ReturnType<typeof partyShared>;
