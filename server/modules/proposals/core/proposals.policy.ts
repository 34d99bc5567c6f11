// Who may see a proposal and which workflow steps each viewer may take now. The list of
// allowed actions travels with every proposal the API returns, so the UI shows exactly
// the buttons the server would accept.
import { can, type Actor } from '../../../platform/access/actor.js';
import type { Db } from '../../../db/tx.js';
import type { ProposalRepo, ProposalRow, ProposerRow, UnitAssignment } from './proposals.repo.js';
import { canStep, type Step } from './lifecycle.model.js';

export interface Relation {
  /** The viewer's proposer row (lead, co-proposer, invited, credited by merge), if any. */
  proposer: { role: 'lead' | 'co' | 'merged'; status: 'invited' | 'accepted' | 'declined' | 'expired' } | null;
  isAuthor: boolean;
  /** The viewer's handling unit holds a (not cancelled) assignment of this proposal. */
  unitAssigned: boolean;
  /** That assignment (the live one when the unit also has a declined one), for the unit's steps. */
  unitAssignment: UnitAssignment | null;
  /** The viewer is the leader leading this key proposal. */
  isKeyLeader: boolean;
}

export async function relationOf(db: Db, repo: ProposalRepo, actor: Actor, p: ProposalRow): Promise<Relation> {
  const [proposer, unitAssignment] = await Promise.all([
    actor.memberId ? repo.proposerRelation(db, p.id, actor.memberId) : Promise.resolve(undefined),
    actor.unitId ? repo.unitAssignment(db, p.id, actor.unitId) : Promise.resolve(undefined),
  ]);
  return relationFrom(actor, p, proposer, unitAssignment);
}

/** The relation from rows already loaded: the viewer's proposer row and his unit's assignment, if any. */
export function relationFrom(
  actor: Actor,
  p: ProposalRow,
  proposer: Pick<ProposerRow, 'role' | 'status'> | undefined,
  unitAssignment: UnitAssignment | undefined,
): Relation {
  return {
    proposer: proposer ? { role: proposer.role, status: proposer.status } : null,
    isAuthor: p.author_user_id === actor.userId,
    unitAssigned: !!unitAssignment,
    unitAssignment: unitAssignment ?? null,
    isKeyLeader: p.key_leader_user_id === actor.userId,
  };
}

/** The proposals office of the proposal's own organisation. */
export function isOffice(actor: Actor, p: Pick<ProposalRow, 'org_id'>): boolean {
  return can(actor, 'proposals.manage') && actor.orgId === p.org_id;
}

export function canView(actor: Actor, p: Pick<ProposalRow, 'state' | 'org_id'>, rel: Relation): boolean {
  // Someone who declined or let an invitation lapse is no longer a proposer.
  const proposer = rel.proposer && (rel.proposer.status === 'accepted' || rel.proposer.status === 'invited');
  if (rel.isAuthor || proposer || rel.isKeyLeader) return true;
  if (p.state === 'draft') return false;
  if (!actor.visibleOrgIds.includes(p.org_id)) return false;
  if (can(actor, 'proposals.manage') || can(actor, 'proposals.read_all')) return true;
  return rel.unitAssigned;
}

export interface ActionRule {
  action: string;
  allowed(actor: Actor, p: ProposalRow, rel: Relation): boolean;
}

const step = (s: Step, who: (actor: Actor, p: ProposalRow, rel: Relation) => boolean): ActionRule => ({
  action: s,
  allowed: (actor, p, rel) => canStep(s, p.state) && who(actor, p, rel),
});

/** Proposer-side steps are the drafter's (or, for a member, the lead proposer's). */
const drafter = (_a: Actor, _p: ProposalRow, rel: Relation) => rel.isAuthor;
const office = (a: Actor, p: ProposalRow) => isOffice(a, p);

const rules: ActionRule[] = [
  step('editDraft', drafter),
  step('submit', drafter),
  step('withdraw', drafter),
  { action: 'deleteDraft', allowed: (_a, p, rel) => p.state === 'draft' && rel.isAuthor },
  {
    action: 'respondInvitation',
    allowed: (_a, p, rel) => rel.proposer?.status === 'invited' && ['draft', 'submitted', 'returned'].includes(p.state),
  },
  step('accept', office),
  step('reject', office),
  step('convert', office),
  step('return', office),
  step('mergeInto', office),
];

/** Modules of the workflow add their rules here (handling, feedback, key proposals…). */
export function registerActionRules(more: ActionRule[]): void {
  for (const r of more) if (!rules.some((x) => x.action === r.action)) rules.push(r);
}

export function allowedActions(actor: Actor, p: ProposalRow, rel: Relation): string[] {
  return rules.filter((r) => r.allowed(actor, p, rel)).map((r) => r.action);
}
