// The demo organisation's proposals: a few hundred in the city and a few dozen in each
// county over the current term's sessions, every one taken through the real workflow by a
// second app instance whose clock walks from the first session to the demo's "today"; the
// city's meetings (demo-meetings.ts) on the same walk.
import { DAY } from '../platform/clock.js';
import type { Platform } from '../platform/platform.js';
import { loadDemoOrgs } from './demo-context.js';
import { createDriver } from './demo-driver.js';
import { scheduleReading, scheduleTicks, scheduleYearEnds } from './demo-follow-up.js';
import { scheduleProposal } from './demo-lifecycle.js';
import { scheduleMeetings } from './demo-meetings.js';
import { scheduleParty } from './demo-study-party.js';
import { scheduleStudyCoverage } from './demo-study-coverage.js';
import { scheduleNotices } from './demo-notices.js';
import { scheduleStudyPlan } from './demo-study-plan.js';
import { scheduleStudyMaterials } from './demo-study-materials.js';
import { scheduleOpinionProcessing } from './demo-opinion-processing.js';
import { scheduleOpinionReports } from './demo-opinions-reports.js';
import { scheduleGuide } from './demo-guide.js';
import { scheduleOpinions } from './demo-opinions.js';
import { scheduleInspections } from './demo-inspections.js';
import { scheduleSupervision } from './demo-supervision.js';
import { scheduleWorkplan } from './demo-workplan.js';
import { scheduleConsultation } from './demo-consultation.js';
import { scheduleWorkplanEngagement } from './demo-workplan-engagement.js';
import { planProposals } from './demo-plan.js';
import type { SeedRun } from './demo-run.js';
import { prng } from './prng.js';

/** The demo's "today" (or the platform's, when that is earlier): the last step happens before it. */
export const DEMO_TODAY = '2026-11-27T08:00:00.000Z';

export interface DemoProposalsResult {
  proposals: number;
  steps: number;
  ms: number;
}

export async function seedDemoProposals(p: Platform, opts: { seed?: number } = {}): Promise<DemoProposalsResult> {
  const started = Date.now();
  const seed = opts.seed ?? 20260101;
  const end = Math.min(Date.parse(DEMO_TODAY), p.clock.now().getTime());
  const planRnd = prng(seed);
  const orgs = await loadDemoOrgs(p.db, planRnd.pick);
  const plan = planProposals(orgs, planRnd, end);
  const start = Math.min(...plan.map((x) => x.draftAt)) - DAY;
  // A seed is rebuilt rather than recovered after a power cut: spare it a disk sync per step.
  p.database.sqlite?.pragma('synchronous = NORMAL');
  p.database.sqlite?.pragma('wal_autocheckpoint = 20000');
  const d = await createDriver(p, new Date(start));
  try {
    const users = await p.db.selectFrom('users').select(['id', 'username']).execute();
    const run: SeedRun = {
      d,
      rnd: prng(seed + 1),
      end,
      live: new Map(),
      userIds: new Map(users.map((u) => [u.username, u.id])),
      chairMeetings: new Map(),
      followed: new Set(),
    };
    for (const x of plan) scheduleProposal(run, x);
    scheduleYearEnds(run, orgs);
    scheduleTicks(run, start, end);
    scheduleReading(run, end);
    await scheduleMeetings(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleNotices(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleGuide(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleStudyPlan(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleParty(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleStudyCoverage(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleStudyMaterials(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleOpinions(run, orgs);
    // After the opinions' intake (the activity week's opinions exist by its rounds).
    await scheduleOpinionProcessing(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleOpinionReports(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleInspections(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleSupervision(run, orgs);
    await scheduleWorkplan(run, orgs.find((o) => o.level === 'city')!.id);
    await scheduleConsultation(
      run,
      orgs.find((o) => o.level === 'city')!,
    );
    await scheduleWorkplanEngagement(run, orgs.find((o) => o.level === 'city')!.id);
    const steps = await d.run(end);
    return { proposals: run.live.size, steps, ms: Date.now() - started };
  } finally {
    await d.close();
    p.database.sqlite?.pragma('wal_autocheckpoint = 1000');
    p.database.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
    p.database.sqlite?.pragma('synchronous = FULL');
  }
}
