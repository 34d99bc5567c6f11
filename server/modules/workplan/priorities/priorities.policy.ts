// The rules of the year's priorities and monthly plans: the office of the organisation writes
// its priorities, their items and links, and reports each item's progress month by month; the
// office and leaders read them (a city those its counties share). Composed in ../workplan.policy.ts.
import { abilities, rulebook, type Rule } from '../../../platform/access/rulebook.js';
import { managesAny, officeOf, readsAny } from '../scope.policy.js';

export interface PrioritySubject {
  orgId: number;
}

const office = officeOf<PrioritySubject, null>();

export const PRIORITY_RULES = {
  addItem: { who: [office], when: [] },
  editItem: { who: [office], when: [] },
  setItemLinks: { who: [office], when: [] },
  reportProgress: { who: [office], when: [] },
} satisfies Record<string, Rule<PrioritySubject, null>>;

export const priorityRules = rulebook<PrioritySubject, null, keyof typeof PRIORITY_RULES>(PRIORITY_RULES);
export type PriorityStep = keyof typeof PRIORITY_RULES;

/** What may be done with the priorities and monthly plans as a whole. */
export const priorityAccess = abilities({
  readPriorities: readsAny,
  createPriorities: managesAny,
  exportMonthReport: readsAny,
});
