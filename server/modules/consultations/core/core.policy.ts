// The rules of a consultation: the office of its organisation writes it, opens and closes it,
// keeps the public link and moderates the statements participants add; the organisation's
// offices and leaders (and a city's over the counties that share with it) read it and its
// report; its members take part by membership, a handling unit's users when the unit is
// invited. Composed in ../consultations.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { ConsultationStatus } from '../../../db/tables/consultations.js';

export interface ConsultationSubject {
  orgId: number;
  status: ConsultationStatus;
  membersTakePart: boolean;
  /** Imported conversations are closed records: nobody votes or moderates in them. */
  imported: boolean;
}
export interface ConsultationRelation {
  /** The handling units invited to take part. */
  unitIds: readonly number[];
}

type ConsultationCheck = Check<ConsultationSubject, ConsultationRelation>;

export const isConsultationOffice = (a: Actor, orgId: number) => can(a, 'consultations.manage') && a.orgId === orgId;
export const readsConsultations = (a: Actor, orgId: number) =>
  (can(a, 'consultations.manage') || can(a, 'consultations.read')) && a.visibleOrgIds.includes(orgId);
/** A member of the organisation (when members take part) or a user of an invited handling unit. */
export const takesPart = (a: Actor, s: ConsultationSubject, rel: ConsultationRelation) =>
  (s.membersTakePart && a.memberId !== null && a.orgId === s.orgId) ||
  (a.unitId !== null && rel.unitIds.includes(a.unitId));
export const seesConsultation = (a: Actor, s: ConsultationSubject, rel: ConsultationRelation) =>
  readsConsultations(a, s.orgId) || takesPart(a, s, rel);

const office = who<ConsultationSubject, ConsultationRelation>(
  (a, s) => isConsultationOffice(a, s.orgId),
  'NOT_CONSULTATION_OFFICE',
  '只有本单位政协办可以管理本次协商',
);
const participant = who<ConsultationSubject, ConsultationRelation>(
  takesPart,
  'NOT_PARTICIPANT',
  '您不在本次协商的参与范围内',
);
const notImported: ConsultationCheck = {
  test: (_a, s) => !s.imported,
  fail: () => conflict('CONSULTATION_IMPORTED', '导入的协商记录不能修改'),
};
const notClosed: ConsultationCheck = {
  test: (_a, s) => s.status !== 'closed',
  fail: () => conflict('CONSULTATION_CLOSED', '协商已结束，不能再修改'),
};
const isDraft: ConsultationCheck = {
  test: (_a, s) => s.status === 'draft',
  fail: () => conflict('CONSULTATION_NOT_DRAFT', '协商已开始，不能重复开始'),
};
const isOpen: ConsultationCheck = {
  test: (_a, s) => s.status === 'open',
  fail: () => conflict('CONSULTATION_NOT_OPEN', '协商未在进行中'),
};

export const CONSULTATION_RULES = {
  editConsultation: { who: [office], when: [notImported, notClosed] },
  openConsultation: { who: [office], when: [notImported, isDraft] },
  closeConsultation: { who: [office], when: [isOpen] },
  setPublicLink: { who: [office], when: [notImported, notClosed] },
  moderateStatements: { who: [office], when: [notImported, notClosed] },
  // The office may re-run the analysis at any time (a closed consultation's final report too).
  analyseConsultation: { who: [office], when: [] },
  takePart: { who: [participant], when: [isOpen], offered: false },
} satisfies Record<string, Rule<ConsultationSubject, ConsultationRelation>>;

export const consultationRules = rulebook<ConsultationSubject, ConsultationRelation, keyof typeof CONSULTATION_RULES>(
  CONSULTATION_RULES,
);

/** What may be done with consultations as a whole. */
export const consultationAccess = abilities({
  readConsultations: (a) => can(a, 'consultations.manage') || can(a, 'consultations.read'),
  createConsultation: (a) => can(a, 'consultations.manage'),
  // The office's views of one consultation: its statements, its report and exports (scoped by load).
  readStatements: (a) => can(a, 'consultations.manage') || can(a, 'consultations.read'),
  readReport: (a) => can(a, 'consultations.manage') || can(a, 'consultations.read'),
  // A member's or a unit user's list of the open consultations he may take part in.
  myConsultations: (a) => a.memberId !== null || a.unitId !== null,
});
