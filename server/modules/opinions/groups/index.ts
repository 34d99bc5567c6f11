// groups/: see ../index.ts. Entry point of the sub-domain: its routes, and what the others use.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import type { Db } from '../../../db/tx.js';

export function registerGroups(_app: ZodApp, _platform: Platform): void {}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const groupsRuleNames: readonly string[] = [];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const GROUPS_PHRASES: Record<string, string> = {};

/**
 * Places a new opinion (already inserted, in the caller's transaction) into the near-duplicate
 * groups of its organisation: intake/ calls it for every opinion it stores.
 * STUB (no-op) until groups/ is built this session.
 */
export type PlaceOpinion = (trx: Db, opinionId: number) => Promise<void>;
export function opinionPlacerOf(_platform: Platform): PlaceOpinion {
  return async () => {};
}
