// Row types of the work-plan module (migrations 202612160000_workplan_priorities,
// 202612160100_workplan_topics, 202612160200_workplan_recommendations), and the values their
// enumerated columns hold. Only the workplan module's repos query these tables.
import type { Generated } from 'kysely';

/** Who carries an item of the year's priorities: a special committee, or the general office. */
export const ITEM_OWNER_KINDS = ['committee', 'office'] as const;
export type ItemOwnerKind = (typeof ITEM_OWNER_KINDS)[number];

/** What carries out an item: a meeting, a jointly set topic, a research report. */
export const ITEM_LINK_KINDS = ['meeting', 'topic', 'report'] as const;
export type ItemLinkKind = (typeof ITEM_LINK_KINDS)[number];

/** An item's state in a month's plan; slipped carries its reason. */
export const MONTH_STATUSES = ['planned', 'in_progress', 'done', 'slipped'] as const;
export type MonthStatus = (typeof MONTH_STATUSES)[number];

/** 党委, 政府, 政协: who proposed a "four jointly" topic. */
export const TOPIC_PROPOSERS = ['party_committee', 'government', 'cppcc'] as const;
export type TopicProposer = (typeof TOPIC_PROPOSERS)[number];

/** proposed → set (jointly) → research → consultation → implementation → done, never skipped. */
export const TOPIC_STAGES = ['proposed', 'set', 'research', 'consultation', 'implementation', 'done'] as const;
export type TopicStage = (typeof TOPIC_STAGES)[number];

/** 重点调研课题, 重点监督任务: assigned by a leader for the year. */
export const TOPIC_FLAGS = ['key_research', 'key_supervision'] as const;
export type TopicFlag = (typeof TOPIC_FLAGS)[number];

/** draft: being written; sent: waiting for the department's answer; answered: followed; done / dropped: settled. */
export const WP_RECOMMENDATION_STATUSES = ['draft', 'sent', 'answered', 'done', 'dropped'] as const;
export type WpRecommendationStatus = (typeof WP_RECOMMENDATION_STATUSES)[number];

/** The department's answer: adopted, partly adopted, not adopted (with its reasons). */
export const WP_ANSWER_KINDS = ['adopted', 'partly', 'declined'] as const;
export type WpAnswerKind = (typeof WP_ANSWER_KINDS)[number];

export const WP_RECOMMENDATION_EVENTS = ['sent', 'answered', 'progress', 'done', 'dropped', 'reminded'] as const;
export type WpRecommendationEventKind = (typeof WP_RECOMMENDATION_EVENTS)[number];

export interface WorkplanPrioritiesTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanPriorityItemsTable {
  id: Generated<number>;
  priority_id: number;
  org_id: number;
  seq: number;
  title: string;
  owner_kind: ItemOwnerKind;
  /** The committee that carries it (owner_kind committee). */
  committee_id: number | null;
  /** YYYY-MM-DD, China's calendar. */
  due_on: string;
  created_at: string;
  updated_at: string;
}

export interface WorkplanItemLinksTable {
  id: Generated<number>;
  item_id: number;
  kind: ItemLinkKind;
  target_id: number;
}

export interface WorkplanMonthEntriesTable {
  id: Generated<number>;
  org_id: number;
  item_id: number;
  /** YYYY-MM. */
  month: string;
  status: MonthStatus;
  /** What is planned or was done this month. */
  note: string;
  slip_reason: string | null;
  updated_by: number;
  updated_at: string;
}

export interface WorkplanTopicsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  summary: string;
  proposed_by: TopicProposer;
  stage: Generated<TopicStage>;
  flag: TopicFlag | null;
  /** The leader who assigned the flagged topic (a name and title as written, e.g. 市委书记 王某). */
  assigned_by: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanTopicStagesTable {
  id: Generated<number>;
  topic_id: number;
  stage: TopicStage;
  starts_on: string;
  ends_on: string | null;
  /** JSON array of names (members, officials, experts). */
  participants: string;
  /** The meeting held in the stage (the consultation's meeting of a consultation kind). */
  meeting_id: number | null;
  note: string | null;
  created_by: number;
  created_at: string;
}

export interface WorkplanReportsTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  title: string;
  summary: string;
  topic_id: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanRecommendationsTable {
  id: Generated<number>;
  report_id: number;
  org_id: number;
  title: string;
  /** SMART: what is measured, the target value, the actions; null while drafted. */
  metric: string | null;
  target: string | null;
  actions: string | null;
  /** The owner department (a handling unit) and the accountable person in it. */
  unit_id: number | null;
  accountable_person: string | null;
  due_on: string | null;
  status: Generated<WpRecommendationStatus>;
  answer_kind: WpAnswerKind | null;
  answer: string | null;
  answered_at: string | null;
  settle_note: string | null;
  settled_at: string | null;
  sent_at: string | null;
  /** The due date the overdue reminder was last sent for (spares the scan; dedupe keys make it once). */
  reminded_for: string | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface WorkplanRecommendationEventsTable {
  id: Generated<number>;
  recommendation_id: number;
  kind: WpRecommendationEventKind;
  note: string | null;
  by_user_id: number | null;
  created_at: string;
}

export interface WorkplanTables {
  workplan_priorities: WorkplanPrioritiesTable;
  workplan_priority_items: WorkplanPriorityItemsTable;
  workplan_item_links: WorkplanItemLinksTable;
  workplan_month_entries: WorkplanMonthEntriesTable;
  workplan_topics: WorkplanTopicsTable;
  workplan_topic_stages: WorkplanTopicStagesTable;
  workplan_reports: WorkplanReportsTable;
  workplan_recommendations: WorkplanRecommendationsTable;
  workplan_recommendation_events: WorkplanRecommendationEventsTable;
}
