// Row types of the study module's party building (migration 202612120400_party_building), and
// the values their enumerated columns hold. Only study/party's repo queries these tables.
import type { Generated } from 'kysely';

/** The three responsibility lists (三张清单): party building, ideological work, clean government. */
export const DUTY_LISTS = ['party_building', 'ideology', 'clean_government'] as const;
export type DutyList = (typeof DUTY_LISTS)[number];
/** A check's result: 达标, 未达标, 整改中. */
export const CHECK_RESULTS = ['met', 'unmet', 'rectifying'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
/** The chain: 党组 → 机关党委 → 党支部. */
export const PARTY_ORG_KINDS = ['party_group', 'organ_committee', 'branch'] as const;
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];
/** 书记, 副书记, 委员, 党员. */
export const PARTY_ROLES = ['secretary', 'deputy_secretary', 'committee_member', 'member'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface PartyDutyItemsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  list: DutyList;
  content: string;
  /** A named person or department, as the list is written. */
  owner: string;
  /** Optionally the roster member the owner is. */
  owner_member_id: number | null;
  due_on: string;
  progress: string | null;
  progress_at: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface PartyDutyChecksTable {
  id: Generated<number>;
  item_id: number;
  result: CheckResult;
  note: string | null;
  checked_on: string;
  by_user_id: number;
  created_at: string;
}

export interface PartyOrgsTable {
  id: Generated<number>;
  org_id: number;
  kind: PartyOrgKind;
  name: string;
  parent_id: number | null;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PartyOrgMembersTable {
  id: Generated<number>;
  party_org_id: number;
  org_id: number;
  member_id: number;
  role: PartyRole;
  /** member_id on a branch's rows, else null: unique, so a member is in one branch at most. */
  branch_member_id: number | null;
  created_at: string;
}

export interface PartyLiaisonsTable {
  id: Generated<number>;
  org_id: number;
  party_member_id: number;
  member_id: number;
  starts_on: string;
  created_at: string;
}

export interface StudyPartyTables {
  party_duty_items: PartyDutyItemsTable;
  party_duty_checks: PartyDutyChecksTable;
  party_orgs: PartyOrgsTable;
  party_org_members: PartyOrgMembersTable;
  party_liaisons: PartyLiaisonsTable;
}
