// Reports received rather than written by members: opinions the office routes into a report
// (processing/), and proposals review converts (the proposals module's hook). The report is
// stored inside the caller's transaction with its authors and first version, the authors told.
import type { Db } from '../../../db/tx.js';
import type { ReportSteps, ReportsDeps } from './reports.service.js';
import { reportTexts } from './reports.texts.js';

/**
 * What routing an opinion into a 社情民意 report, and a proposal converted by review, hand to
 * reports/: the text and who wrote it. reports/ stores a new report (submitted, its authors
 * told) inside the caller's transaction and answers its id.
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

export function createReportIntake(deps: Pick<ReportsDeps, 'audit'>, steps: ReportSteps): CreateReportFrom {
  return async (trx, seed) => {
    const authors = [...new Set(seed.authorMemberIds)];
    const r = await steps.create(trx, {
      orgId: seed.orgId,
      // A title or text longer than a member may write is kept whole: it is the source's.
      title: seed.title.trim(),
      body: seed.body.trim(),
      authors,
      byUserId: seed.byUserId,
      seed,
    });
    await deps.audit.append(
      trx,
      { kind: 'system', name: 'opinions.reports' },
      {
        action: 'opinions.report_receive',
        objectType: 'sqmy_report',
        objectId: r.id,
        orgId: r.org_id,
        detail: { source: seed.source, byUserId: seed.byUserId },
      },
    );
    await steps.tellAuthors(trx, r, reportTexts.received(r.title, seed.source.kind), 'opinions.report_received');
    return r.id;
  };
}
