// Row types of every table, as Kysely sees them. Times are ISO-8601 UTC strings, flags
// are 0/1 integers, JSON columns are text (ADR 0002). The foundation's tables are declared
// here; each module's tables in tables/<module>.ts, beside the migrations that create them,
// and merged into DB below. The data layer never imports a module.
import type { Generated } from 'kysely';
import type { MeetingGuideTables } from './tables/meeting-guide.js';
import type { MeetingMinutesTables } from './tables/meeting-minutes.js';
import type { MeetingTables } from './tables/meetings.js';
import type { ProposalTables } from './tables/proposals.js';
import type { StudyPlanTables } from './tables/study-plan.js';
import type { StudyMaterialTables } from './tables/study-materials.js';
import type { StudyCoverageTables } from './tables/study-coverage.js';
import type { StudyPartyTables } from './tables/study-party.js';
import type { OpinionTables } from './tables/opinions.js';
import type { OpinionIntakeTables } from './tables/opinion-intake.js';
import type { OpinionGroupTables } from './tables/opinion-groups.js';
import type { OpinionProcessingTables } from './tables/opinion-processing.js';
import type { SqmyReportTables } from './tables/sqmy-reports.js';
import type { SupervisionTables } from './tables/supervision.js';
import type { SupervisionInspectionTables } from './tables/supervision-inspections.js';
import type { WorkplanTables } from './tables/workplan.js';
import type { ConsultationTables } from './tables/consultations.js';
import type { WorkplanEngagementTables } from './tables/workplan-engagement.js';

type Flag = number;

export interface OrganisationsTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  short_name: string;
  level: 'province' | 'city' | 'county';
  region_code: string | null;
  share_with_parent: Generated<Flag>;
  totp_required: Generated<Flag>;
  settings: Generated<string>;
  active: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface TermsTable {
  id: Generated<number>;
  org_id: number;
  number: number;
  name: string;
  starts_on: string;
  ends_on: string | null;
  is_current: Generated<Flag>;
}

export interface TermSessionsTable {
  id: Generated<number>;
  org_id: number;
  term_id: number;
  number: number;
  name: string;
  opens_on: string;
  closes_on: string;
}

export interface NamedRefTable {
  id: Generated<number>;
  org_id: number;
  name: string;
  sort_order: Generated<number>;
  active: Generated<Flag>;
}

export interface MemberGroupsTable {
  id: Generated<number>;
  org_id: number;
  committee_id: number;
  name: string;
  active: Generated<Flag>;
}

export interface HandlingUnitsTable {
  id: Generated<number>;
  org_id: number;
  name: string;
  short_name: string;
  kind: string;
  contact_person: string | null;
  contact_phone: string | null;
  sort_order: Generated<number>;
  active: Generated<Flag>;
}

export interface MembersTable {
  id: Generated<number>;
  org_id: number;
  term_id: number;
  name: string;
  pinyin: string;
  initials: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birth_date: string | null;
  sector_id: number;
  committee_id: number | null;
  group_id: number | null;
  party: string;
  work_unit: string | null;
  job_title: string | null;
  is_new: Generated<Flag>;
  email: string | null;
  address: string | null;
  postal_code: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  id_number_enc: string | null;
  id_number_bidx: string | null;
  id_number_masked: string | null;
  active: Generated<Flag>;
  deactivated_at: string | null;
  deactivation_reason: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  org_id: number;
  username: string;
  display_name: string;
  email: string | null;
  phone_enc: string | null;
  phone_bidx: string | null;
  phone_masked: string | null;
  password_hash: string;
  must_change_password: Generated<Flag>;
  roles: string;
  member_id: number | null;
  unit_id: number | null;
  leader_title: string | null;
  totp_secret_enc: string | null;
  totp_enabled: Generated<Flag>;
  totp_last_step: number | null;
  active: Generated<Flag>;
  last_login_at: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MemberContactChangesTable {
  id: Generated<number>;
  org_id: number;
  member_id: number;
  requested_by: number;
  changes_enc: string;
  fields: string;
  status: 'pending' | 'approved' | 'rejected';
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export interface LoginAttemptsTable {
  login_key: string;
  failed_count: Generated<number>;
  locked_until: string | null;
  updated_at: string;
}

export interface AuthSessionsTable {
  id: string;
  user_id: number;
  current_org_id: number;
  csrf_token: string;
  mfa_state: 'ok' | 'pending' | 'enroll';
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  org_id: number | null;
  ip: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'ok' | 'denied' | 'failed';
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  org_id: number | null;
  created_by: number | null;
  payload: Generated<string>;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: Generated<number>;
  total: Generated<number>;
  message: string | null;
  result: string | null;
  run_at: string;
  locked_until: string | null;
  attempts: Generated<number>;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface FilesTable {
  id: string;
  org_id: number;
  owner_type: string | null;
  owner_id: string | null;
  original_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  width: number | null;
  height: number | null;
  taken_at: string | null;
  gps: string | null;
  created_by: number | null;
  created_at: string;
  sealed: Generated<number>;
  expires_at: string | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  org_id: number;
  user_id: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  object_type: string | null;
  object_id: string | null;
  dedupe_key: string | null;
  read_at: string | null;
  emailed_at: string | null;
  created_at: string;
}

export interface FoundationTables {
  organisations: OrganisationsTable;
  terms: TermsTable;
  term_sessions: TermSessionsTable;
  sectors: NamedRefTable;
  committees: NamedRefTable;
  member_groups: MemberGroupsTable;
  handling_units: HandlingUnitsTable;
  members: MembersTable;
  users: UsersTable;
  member_contact_changes: MemberContactChangesTable;
  login_attempts: LoginAttemptsTable;
  auth_sessions: AuthSessionsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  jobs: JobsTable;
  files: FilesTable;
  notifications: NotificationsTable;
}

// Each module's tables are added here as the module lands.
export type DB = FoundationTables &
  ProposalTables &
  MeetingTables &
  MeetingMinutesTables &
  MeetingGuideTables &
  StudyPlanTables &
  StudyMaterialTables &
  StudyCoverageTables &
  StudyPartyTables &
  OpinionTables &
  OpinionIntakeTables &
  OpinionGroupTables &
  OpinionProcessingTables &
  SqmyReportTables &
  SupervisionTables &
  SupervisionInspectionTables &
  WorkplanTables &
  ConsultationTables &
  WorkplanEngagementTables;
