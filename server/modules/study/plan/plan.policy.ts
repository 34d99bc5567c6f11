// The rules of the study plan: the study office of the plan's organisation adds, edits and
// removes items (an item a session is linked to stays: unlink first) and links sessions; the
// office and leaders (study.read_all) read the plan of an organisation they see — the city's
// office and leaders read a county's plan, read-only, as they read its meetings. Composed in
// ../study.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { PlanItemRow } from './plan.repo.js';

/** The study office of the organisation. */
export const isStudyOffice = (a: Actor, orgId: number) => can(a, 'study.manage') && a.orgId === orgId;

/** An office or leader reading the organisation's study (a city reads its counties', as meetings do). */
export const readsStudy = (a: Actor, orgId: number) =>
  (can(a, 'study.manage') || can(a, 'study.read_all')) && a.visibleOrgIds.includes(orgId);

export interface ItemRelation {
  /** How many sessions are linked to the item. */
  sessions: number;
}

type ItemCheck = Check<PlanItemRow, ItemRelation>;

const office: ItemCheck = who((a, i) => isStudyOffice(a, i.org_id));
const noSessions: ItemCheck = {
  test: (_a, _i, rel) => rel.sessions === 0,
  fail: (_a, _i, rel) =>
    conflict('ITEM_HAS_SESSIONS', '该计划已关联学习活动，请先取消关联再删除', { sessions: rel.sessions }),
};

export const PLAN_ITEM_RULES = {
  editPlanItem: { who: [office], when: [] },
  removePlanItem: { who: [office], when: [noSessions] },
  linkPlanSession: { who: [office], when: [] },
  // Offered on each linked session, not with the item.
  unlinkPlanSession: { who: [office], when: [], offered: false },
} satisfies Record<string, Rule<PlanItemRow, ItemRelation>>;

export const planItemRules = rulebook<PlanItemRow, ItemRelation, keyof typeof PLAN_ITEM_RULES>(PLAN_ITEM_RULES);

/** What may be done with the plan as a whole. */
export const planAccess = abilities({
  readPlan: (a) => can(a, 'study.manage') || can(a, 'study.read_all'),
  // Creating the plan, adding an item, listing the meetings an item may be linked to.
  writePlan: (a) => can(a, 'study.manage'),
});
