// What every proposals service shares: its dependencies (built once in the module's
// index.ts), loading a proposal the actor may see, and telling the people concerned about
// a step (the proposers, the handling units, the proposals office).
import type { ProposalConvertedHandler } from './converted-hook.js';
import type { ChangeTracker } from '../../../db/change-tracker.js';
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { ROLE_PERMISSIONS, ROLES } from '../../../platform/access/roles.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaToday, type Clock } from '../../../platform/clock.js';
import { notFound } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { JobRunner } from '../../../platform/jobs/job-runner.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import { authorize, type ProposalStep } from '../proposals.policy.js';
import { canView, relationOf, type Relation } from './proposals.policy.js';
import type { ProposalRepo, ProposalRow } from './proposals.repo.js';
import { proposalLink } from './proposals.texts.js';
import type { ProposalIndexer } from './search.service.js';

export interface ProposalDeps {
  db: Db;
  repo: ProposalRepo;
  audit: AuditLog;
  notify: Notifier;
  files: FileService;
  jobs: JobRunner;
  clock: Clock;
  indexer: ProposalIndexer;
  changes: ChangeTracker | null;
  /** What other modules do when review converts a proposal (./converted-hook.ts). */
  converted?: ProposalConvertedHandler[];
}

/** Today in China time: every deadline is a China-time date. */
export const today = chinaToday;

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/** Loads a proposal the actor may see; anything else is "not found" (no existence leak). */
export async function loadVisible(
  deps: Pick<ProposalDeps, 'db' | 'repo'>,
  actor: Actor,
  id: number,
  db: Db = deps.db,
): Promise<{ p: ProposalRow; rel: Relation }> {
  const p = await deps.repo.getForUpdate(db, id);
  if (!p) throw notFound();
  const rel = await relationOf(db, deps.repo, actor, p);
  if (!canView(actor, p, rel)) throw notFound();
  return { p, rel };
}

/** Roles that make up the proposals office (who hears about overdue units and declined assignments). */
export const OFFICE_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('proposals.manage'));

/** Everyone on the proposer side who should hear about a step: the drafter and accepted proposers. */
export async function proposerUserIds(deps: Pick<ProposalDeps, 'repo'>, db: Db, p: ProposalRow): Promise<number[]> {
  const proposers = await deps.repo.proposers(db, p.id);
  const memberIds = proposers.filter((x) => x.status === 'accepted').map((x) => x.member_id);
  const users = await deps.repo.userIdsOfMembers(db, memberIds);
  return [...new Set([p.author_user_id, ...users])];
}

export function officeUserIds(deps: Pick<ProposalDeps, 'repo'>, trx: Db, orgId: number): Promise<number[]> {
  return deps.repo.userIdsWithRoles(trx, orgId, OFFICE_ROLES);
}

export interface Message {
  kind: string;
  title: string;
  body: string;
  /** Reminders only: makes the notice idempotent per recipient. */
  dedupeKey?: string;
}

/** A notice about the proposal, linking to it; answers how many notices were created. */
export async function tell(
  deps: Pick<ProposalDeps, 'notify'>,
  trx: Db,
  p: Pick<ProposalRow, 'id' | 'org_id'>,
  userIds: readonly number[],
  m: Message,
): Promise<number> {
  if (!userIds.length) return 0;
  return deps.notify.send(trx, {
    orgId: p.org_id,
    userIds,
    kind: m.kind,
    title: m.title,
    body: m.body,
    link: proposalLink(p.id),
    objectType: 'proposal',
    objectId: p.id,
    dedupeKey: m.dedupeKey,
  });
}

type TellDeps = Pick<ProposalDeps, 'notify' | 'repo'>;

export async function tellUnits(deps: TellDeps, trx: Db, p: ProposalRow, unitIds: readonly number[], m: Message) {
  return tell(deps, trx, p, await deps.repo.userIdsOfUnits(trx, [...new Set(unitIds)]), m);
}

export async function tellOffice(deps: TellDeps, trx: Db, p: ProposalRow, m: Message) {
  return tell(deps, trx, p, await officeUserIds(deps, trx, p.org_id), m);
}

export async function tellProposers(deps: TellDeps, trx: Db, p: ProposalRow, m: Message) {
  return tell(deps, trx, p, await proposerUserIds(deps, trx, p), m);
}

/** Loads a proposal the actor may see and authorises the step on it (404, then 403 or 409). */
export async function loadForStep(
  deps: Pick<ProposalDeps, 'db' | 'repo'>,
  actor: Actor,
  id: number,
  step: ProposalStep,
  db: Db = deps.db,
): Promise<{ p: ProposalRow; rel: Relation }> {
  const found = await loadVisible(deps, actor, id, db);
  authorize(actor, step, found.p, found.rel);
  return found;
}
