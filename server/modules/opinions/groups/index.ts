// groups/: near-duplicate groups of opinions found by the platform's similarity engine
// (platform/search/opinion-grouping.ts), with the office's corrections. Entry point of the
// sub-domain: its routes, the placer intake calls for each new opinion, and the demo's grouping.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import type { Db } from '../../../db/tx.js';
import { inTransaction } from '../../../db/tx.js';
import { createGroupsRepo } from './groups.repo.js';
import { createGrouperStore, type GrouperStore } from './grouper-store.js';
import { createPlacement, type Placement } from './placement.service.js';
import { createGroupsService } from './groups.service.js';
import { createGroupsExports } from './groups.exports.js';
import { groupsRoutes } from './groups.routes.js';
import { groupRules, groupsAccess } from './groups.policy.js';
import { GROUPS_TEXTS } from './groups.texts.js';

/**
 * One placement per platform (app instance): its grouper holds the texts and index of every
 * scope used, so the routes, intake's placer and the demo share it.
 */
const placements = new WeakMap<Platform, Placement>();
function placementOf(platform: Platform): Placement {
  let p = placements.get(platform);
  if (!p) {
    const groupsRepo = createGroupsRepo();
    const store: GrouperStore = createGrouperStore(groupsRepo);
    placements.set(platform, (p = createPlacement({ clock: platform.clock, groupsRepo, store })));
  }
  return p;
}

export function registerGroups(app: ZodApp, platform: Platform): void {
  const groupsRepo = createGroupsRepo();
  const deps = { ...platform, groupsRepo, placement: placementOf(platform) };
  const groups = createGroupsService(deps);
  groupsRoutes(app, { groups, exports: createGroupsExports(deps, groups) });
}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const groupsRuleNames: readonly string[] = [...groupRules.steps, ...groupsAccess.names];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const GROUPS_PHRASES: Record<string, string> = GROUPS_TEXTS;

/**
 * Places a new opinion (already inserted, in the caller's transaction) into the near-duplicate
 * groups of its organisation and campaign: intake/ calls it for every opinion it stores. An
 * opinion already in a group, or one the office corrected, is left alone.
 */
export type PlaceOpinion = (trx: Db, opinionId: number) => Promise<void>;
export function opinionPlacerOf(platform: Platform): PlaceOpinion {
  const placement = placementOf(platform);
  return (trx, opinionId) => placement.place(trx, opinionId);
}

/**
 * Groups the demo's opinions: every organisation and campaign holding opinions is regrouped
 * from scratch (the demo seeding calls it once its opinions exist). Returns the groups made.
 */
export async function groupDemoOpinions(platform: Platform): Promise<number> {
  const placement = placementOf(platform);
  const repo = createGroupsRepo();
  let groups = 0;
  for (const scope of await repo.scopes(platform.db))
    groups += (await inTransaction(platform.db, (trx) => placement.regroup(trx, scope))).groups;
  return groups;
}

/**
 * Regroups one scope from scratch in one transaction, as the office's regroup does (without its
 * authorisation and audit entry): the bench's database case times it. Returns the placement's count.
 */
export function regroupScope(
  platform: Platform,
  scope: { orgId: number; campaignId: number | null },
): Promise<{ groups: number; grouped: number; opinions: number }> {
  const placement = placementOf(platform);
  return inTransaction(platform.db, (trx) => placement.regroup(trx, scope));
}
