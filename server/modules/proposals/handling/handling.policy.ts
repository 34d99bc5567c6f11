// The rules of the handling steps (who may take each, in which state of the proposal and of
// the unit's assignment), the rules of a reply's commitments, and who may read the handling
// lists. How much of one proposal's handling each viewer sees is core's `viewerOf`.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, rulebook, who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import type { AssignmentStatus } from '../core/lifecycle.model.js';
import {
  inState,
  isOffice,
  office,
  type ProposalCheck,
  type ProposalRule,
  type Relation,
} from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import type { CommitmentRow } from './handling.repo.js';

type UnitRole = NonNullable<Relation['unitAssignment']>['role'];

/** Feedback comes from the drafter or the lead member. */
export function isLeadProposer(rel: Relation): boolean {
  return rel.isAuthor || (rel.proposer?.role === 'lead' && rel.proposer.status === 'accepted');
}

/** A user of a unit that holds an assignment of the proposal. */
const assignedUnit: ProposalCheck = who(
  (a, _p, rel) => can(a, 'proposals.handle') && !!rel.unitAssignment,
  'NOT_ASSIGNED_UNIT',
);
/** The step is part of the unit's role (lead, co-handling or split). */
const unitRole = (roles: UnitRole[]): ProposalCheck =>
  who((_a, _p, rel) => roles.includes(rel.unitAssignment!.role), 'ASSIGNMENT_ROLE');
/** The unit's assignment is in one of these statuses: otherwise the step is out of order (409). */
const assignmentIn = (statuses: AssignmentStatus[]): ProposalCheck => ({
  test: (_a, _p, rel) => statuses.includes(rel.unitAssignment!.status),
  fail: (_a, _p, rel) =>
    conflict('INVALID_STATE', undefined, { assignmentStatus: rel.unitAssignment!.status, allowedFrom: statuses }),
});

/** An assignment the office acts on (urging it, deciding its extension) must still be open: else a 409. */
export function requireOpenAssignment(a: { status: AssignmentStatus }): void {
  const open: AssignmentStatus[] = ['pending_sign', 'signed'];
  if (!open.includes(a.status))
    throw conflict('INVALID_STATE', undefined, { assignmentStatus: a.status, allowedFrom: open });
}

/**
 * The organisation's rules on what comes before a formal reply (settings: contactBeforeReply,
 * coOpinionsBeforeReply), as loaded into the relation for a signed lead or split unit.
 */
const contactRecorded: ProposalCheck = {
  test: (_a, _p, rel) => !rel.replyWaits?.contact,
  fail: () => conflict('CONTACT_REQUIRED', '答复前须与提案人沟通：请先记录与提案人的联系（走访、电话或座谈）'),
};
const coOpinionsIn: ProposalCheck = {
  test: (_a, _p, rel) => !rel.replyWaits?.coUnits.length,
  fail: (_a, _p, rel) =>
    conflict('CO_OPINIONS_AWAITED', `答复须待会办单位提出会办意见：${rel.replyWaits!.coUnits.join('、')}`, {
      units: rel.replyWaits!.coUnits,
    }),
};

export const HANDLING_RULES = {
  assign: { who: [office], when: [inState('assign')] },
  urge: { who: [office], when: [inState('urge')] },
  sendBackReply: { who: [office], when: [inState('sendBackReply')] },
  close: { who: [office], when: [inState('close')] },
  sign: { who: [assignedUnit], when: [inState('sign'), assignmentIn(['pending_sign'])] },
  declineAssignment: { who: [assignedUnit], when: [inState('declineAssignment'), assignmentIn(['pending_sign'])] },
  // Co units follow the lead unit's deadline.
  applyExtension: {
    who: [assignedUnit, unitRole(['lead', 'split'])],
    when: [inState('applyExtension'), assignmentIn(['pending_sign', 'signed'])],
  },
  contact: { who: [assignedUnit], when: [inState('contact'), assignmentIn(['signed', 'replied'])] },
  coOpinion: { who: [assignedUnit, unitRole(['co'])], when: [inState('coOpinion'), assignmentIn(['signed'])] },
  // A lead or split unit replies once it has signed, whatever its co units have done, unless the
  // organisation requires a recorded contact or the co units' opinions first.
  reply: {
    who: [assignedUnit, unitRole(['lead', 'split'])],
    when: [inState('reply'), assignmentIn(['signed']), contactRecorded, coOpinionsIn],
  },
  // The proposers' phone numbers, while the unit's assignment is open (each reveal audited).
  revealPhones: {
    who: [assignedUnit],
    when: [inState('revealPhones'), assignmentIn(['pending_sign', 'signed', 'replied'])],
  },
  rate: {
    who: [who((_a, _p, rel) => isLeadProposer(rel))],
    when: [
      inState('rate'),
      // The feedback row names a member: a collective proposal has none, and the office closes it instead.
      { test: (a, p) => p.lead_member_id !== null || a.memberId !== null, fail: () => conflict('FEEDBACK_NO_MEMBER') },
    ],
  },
  // Offered on the extension request itself (the handling view), not with the proposal.
  decideExtension: { who: [office], when: [inState('decideExtension')], offered: false },
  // Offered on an open co unit's assignment (the handling view): one that does not sign, or does not work, is replaced.
  replaceCoUnit: { who: [office], when: [inState('replaceCoUnit')], offered: false },
} satisfies Record<string, ProposalRule>;

/** A reply's commitment: its unit reports progress, the office may stop following it; both only while open. */
export interface CommitmentSubject {
  p: Pick<ProposalRow, 'org_id'>;
  c: Pick<CommitmentRow, 'unit_id' | 'status'>;
}
const open = {
  test: (_a: Actor, s: CommitmentSubject) => s.c.status === 'open',
  fail: (_a: Actor, s: CommitmentSubject) => conflict('INVALID_STATE', undefined, { commitmentStatus: s.c.status }),
};
export const commitmentRules = rulebook<CommitmentSubject, Relation, 'progress' | 'drop'>({
  progress: { who: [who((a, s) => can(a, 'proposals.handle') && a.unitId === s.c.unit_id)], when: [open] },
  drop: { who: [who((a, s) => isOffice(a, s.p))], when: [open] },
});

const reader = (a: Actor) => can(a, 'proposals.manage') || can(a, 'proposals.read_all');
const unitUser = (a: Actor) => can(a, 'proposals.handle') && !!a.unitId;

export const handlingAccess = abilities({
  /** A unit's inbox of assignments. */
  inbox: unitUser,
  /** The office's overdue-and-urging board (leaders read it too). */
  handlingBoard: reader,
  /** Commitments: the office and leaders see their organisation's, a unit its own. */
  listCommitments: (a) => reader(a) || unitUser(a),
});
