// Who reads and writes an organisation's work plan, shared by the sub-domains' rules: the office
// writes its own organisation's; the office and leaders read it and what their counties share;
// a handling unit sees only the recommendations sent to it (recommendations.policy.ts).
import { can, type Actor } from '../../platform/access/actor.js';
import { who } from '../../platform/access/rulebook.js';

/** The work-plan office of the organisation (writes are confined to the home organisation). */
export const isWorkplanOffice = (a: Actor, orgId: number) => can(a, 'workplan.manage') && a.orgId === orgId;

/** Reads the organisation's work plan: its office and leaders, and those of a parent it shares with. */
export const readsWorkplan = (a: Actor, orgId: number) =>
  (can(a, 'workplan.manage') || can(a, 'workplan.read')) && a.visibleOrgIds.includes(orgId);

/** A "who" check: the office of the record's organisation. */
export const officeOf = <S extends { orgId: number }, R>() =>
  who<S, R>((a, s) => isWorkplanOffice(a, s.orgId), 'NOT_WORKPLAN_OFFICE', '只有本单位政协办可以办理此事项');

/** Abilities shared by the sub-domains: read the collection, write in it. */
export const readsAny = (a: Actor) => can(a, 'workplan.manage') || can(a, 'workplan.read');
export const managesAny = (a: Actor) => can(a, 'workplan.manage');
