// Who may see a proposal, how much of it, and the rules of the proposer's and the review's
// steps (each step: who may take it, in which state). The whole table of the lifecycle is
// composed in ../proposals.policy.ts; this file also gives the other sub-domains the checks
// their rules are made of.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, who, type Check, type Rule } from '../../../platform/access/rulebook.js';
import type { Db } from '../../../db/tx.js';
import { conflict, forbidden } from '../../../platform/errors.js';
import { canStep, TRANSITIONS, type Step } from './lifecycle.model.js';
import type { ProposalRepo, ProposalRow, ProposerRow, ReplyWaits, UnitAssignment } from './proposals.repo.js';

export interface Relation {
  /** The viewer's proposer row (lead, co-proposer, invited, credited by merge), if any. */
  proposer: { role: 'lead' | 'co' | 'merged'; status: 'invited' | 'accepted' | 'declined' | 'expired' } | null;
  isAuthor: boolean;
  /** The viewer's handling unit holds a (not cancelled) assignment of this proposal. */
  unitAssigned: boolean;
  /** That assignment (the live one when the unit also has a declined one), for the unit's steps. */
  unitAssignment: UnitAssignment | null;
  /** For a lead or split unit that has signed: what its formal reply still waits for (the organisation's rules). */
  replyWaits: ReplyWaits | null;
  /** The viewer is the leader leading this key proposal. */
  isKeyLeader: boolean;
}

export async function relationOf(db: Db, repo: ProposalRepo, actor: Actor, p: ProposalRow): Promise<Relation> {
  const [proposer, unit] = await Promise.all([
    actor.memberId ? repo.proposerRelation(db, p.id, actor.memberId) : Promise.resolve(undefined),
    unitSideOf(db, repo, actor, p),
  ]);
  return relationFrom(actor, p, proposer, unit.assignment, unit.replyWaits);
}

/** The viewer's unit's assignment of the proposal, and what its reply waits for. */
export async function unitSideOf(
  db: Db,
  repo: ProposalRepo,
  actor: Actor,
  p: Pick<ProposalRow, 'id' | 'org_id'>,
): Promise<{ assignment: UnitAssignment | undefined; replyWaits: ReplyWaits | null }> {
  const assignment = actor.unitId ? await repo.unitAssignment(db, p.id, actor.unitId) : undefined;
  const replyWaits = assignment ? await repo.replyWaits(db, p, actor.unitId!, assignment) : null;
  return { assignment, replyWaits };
}

/** The relation from rows already loaded: the viewer's proposer row and his unit's assignment, if any. */
export function relationFrom(
  actor: Actor,
  p: ProposalRow,
  proposer: Pick<ProposerRow, 'role' | 'status'> | undefined,
  unitAssignment: UnitAssignment | undefined,
  replyWaits: ReplyWaits | null = null,
): Relation {
  return {
    proposer: proposer ? { role: proposer.role, status: proposer.status } : null,
    isAuthor: p.author_user_id === actor.userId,
    unitAssigned: !!unitAssignment,
    unitAssignment: unitAssignment ?? null,
    replyWaits,
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

/** How much of the handling record a viewer sees: the office all of it, a unit its own work, a proposer the replies. */
export type Viewer =
  | { kind: 'office' }
  | { kind: 'unit'; unitId: number; role: NonNullable<Relation['unitAssignment']>['role'] }
  | { kind: 'proposer' };

export function viewerOf(actor: Actor, p: ProposalRow, rel: Relation): Viewer {
  const reader = can(actor, 'proposals.manage') || can(actor, 'proposals.read_all');
  if ((reader && actor.visibleOrgIds.includes(p.org_id)) || rel.isKeyLeader) return { kind: 'office' };
  if (rel.unitAssignment && actor.unitId) return { kind: 'unit', unitId: actor.unitId, role: rel.unitAssignment.role };
  return { kind: 'proposer' };
}

// The pieces every rule of the lifecycle is made of.
export type ProposalRule = Rule<ProposalRow, Relation>;
export type ProposalCheck = Check<ProposalRow, Relation>;

/** The proposal is in a state the step may start from (lifecycle.model.ts); else a 409 naming the state. */
export function inState(step: Step, message?: string): ProposalCheck {
  return {
    test: (_a, p) => canStep(step, p.state),
    fail: (_a, p) => conflict('INVALID_STATE', message, { step, state: p.state, allowedFrom: TRANSITIONS[step].from }),
  };
}

export const office: ProposalCheck = who((a, p) => isOffice(a, p));
/** Proposer-side steps are the drafter's (the member himself, or the office that entered it for him). */
export const drafter: ProposalCheck = who((_a, _p, rel) => rel.isAuthor);

export const CORE_RULES = {
  editDraft: { who: [drafter], when: [inState('editDraft')] },
  submit: { who: [drafter], when: [inState('submit')] },
  withdraw: { who: [drafter], when: [inState('withdraw')] },
  deleteDraft: { who: [drafter], when: [inState('deleteDraft', '只有草稿可以删除；已提交的提案可以撤回')] },
  respondInvitation: {
    // Never invited: not his to answer (403). Invited once, but answered or lapsed: a state conflict (409).
    who: [
      who(
        (a, _p, rel) => !!a.memberId && !!rel.proposer && rel.proposer.role !== 'lead',
        'NOT_INVITED',
        '您不在此提案的联名邀请之列',
      ),
    ],
    when: [
      {
        test: (_a, _p, rel) => rel.proposer?.status === 'invited',
        fail: () => conflict('NO_OPEN_INVITATION', '没有待答复的联名邀请'),
      },
      inState('respondInvitation', '提案已进入审查，邀请已失效'),
    ],
  },
  accept: { who: [office], when: [inState('accept')] },
  reject: { who: [office], when: [inState('reject')] },
  convert: { who: [office], when: [inState('convert')] },
  return: { who: [office], when: [inState('return')] },
  mergeInto: { who: [office], when: [inState('mergeInto')] },
  // The proposals merged into another: part of the merge, offered on the main proposal only.
  mergeAway: { who: [office], when: [inState('mergeAway')], offered: false },
  // A part of editing a draft (the proposer picker), not a button of its own.
  changeLead: {
    who: [who((a) => can(a, 'proposals.manage'), 'LEAD_FIXED', '只有政协机关代为录入的提案可以更换提案人')],
    when: [inState('changeLead', '提案提交后不能更换提案人')],
    offered: false,
  },
} satisfies Record<string, ProposalRule>;

/** What the actor may do with proposals as a whole (no particular proposal): a 403 otherwise. */
export const coreAccess = abilities({
  /** Members draft their own; the office enters proposals on members' behalf. */
  draft: (a) => can(a, 'proposals.draft') || can(a, 'proposals.manage'),
  /** The office's own work over many proposals: batch review, merging, settings. */
  review: (a) => can(a, 'proposals.manage'),
  /** A member's own co-proposer invitations. */
  invitations: (a) => !!a.memberId,
  list: (a) =>
    can(a, 'proposals.manage') ||
    can(a, 'proposals.read_all') ||
    can(a, 'proposals.draft') ||
    (can(a, 'proposals.handle') && !!a.unitId),
});

/** A collective proposal is entered by the office, in a group's name. */
export function requireCollectiveDrafter(actor: Actor): void {
  if (!can(actor, 'proposals.manage')) throw forbidden('COLLECTIVE_BY_OFFICE', '集体提案由政协机关以集体名义录入');
}

/** The member a new proposal is drafted for: the member himself, or the one the office names. */
export function draftingFor(actor: Actor, leadMemberId: number | undefined): number {
  const id = can(actor, 'proposals.manage') && leadMemberId ? leadMemberId : actor.memberId;
  if (!id) throw forbidden('NOT_A_MEMBER', '只有委员本人或机关代为录入时才能起草提案');
  return id;
}
