// Row types of the opinions' processing (migration 202612130200_opinion_processing): the
// routes an opinion or a group took and the answers that came back. Only the opinions
// module's repos query these tables.
import type { Generated } from 'kysely';

/** Where an opinion went: a department for an answer, a proposal draft, a 社情民意 report. */
export const ROUTE_KINDS = ['unit', 'proposal', 'report'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/**
 * open: waiting for the answer; reroute_requested: the department asks the office to send it
 * elsewhere; answered: the answer is in; withdrawn: the office sent its opinions elsewhere.
 */
export const ROUTE_STATUSES = ['open', 'reroute_requested', 'answered', 'withdrawn'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];

export interface OpinionRoutesTable {
  id: Generated<number>;
  org_id: number;
  kind: RouteKind;
  /** The near-duplicate group routed as a whole, or null for one opinion. */
  group_id: number | null;
  unit_id: number | null;
  /** China's calendar day the department's answer is due (kind unit). */
  due_on: string | null;
  proposal_id: number | null;
  report_id: number | null;
  /** The office's word to the department. */
  note: string | null;
  status: Generated<RouteStatus>;
  reroute_reason: string | null;
  answer: string | null;
  answered_by: number | null;
  answered_at: string | null;
  routed_by: number;
  routed_at: string;
  updated_at: string;
}

/** Columns this migration adds to the core table `opinions`. */
export interface OpinionProcessingColumns {
  /** The opinion's current route (opinion_routes), or null while not routed. */
  route_id: number | null;
}

/** Merged into DB: the new table, and the column on `opinions` (the intersection adds it to the core row). */
export interface OpinionProcessingTables {
  opinion_routes: OpinionRoutesTable;
  opinions: OpinionProcessingColumns;
}
