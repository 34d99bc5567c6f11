// The shared state of one demo seeding run: the driver, the random source of the run, the
// demo's "today", and what has become of each planned proposal so far.
import { fillText } from './corpus/workflow-texts.js';
import type { DemoOrg, DemoUnit } from './demo-context.js';
import type { Driver, Json } from './demo-driver.js';
import type { Planned } from './demo-plan.js';
import { dateOf, type Rnd } from './demo-time.js';

export interface Live {
  plan: Planned;
  id: number;
  state: string;
  resultClass: string | null;
  repliedAt: string | null;
  satisfied: boolean;
  /** How the lead unit last reached the proposer, for the proposer's feedback. */
  contactWay: 'visit' | 'phone' | 'meeting' | 'other' | null;
  /** The class of the unit's last reply: a reply written again is no worse. */
  lastClass: 'A' | 'B' | 'C' | 'D' | null;
  sentBack: boolean;
  rehandled: boolean;
  declinedUnitIds: number[];
}

export interface SeedRun {
  d: Driver;
  rnd: Rnd;
  end: number;
  live: Map<Planned, Live>;
  userIds: Map<string, number>;
  /** Per organisation and year: how many chair's meetings decided key proposals so far. */
  chairMeetings: Map<string, number>;
  /** Commitments whose follow-up is already planned. */
  followed: Set<number>;
}

/** Keeps what the seeder tracks in step with the proposal the API answered. */
export function track(l: Live, res: Json): Json {
  if (res && typeof res.state === 'string') {
    l.state = res.state;
    l.resultClass = res.resultClass ?? null;
    l.repliedAt = res.repliedAt ?? null;
  }
  return res;
}

/** A text from `list`, filled in with the proposal's subject and the organisation's wording. */
export function say(run: SeedRun, org: DemoOrg, list: readonly string[], v: { s?: string; u?: string } = {}): string {
  const now = run.d.clock.now().getTime();
  const later = dateOf(now + 45 * 86_400_000);
  return org.localise(
    fillText(run.rnd.pick(list), { ...v, y: dateOf(now).slice(0, 4), m: `${Number(later.slice(5, 7))}月` }),
  );
}

export function unitById(org: DemoOrg, id: number): DemoUnit {
  return org.units.find((u) => u.id === id)!;
}

/** Ids the next step needs, read straight from the tables (every write still goes through the API). */
export const lookup = {
  assignment: (run: SeedRun, proposalId: number, unitId: number, statuses: ('pending_sign' | 'signed')[]) =>
    run.d.platform.db
      .selectFrom('proposal_assignments')
      .select('id')
      .where('proposal_id', '=', proposalId)
      .where('unit_id', '=', unitId)
      .where('status', 'in', statuses)
      .orderBy('id', 'desc')
      .executeTakeFirst(),
  pendingExtension: (run: SeedRun, proposalId: number) =>
    run.d.platform.db
      .selectFrom('proposal_extensions')
      .select('id')
      .where('proposal_id', '=', proposalId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
  lastReply: (run: SeedRun, proposalId: number) =>
    run.d.platform.db
      .selectFrom('proposal_replies')
      .select(['id', 'unit_id'])
      .where('proposal_id', '=', proposalId)
      .where('kind', '=', 'reply')
      .where('status', '=', 'submitted')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow(),
  answeringUnits: async (run: SeedRun, proposalId: number) =>
    (
      await run.d.platform.db
        .selectFrom('proposal_assignments')
        .select('unit_id')
        .where('proposal_id', '=', proposalId)
        .where('role', '!=', 'co')
        .where('status', '=', 'signed')
        .orderBy('id')
        .execute()
    ).map((a) => a.unit_id),
  openCommitments: (run: SeedRun, proposalId: number) =>
    run.d.platform.db
      .selectFrom('proposal_commitments')
      .select(['id', 'unit_id', 'due_date'])
      .where('proposal_id', '=', proposalId)
      .where('status', '=', 'open')
      .orderBy('id')
      .execute(),
};

export function nowMs(run: SeedRun): number {
  return run.d.clock.now().getTime();
}
