// The rules of study materials: the study office of the material's organisation drafts,
// publishes, withdraws and reminds; its readers (leaders, a city office over its counties) see
// published materials and their progress; a member reads a published material assigned to him,
// and nothing else. Composed into the module's rule names in ../study.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { MaterialStatus } from '../../../db/tables/study-materials.js';
import { nextReminderAt } from './materials.model.js';
import type { MaterialRow, ReadRow } from './materials.repo.js';

export interface MaterialRelation {
  /** The viewer's own reading row, when the published material was assigned to him. */
  reading: ReadRow | null;
  now: string;
}

type MaterialCheck = Check<MaterialRow, MaterialRelation>;

/** The study office of the material's own organisation. */
export const isStudyOffice = (a: Actor, m: Pick<MaterialRow, 'org_id'>) =>
  can(a, 'study.manage') && a.orgId === m.org_id;

/** An office or leader reading the organisation's study (a city office reads its counties'). */
export const readsStudy = (a: Actor, orgId: number) =>
  (can(a, 'study.manage') || can(a, 'study.read_all')) && a.visibleOrgIds.includes(orgId);

/** Drafts are the office's; a published or withdrawn material its readers'; an assignee sees it while published. */
export function canViewMaterial(a: Actor, m: MaterialRow, rel: MaterialRelation): boolean {
  if (isStudyOffice(a, m)) return true;
  if (m.status === 'draft') return false;
  return readsStudy(a, m.org_id) || (!!rel.reading && m.status === 'published');
}

const office: MaterialCheck = who((a, m) => isStudyOffice(a, m));
const reader: MaterialCheck = who((a, m) => isStudyOffice(a, m) || readsStudy(a, m.org_id));
const assignee: MaterialCheck = who((_a, _m, rel) => !!rel.reading, 'NOT_ASSIGNED', '此学习资料未分配给您');
const inStatus = (statuses: readonly MaterialStatus[], code: string, message: string): MaterialCheck => ({
  test: (_a, m) => statuses.includes(m.status),
  fail: (_a, m) => conflict(code, message, { state: m.status }),
});
const draft = inStatus(['draft'], 'NOT_DRAFT', '学习资料已发布或已撤回，不能再修改');
const published = inStatus(['published'], 'NOT_PUBLISHED', '学习资料未发布或已撤回');
const notDraft = inStatus(['published', 'withdrawn'], 'NOT_PUBLISHED', '学习资料尚未发布');
const opened: MaterialCheck = {
  test: (_a, _m, rel) => !!rel.reading?.opened_at,
  fail: () => conflict('NOT_OPENED', '请先打开学习资料'),
};
const notRemindedLately: MaterialCheck = {
  test: (_a, m, rel) => nextReminderAt(m.reminded_at, rel.now) === null,
  fail: (_a, m, rel) =>
    conflict('REMINDED_RECENTLY', '刚提醒过未学完的委员，请稍后再提醒', {
      remindedAt: m.reminded_at,
      nextAt: nextReminderAt(m.reminded_at, rel.now),
    }),
};

const RULES = {
  editMaterial: { who: [office], when: [draft] },
  publishMaterial: { who: [office], when: [draft] },
  withdrawMaterial: { who: [office], when: [published] },
  materialProgress: { who: [reader], when: [notDraft] },
  remindMaterial: { who: [office], when: [published, notRemindedLately] },
  // The assignee's reader page: the open, the heartbeats of visible time, the finish, the reflection.
  openMaterial: { who: [assignee], when: [published], offered: false },
  heartbeatMaterial: { who: [assignee], when: [published, opened], offered: false },
  finishMaterial: { who: [assignee], when: [published] },
  reflectMaterial: { who: [assignee], when: [published] },
} satisfies Record<string, Rule<MaterialRow, MaterialRelation>>;

export type MaterialStep = keyof typeof RULES;
export const materialRules = rulebook<MaterialRow, MaterialRelation, MaterialStep>(RULES);

/** What may be done with materials as a whole; viewMaterial is the read of one (visibility alone). */
export const materialsAccess = abilities({
  listMaterials: (a) => can(a, 'study.manage') || can(a, 'study.read_all'),
  createMaterial: (a) => can(a, 'study.manage'),
  myMaterials: (a) => can(a, 'study.learn') && a.memberId !== null,
  viewMaterial: () => true,
});
