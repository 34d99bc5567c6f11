// The rules of 社情民意 reports and bulletins. A member submits his own (with co-authors of his
// organisation's roster); the opinions office of the report's organisation edits it (核稿),
// adopts it or not, publishes adopted ones in an issue of the bulletin, forwards them and records
// leaders' instructions; the authors, the office and the organisation's readers (leaders, and a
// city its counties', read-only) see a report. Composed in ../opinions.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { BulletinStatus, ReportStatus } from '../../../db/tables/sqmy-reports.js';

export interface ReportSubject {
  org_id: number;
  status: ReportStatus;
}
export interface ReportRelation {
  /** The actor is one of its authors. */
  author: boolean;
}

/** The opinions office of the organisation (its own only: a city does not edit a county's). */
export const isOpinionsOffice = (a: Actor, orgId: number) => can(a, 'opinions.manage') && a.orgId === orgId;
/** Reads an organisation's reports and bulletins: its office and readers, and a parent's. */
export const readsReports = (a: Actor, orgId: number) =>
  (can(a, 'opinions.manage') || can(a, 'opinions.read_all')) && a.visibleOrgIds.includes(orgId);

export function canViewReport(a: Actor, r: ReportSubject, rel: ReportRelation): boolean {
  return rel.author || readsReports(a, r.org_id);
}

type ReportCheck = Check<ReportSubject, ReportRelation>;
const office: ReportCheck = who(
  (a, r) => isOpinionsOffice(a, r.org_id),
  'NOT_OFFICE',
  '只有本单位的意见建议工作人员可以办理',
);
const inStatus = (statuses: ReportStatus[], code: string, message: string): ReportCheck => ({
  test: (_a, r) => statuses.includes(r.status),
  fail: () => conflict(code, message),
});
const undecided = inStatus(['submitted', 'editing'], 'REPORT_DECIDED', '该信息已作出采用决定');
const notFinal = inStatus(['submitted', 'editing', 'adopted'], 'REPORT_CLOSED', '该信息已刊发或不予采用，不能再修改');
const adopted = inStatus(['adopted', 'published'], 'REPORT_NOT_ADOPTED', '该信息尚未采用');

export const REPORT_RULES = {
  editReport: { who: [office], when: [notFinal] },
  adoptReport: { who: [office], when: [undecided] },
  rejectReport: { who: [office], when: [undecided] },
  forwardReport: { who: [office], when: [adopted] },
  recordInstruction: { who: [office], when: [adopted] },
  recordFollowUp: { who: [office], when: [adopted], offered: false },
} satisfies Record<string, Rule<ReportSubject, ReportRelation>>;

export const reportRules = rulebook<ReportSubject, ReportRelation, keyof typeof REPORT_RULES>(REPORT_RULES);

export interface BulletinSubject {
  org_id: number;
  status: BulletinStatus;
}
export interface BulletinRelation {
  items: number;
}
type BulletinCheck = Check<BulletinSubject, BulletinRelation>;
const bulletinOffice: BulletinCheck = who(
  (a, b) => isOpinionsOffice(a, b.org_id),
  'NOT_OFFICE',
  '只有本单位的意见建议工作人员可以编辑刊物',
);
const draft: BulletinCheck = {
  test: (_a, b) => b.status === 'draft',
  fail: () => conflict('BULLETIN_PUBLISHED', '该期刊物已印发，不能再修改'),
};
const hasItems: BulletinCheck = {
  test: (_a, _b, rel) => rel.items > 0,
  fail: () => conflict('BULLETIN_EMPTY', '该期刊物尚未编入信息'),
};

export const BULLETIN_RULES = {
  arrangeBulletin: { who: [bulletinOffice], when: [draft] },
  publishBulletin: { who: [bulletinOffice], when: [draft, hasItems] },
} satisfies Record<string, Rule<BulletinSubject, BulletinRelation>>;

export const bulletinRules = rulebook<BulletinSubject, BulletinRelation, keyof typeof BULLETIN_RULES>(BULLETIN_RULES);

/** What may be done with reports and bulletins as a whole. */
export const reportsAccess = abilities({
  submitReport: (a) => can(a, 'opinions.submit') && a.memberId !== null,
  myReports: (a) => can(a, 'opinions.submit'),
  // The office's inbox and the readers' list, a report's page (authors too: checked on the record).
  listReports: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  viewReport: (a) => can(a, 'opinions.submit') || can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  readBulletins: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  composeBulletin: (a) => can(a, 'opinions.manage'),
  readReportFigures: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
});

export const REPORTS_RULE_NAMES: readonly string[] = [
  ...reportRules.steps,
  ...bulletinRules.steps,
  ...reportsAccess.names,
];
