// What every proposals service needs, built once in index.ts, and the helpers they share:
// load-and-authorise, notify the people concerned, the China-time "today".
import type { ChangeTracker } from '../../../db/change-tracker.js';
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { notFound } from '../../../platform/errors.js';
import type { FileService } from '../../../platform/files/file-service.js';
import type { JobRunner } from '../../../platform/jobs/job-runner.js';
import type { Notifier } from '../../../platform/notify/notifier.js';
import type { ProposalIndexer } from './search.service.js';
import { canView, relationOf, type Relation } from './proposals.policy.js';
import type { ProposalRepo, ProposalRow } from './proposals.repo.js';

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
}

export function today(clock: Clock): string {
  return chinaDate(clock.now());
}

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

/** Everyone on the proposer side who should hear about a step: the drafter and accepted proposers. */
export async function proposerUserIds(deps: Pick<ProposalDeps, 'repo'>, db: Db, p: ProposalRow): Promise<number[]> {
  const proposers = await deps.repo.proposers(db, p.id);
  const memberIds = proposers.filter((x) => x.status === 'accepted').map((x) => x.member_id);
  const users = await deps.repo.userIdsOfMembers(db, memberIds);
  return [...new Set([p.author_user_id, ...users])];
}

export function proposalLink(id: number): string {
  return `/proposals/${id}`;
}

/** How a proposal is named in notices: its number when it has one, else its title. */
export function proposalName(p: Pick<ProposalRow, 'number_label' | 'title'>): string {
  return p.number_label ? `${p.number_label}《${p.title}》` : `《${p.title}》`;
}
