// The rules of near-duplicate groups: the office and leaders (opinions.read_all) read the
// groups of an organisation they see (a city reads its counties', a county only its own); the
// office of the group's organisation corrects them (moves an opinion out or in, merges two
// groups), regroups a campaign from scratch, and exports them. Composed in ../opinions.policy.ts.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who, type Rule } from '../../../platform/access/rulebook.js';
import type { GroupRow } from './groups.repo.js';

/** The opinions office of the organisation (the only one that changes its groups). */
export const isOpinionOffice = (a: Actor, orgId: number) => can(a, 'opinions.manage') && a.orgId === orgId;

/** An office or leader reading the organisation's opinions (a city reads its counties'). */
export const readsOpinions = (a: Actor, orgId: number) =>
  (can(a, 'opinions.manage') || can(a, 'opinions.read_all')) && a.visibleOrgIds.includes(orgId);

const office = who<GroupRow, unknown>((a, g) => isOpinionOffice(a, g.org_id));

export const GROUP_RULES = {
  // Another group of the same campaign and organisation is merged into this one.
  mergeGroups: { who: [office], when: [] },
} satisfies Record<string, Rule<GroupRow, unknown>>;

export const groupRules = rulebook<GroupRow, unknown, keyof typeof GROUP_RULES>(GROUP_RULES);

/** What may be done with the groups as a whole. */
export const groupsAccess = abilities({
  readGroups: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  exportGroups: (a) => can(a, 'opinions.manage') || can(a, 'opinions.read_all'),
  // Taking an opinion out of its group or putting it into another (checked against its organisation).
  moveOpinion: (a) => can(a, 'opinions.manage'),
  regroupOpinions: (a) => can(a, 'opinions.manage'),
});
