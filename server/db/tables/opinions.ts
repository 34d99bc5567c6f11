// Row types of the opinions module's core tables (migration 202612130000_opinions): the sector
// activity week's campaigns, the organisations and members taking part, the categories and
// themes opinions are classified by, and the opinions themselves. The processing tables
// (groups, routes, answers, the classifier) and the 社情民意 reports have their own files.
// Only the opinions module's repos query these tables.
import type { Generated } from 'kysely';

export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Who wrote an opinion down: a member or party member on the phone, the office from a paper form, the public form. */
export const OPINION_CHANNELS = ['member', 'party_member', 'paper', 'public'] as const;
export type OpinionChannel = (typeof OPINION_CHANNELS)[number];

/**
 * Where an opinion stands. submitted: received, not yet routed; routed: sent to a department,
 * into a proposal or a 社情民意 report; answered: the answer is in and returned to the
 * submitter; closed: kept on record without routing (with a reason), or finished.
 */
export const OPINION_STATUSES = ['submitted', 'routed', 'answered', 'closed'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];

export const CATEGORY_KINDS = ['category', 'theme'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** How an opinion got its category or theme. */
export const CLASSIFIED_BY = ['rule', 'model', 'office'] as const;
export type ClassifiedBy = (typeof CLASSIFIED_BY)[number];

/** One year's sector activity week (界别活动周) of an organisation, with its theme. */
export interface OpinionCampaignsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  theme: string;
  description: string | null;
  /** China's calendar days, YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  status: Generated<CampaignStatus>;
  /** Whether the public form takes opinions, and the SHA-256 of its link's token (shown once). */
  public_open: Generated<number>;
  public_token_hash: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

/** The organisations taking part (the organiser's counties); each sees its own opinions. */
export interface OpinionCampaignOrgsTable {
  id: Generated<number>;
  campaign_id: number;
  org_id: number;
}

/** Members and party members signed up for the week (the office's list). */
export interface OpinionCampaignParticipantsTable {
  id: Generated<number>;
  campaign_id: number;
  org_id: number;
  member_id: number;
  added_by: number;
  added_at: string;
}

/** An organisation's categories (e.g. 经济发展) and themes (e.g. 营商环境), with the words its rules match. */
export interface OpinionCategoriesTable {
  id: Generated<number>;
  org_id: number;
  kind: CategoryKind;
  name: string;
  /** JSON array of words: an opinion containing one is classified here by rule. */
  keywords: Generated<string>;
  sort_order: Generated<number>;
  active: Generated<number>;
}

/** One opinion as received. */
export interface OpinionsTable {
  id: Generated<number>;
  /** The organisation that handles it (the submitter's, or the county the office entered it for). */
  org_id: number;
  campaign_id: number | null;
  channel: OpinionChannel;
  /** The member who wrote it (member, party_member) or on whose behalf a paper form was entered. */
  member_id: number | null;
  /** As the form says it (a resident may sign 居民 or nothing): shown to the office only. */
  author_name: string | null;
  /** Contact details from a paper or public form, sealed (SM4) and masked, as other personal data. */
  contact_enc: string | null;
  contact_masked: string | null;
  sector_id: number | null;
  title: string;
  body: string;
  /** Where the matter is (a street, a village, a school), optional. */
  place: string | null;
  category_id: number | null;
  theme_id: number | null;
  classified_by: ClassifiedBy | null;
  /** The classifier's confidence in [0,1] when classified_by is 'model'. */
  classified_confidence: number | null;
  /** The near-duplicate group it belongs to (opinion_groups, migration 202612130100), or null. */
  group_id: number | null;
  status: Generated<OpinionStatus>;
  /** Why it was closed without routing. */
  closed_reason: string | null;
  /** SHA-256 of the receipt code a public or paper submitter keeps to look the answer up, or null. */
  receipt_hash: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface OpinionTables {
  opinion_campaigns: OpinionCampaignsTable;
  opinion_campaign_orgs: OpinionCampaignOrgsTable;
  opinion_campaign_participants: OpinionCampaignParticipantsTable;
  opinion_categories: OpinionCategoriesTable;
  opinions: OpinionsTable;
}
