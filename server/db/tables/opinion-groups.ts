// Row types of the near-duplicate groups of opinions (migration 202612130100_opinion_groups).
// Only the opinions module's groups/ queries these.
import type { Generated } from 'kysely';

/** The office's correction of an opinion's group: taken out ('alone') or put in ('placed'). */
export const GROUP_FIXES = ['alone', 'placed'] as const;
export type GroupFix = (typeof GROUP_FIXES)[number];

export interface OpinionGroupsTable {
  id: Generated<number>;
  org_id: number;
  /** Null for opinions outside any campaign. */
  campaign_id: number | null;
  /** The member whose text stands for the group (the medoid). */
  representative_id: number | null;
  size: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The column this migration adds to opinions (the core table is in tables/opinions.ts). */
export interface OpinionGroupColumns {
  group_fixed: GroupFix | null;
}

export interface OpinionGroupTables {
  opinion_groups: OpinionGroupsTable;
  /** Merged with the core table's columns in DB (schema.ts). */
  opinions: OpinionGroupColumns;
}
