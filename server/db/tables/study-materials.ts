// Row types of the study module's materials and reading records (migration
// 202612120200_study_materials), and the values their enumerated columns hold. Only the study
// module's materials repos query these tables.
import type { Generated } from 'kysely';

/** A document (a file), an article written in the platform, or a link to a video (https). */
export const MATERIAL_KINDS = ['document', 'article', 'video'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

export interface StudyMaterialsTable {
  id: Generated<number>;
  org_id: number;
  kind: MaterialKind;
  title: string;
  summary: string;
  /** The article's text (kind article). */
  body: string | null;
  /** The video's https address (kind video). */
  url: string | null;
  /** Estimated reading (or watching) time in minutes. */
  minutes: number;
  /** The audience as the office chose it (JSON of the meetings' audience fields). */
  audience: string;
  /** The date (YYYY-MM-DD, China time) by which the assigned should have read it. */
  deadline: string | null;
  status: MaterialStatus;
  /** How many members publishing assigned it to. */
  assigned_count: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  withdrawn_at: string | null;
  /** When the last reminder went to those who had not finished it. */
  reminded_at: string | null;
}

/** One member a published material was assigned to, and his reading of it. */
export interface StudyMaterialReadsTable {
  id: Generated<number>;
  material_id: number;
  member_id: number;
  opened_at: string | null;
  /** The last heartbeat (or the open): the next may add at most the time since. */
  last_beat_at: string | null;
  /** Visible time on the reading page, as far as the page could tell (capped by the server). */
  seconds: Generated<number>;
  finished_at: string | null;
  reflection: string | null;
  reflected_at: string | null;
}

export interface StudyMaterialTables {
  study_materials: StudyMaterialsTable;
  study_material_reads: StudyMaterialReadsTable;
}
