// Chinese wording of party building: the lists, the kinds of party organisation, the roles and
// the check results (the Excel export and the service's sentences use them).
import type { CheckResult, DutyList, PartyOrgKind, PartyRole } from '../../../db/tables/study-party.js';

export const LIST_LABELS: Record<DutyList, string> = {
  party_building: '党建工作责任清单',
  ideology: '意识形态工作责任清单',
  clean_government: '党风廉政建设责任清单',
};

export const KIND_LABELS: Record<PartyOrgKind, string> = {
  party_group: '党组',
  organ_committee: '机关党委',
  branch: '党支部',
};

export const ROLE_LABELS: Record<PartyRole, string> = {
  secretary: '书记',
  deputy_secretary: '副书记',
  committee_member: '委员',
  member: '党员',
};

export const RESULT_LABELS: Record<CheckResult, string> = {
  met: '达标',
  unmet: '未达标',
  rectifying: '整改中',
};

/** The sheets of the uncovered lists' workbook. */
export const UNCOVERED_SHEETS = { party: '未纳入党组织的党员', nonParty: '未联系的非中共委员' } as const;
export const UNCOVERED_HEADER = ['序号', '姓名', '党派', '界别', '专委会'];
