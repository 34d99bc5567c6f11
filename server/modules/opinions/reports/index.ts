// reports/: see ../index.ts. Entry point of the sub-domain: its routes, and what the others use.
import type { ZodApp } from '../../../platform/http/types.js';
import type { Platform } from '../../../platform/platform.js';
import type { Db } from '../../../db/tx.js';

export function registerReports(_app: ZodApp, _platform: Platform): void {}

/** The rule names this sub-domain's routes give as config.rule (composed in ../opinions.policy.ts). */
export const reportsRuleNames: readonly string[] = [];

/** English for every Chinese sentence of this sub-domain's errors (composed in ../opinions.texts.ts). */
export const REPORTS_PHRASES: Record<string, string> = {};

/**
 * What routing an opinion into a 社情民意 report, and a proposal converted by review, hand to
 * reports/: the text and who wrote it. reports/ stores a new report (submitted, its authors
 * told) inside the caller's transaction and answers its id.
 * STUB until reports/ is built (this session): processing/ and the proposals hook call it.
 */
export interface ReportSeed {
  orgId: number;
  title: string;
  body: string;
  /** The members who wrote it (the first is the lead author); may be empty for residents' opinions. */
  authorMemberIds: number[];
  source: { kind: 'opinion'; opinionIds: number[] } | { kind: 'proposal'; proposalId: number };
  /** The office user who routed it, or the proposal's reviewer. */
  byUserId: number;
}
export type CreateReportFrom = (trx: Db, seed: ReportSeed) => Promise<number>;
/** The report intake of one app (its platform: notifications, audit, clock). */
export function reportIntakeOf(_platform: Platform): CreateReportFrom {
  return async () => {
    throw new Error('reports/ is not built yet');
  };
}
