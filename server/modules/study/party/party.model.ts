// Pure definitions of party building: which parent each kind of party organisation takes, when
// a list item is done or overdue, and the two coverage figures computed from the roster.
import type { CheckResult, DutyList, PartyOrgKind } from '../../../db/tables/study-party.js';

/** The chain 党组 → 机关党委 → 党支部: the kind of parent each kind must have (null: a root). */
export const PARENT_KIND: Record<PartyOrgKind, PartyOrgKind | null> = {
  party_group: null,
  organ_committee: 'party_group',
  branch: 'organ_committee',
};

/** The CPC's code among the members module's PARTIES: what "party member" means. */
export const CPC = 'cpc';

export interface CheckFacts {
  due_on: string;
  /** The latest check's result, if any. */
  latest: CheckResult | null;
  /** The earliest date a check was recorded for, if any. */
  firstCheckedOn: string | null;
}

/** Done: the latest check says 达标. */
export const isDone = (i: CheckFacts) => i.latest === 'met';

/** Overdue: the deadline has passed with no check recorded by it, and the item is not done. */
export const isOverdue = (i: CheckFacts, today: string) =>
  !isDone(i) && today > i.due_on && (i.firstCheckedOn === null || i.firstCheckedOn > i.due_on);

export interface ListFigures {
  list: DutyList;
  total: number;
  done: number;
  overdue: number;
  /** done / total, 0 for an empty list. */
  completion: number;
}

export function listFigures(list: DutyList, items: CheckFacts[], today: string): ListFigures {
  const done = items.filter(isDone).length;
  return {
    list,
    total: items.length,
    done,
    overdue: items.filter((i) => isOverdue(i, today)).length,
    completion: ratio(done, items.length),
  };
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export interface RosterMember {
  id: number;
  party: string;
}

export interface CoverageFigures<M extends RosterMember> {
  members: number;
  partyMembers: number;
  partyCovered: number;
  /** Party members in one of the organisation's party organisations, over all party members. */
  partyOrgCoverage: number;
  nonPartyMembers: number;
  nonPartyCovered: number;
  /** Party members in a party organisation plus non-party members with a liaison, over all members. */
  partyWorkCoverage: number;
  uncoveredPartyMembers: M[];
  unlinkedNonPartyMembers: M[];
}

/**
 * The coverage of one organisation's current members. `inPartyOrg` holds the members with a
 * membership in one of its party organisations; `liaisons` the pairs. Only the roster given
 * counts: a membership or a liaison of someone not on it (a member who left) counts for nothing,
 * and a liaison covers only while its party member is on the roster and still a party member.
 */
export function coverage<M extends RosterMember>(
  roster: M[],
  inPartyOrg: ReadonlySet<number>,
  liaisons: readonly { party_member_id: number; member_id: number }[],
): CoverageFigures<M> {
  const partyIds = new Set(roster.filter((m) => m.party === CPC).map((m) => m.id));
  const linked = new Set(liaisons.filter((l) => partyIds.has(l.party_member_id)).map((l) => l.member_id));
  const party = roster.filter((m) => partyIds.has(m.id));
  const nonParty = roster.filter((m) => !partyIds.has(m.id));
  const uncoveredPartyMembers = party.filter((m) => !inPartyOrg.has(m.id));
  const unlinkedNonPartyMembers = nonParty.filter((m) => !linked.has(m.id));
  const partyCovered = party.length - uncoveredPartyMembers.length;
  const nonPartyCovered = nonParty.length - unlinkedNonPartyMembers.length;
  return {
    members: roster.length,
    partyMembers: party.length,
    partyCovered,
    partyOrgCoverage: ratio(partyCovered, party.length),
    nonPartyMembers: nonParty.length,
    nonPartyCovered,
    partyWorkCoverage: ratio(partyCovered + nonPartyCovered, roster.length),
    uncoveredPartyMembers,
    unlinkedNonPartyMembers,
  };
}
