// The analysis runs in the background, never in a vote's request: a vote "touches" its
// consultation, which queues one job per consultation per debounce window (the jobs table's
// dedupe key makes the window's later touches no-ops, across instances too). The job reads the
// votes, runs the consensus engine continuing the stored state, and stores the report and the
// new state. Reads (the report, a participant's standing) parse the stored report once per
// analysis and keep it in memory.
import type { Db } from '../../../db/tx.js';
import type { Clock } from '../../../platform/clock.js';
import { analyse, type AnalysisState, VoteMatrixBuilder, type VoteValue } from '../../../platform/consensus/index.js';
import type { JobRunner } from '../../../platform/jobs/job-runner.js';
import type { StatementRepo } from '../moderation/statements.repo.js';
import type { AnalysisRepo } from './analysis.repo.js';
import { storedReport, type StoredReport } from './report.model.js';

export const ANALYSE_JOB = 'consultations.analyse';
/** Votes arriving within this window share one analysis, run at the window's end. */
export const DEBOUNCE_MS = 10_000;

export interface AnalysisDeps {
  db: Db;
  clock: Clock;
  jobs: JobRunner;
  analysis: AnalysisRepo;
  statements: StatementRepo;
  /** False for a second copy beside the module's (the import command): the job has one handler. */
  handleJobs?: boolean;
}

export function createAnalysisService(deps: AnalysisDeps) {
  const { db, clock, jobs, analysis, statements, handleJobs = true } = deps;
  /** The window each consultation was last queued for by this instance: spares the insert. */
  const queued = new Map<number, number>();
  const parsed = new Map<number, { at: string; report: StoredReport }>();

  async function run(consultationId: number) {
    const votes = await analysis.votes(db, consultationId);
    const stored = await analysis.stored(db, consultationId);
    if (!stored) return { skipped: 'gone' };
    const builder = new VoteMatrixBuilder();
    for (const v of votes) builder.add(v.participant_id, v.statement_id, v.vote as VoteValue);
    const matrix = builder.build();
    const rejected = new Set(await statements.rejectedIds(db, consultationId));
    const previous = stored.analysis_state ? (JSON.parse(stored.analysis_state) as AnalysisState) : null;
    const result = analyse({ matrix, moderatedOut: rejected, previous });
    const at = clock.now().toISOString();
    const report = storedReport(matrix, result, rejected, at);
    await analysis.save(db, consultationId, {
      analysis: JSON.stringify(report),
      state: JSON.stringify(result.state),
      votes: votes.length,
      at,
    });
    return { votes: votes.length, groups: report.groups.length };
  }

  if (handleJobs)
    jobs.handle(ANALYSE_JOB, async (job) => run((job.payload as { consultationId: number }).consultationId));

  return {
    run,

    /** After a vote or a moderation: an analysis at the end of the current window (queued once). */
    async touch(trx: Db, consultationId: number) {
      const nowMs = clock.now().getTime();
      const window = Math.floor(nowMs / DEBOUNCE_MS);
      if (queued.get(consultationId) === window) return;
      await jobs.enqueue(
        trx,
        ANALYSE_JOB,
        { consultationId },
        { dedupeKey: `${ANALYSE_JOB}:${consultationId}:${window}`, runAt: new Date((window + 1) * DEBOUNCE_MS) },
      );
      queued.set(consultationId, window);
    },

    /** The latest stored report, or null before the first analysis. */
    async report(consultationId: number): Promise<StoredReport | null> {
      const stored = await analysis.stored(db, consultationId);
      if (!stored?.analysis || !stored.analysed_at) return null;
      const hit = parsed.get(consultationId);
      if (hit?.at === stored.analysed_at) return hit.report;
      const report = JSON.parse(stored.analysis) as StoredReport;
      parsed.set(consultationId, { at: stored.analysed_at, report });
      return report;
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
