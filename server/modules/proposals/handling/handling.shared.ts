// What the handling services share: their dependencies, loading a proposal for the office
// or for the unit that holds an assignment of it, assignment-status checks, and telling
// the units, the office and the proposers about a step.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { ROLE_PERMISSIONS, ROLES } from '../../../platform/access/roles.js';
import { conflict, forbidden } from '../../../platform/errors.js';
import type { AssignmentRow, HandlingRepo } from './handling.repo.js';
import { loadVisible, proposalLink, proposerUserIds, type ProposalDeps } from '../core/proposals.service.js';
import { isOffice, type Relation } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import type { AssignmentStatus } from '../core/lifecycle.model.js';

export interface HandlingDeps extends ProposalDeps {
  handling: HandlingRepo;
}

/** Roles that make up the proposals office (who hears about overdue units and declined assignments). */
export const OFFICE_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('proposals.manage'));

export async function loadForOffice(deps: HandlingDeps, actor: Actor, id: number, trx: Db): Promise<ProposalRow> {
  const { p } = await loadVisible(deps, actor, id, trx);
  if (!isOffice(actor, p)) throw forbidden();
  return p;
}

/** The proposal and the actor's unit's assignment of it; anyone else who may see it gets a 403. */
export async function loadForUnit(
  deps: HandlingDeps,
  actor: Actor,
  id: number,
  trx: Db,
): Promise<{ p: ProposalRow; rel: Relation; a: AssignmentRow }> {
  const { p, rel } = await loadVisible(deps, actor, id, trx);
  if (!actor.permissions.has('proposals.handle') || !rel.unitAssignment) throw forbidden('NOT_ASSIGNED_UNIT');
  const a = await deps.handling.assignment(trx, rel.unitAssignment.id);
  if (!a) throw forbidden('NOT_ASSIGNED_UNIT');
  return { p, rel, a };
}

/** The assignment must be in one of `statuses`: otherwise the step is out of order (409). */
export function requireStatus(a: Pick<AssignmentRow, 'status'>, statuses: readonly AssignmentStatus[]): void {
  if (!statuses.includes(a.status)) {
    throw conflict('INVALID_STATE', undefined, { assignmentStatus: a.status, allowedFrom: statuses });
  }
}

export function requireRole(a: Pick<AssignmentRow, 'role'>, roles: readonly AssignmentRow['role'][]): void {
  if (!roles.includes(a.role)) throw forbidden('ASSIGNMENT_ROLE');
}

export interface Message {
  kind: string;
  title: string;
  body: string;
  /** Reminders only: makes the notice idempotent per recipient. */
  dedupeKey?: string;
}

export async function tell(
  deps: Pick<HandlingDeps, 'notify'>,
  trx: Db,
  p: ProposalRow,
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

export async function tellUnits(deps: HandlingDeps, trx: Db, p: ProposalRow, unitIds: readonly number[], m: Message) {
  return tell(deps, trx, p, await deps.repo.userIdsOfUnits(trx, [...new Set(unitIds)]), m);
}

export function officeUserIds(deps: Pick<HandlingDeps, 'repo'>, trx: Db, orgId: number): Promise<number[]> {
  return deps.repo.userIdsWithRoles(trx, orgId, OFFICE_ROLES);
}

export async function tellOffice(deps: HandlingDeps, trx: Db, p: ProposalRow, m: Message) {
  return tell(deps, trx, p, await officeUserIds(deps, trx, p.org_id), m);
}

export async function tellProposers(deps: HandlingDeps, trx: Db, p: ProposalRow, m: Message) {
  return tell(deps, trx, p, await proposerUserIds(deps, trx, p), m);
}
