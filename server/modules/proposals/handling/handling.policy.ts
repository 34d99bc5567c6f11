// Who may take which handling step, as rules added to the proposal's allowed actions, and
// how much of the handling record each viewer sees (the office all of it, a unit its own
// work and the lead unit's, a proposer the formal replies and not the internal notes).
import { can, type Actor } from '../../../platform/access/actor.js';
import { isOffice, registerActionRules, type ActionRule, type Relation } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { canStep, type Step } from '../core/lifecycle.model.js';

/** Feedback comes from the drafter or the lead member. */
export function isLeadProposer(rel: Relation): boolean {
  return rel.isAuthor || (rel.proposer?.role === 'lead' && rel.proposer.status === 'accepted');
}

type Who = (actor: Actor, p: ProposalRow, rel: Relation) => boolean;
type UnitAssignment = NonNullable<Relation['unitAssignment']>;

const rule = (action: string, step: Step, who: Who): ActionRule => ({
  action,
  allowed: (actor, p, rel) => canStep(step, p.state) && who(actor, p, rel),
});

const office: Who = (a, p) => isOffice(a, p);
/** A user of a unit whose assignment has this role and status. */
const unit =
  (roles: UnitAssignment['role'][], statuses: UnitAssignment['status'][]): Who =>
  (a, _p, rel) =>
    can(a, 'proposals.handle') &&
    !!rel.unitAssignment &&
    roles.includes(rel.unitAssignment.role) &&
    statuses.includes(rel.unitAssignment.status);

export function registerHandlingRules(): void {
  registerActionRules([
    rule('assign', 'assign', office),
    rule('urge', 'urge', office),
    rule('sendBackReply', 'sendBackReply', office),
    rule('close', 'close', office),
    rule('sign', 'sign', unit(['lead', 'co', 'split'], ['pending_sign'])),
    rule('declineAssignment', 'declineAssignment', unit(['lead', 'co', 'split'], ['pending_sign'])),
    rule('applyExtension', 'applyExtension', unit(['lead', 'split'], ['pending_sign', 'signed'])),
    rule('contact', 'contact', unit(['lead', 'co', 'split'], ['signed', 'replied'])),
    rule('coOpinion', 'coOpinion', unit(['co'], ['signed'])),
    rule('reply', 'reply', unit(['lead', 'split'], ['signed'])),
    rule('rate', 'rate', (a, p, rel) => isLeadProposer(rel) && (p.lead_member_id !== null || a.memberId !== null)),
  ]);
}

export type Viewer =
  { kind: 'office' } | { kind: 'unit'; unitId: number; role: UnitAssignment['role'] } | { kind: 'proposer' };

export function viewerOf(actor: Actor, p: ProposalRow, rel: Relation): Viewer {
  const reader = can(actor, 'proposals.manage') || can(actor, 'proposals.read_all');
  if ((reader && actor.visibleOrgIds.includes(p.org_id)) || rel.isKeyLeader) return { kind: 'office' };
  if (rel.unitAssignment && actor.unitId) return { kind: 'unit', unitId: actor.unitId, role: rel.unitAssignment.role };
  return { kind: 'proposer' };
}
