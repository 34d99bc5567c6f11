// The proposal lifecycle as data: every state, and for every workflow step the states it
// may start from and the state it leads to. Services call `nextState(step, current)`; a
// step that is not allowed from the current state is a 409, never a silent no-op.
import { conflict } from '../../../platform/errors.js';

export const PROPOSAL_STATES = [
  'draft', // being written by the proposer
  'submitted', // waiting for review (the proposer may still withdraw)
  'returned', // sent back to the proposer for revision
  'withdrawn',
  'rejected', // 不予立案
  'converted', // 转社情民意
  'merged', // 并案: went into another proposal
  'accepted', // 立案, numbered; waiting for assignment (again, after a lead unit declined)
  'assigned', // 交办: waiting for the units to sign for it
  'handling', // signed for; units are working on it (also re-handling after an unsatisfied rating)
  'replied', // the formal reply is in; waiting for the proposer's feedback
  'closed',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_KINDS = ['individual', 'joint', 'collective'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const ASSIGNMENT_STATUSES = ['pending_sign', 'signed', 'declined', 'replied', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const RESULT_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type ResultClass = (typeof RESULT_CLASSES)[number];

export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  editDraft: { from: ['draft', 'returned'], to: null },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn' },
  accept: { from: ['submitted'], to: 'accepted' },
  reject: { from: ['submitted'], to: 'rejected' },
  convert: { from: ['submitted'], to: 'converted' },
  return: { from: ['submitted'], to: 'returned' },
  mergeAway: { from: ['submitted', 'accepted'], to: 'merged' },
  mergeInto: { from: ['submitted', 'accepted'], to: null },
  assign: { from: ['accepted'], to: 'assigned' },
  allSigned: { from: ['assigned'], to: 'handling' },
  leadDeclined: { from: ['assigned', 'handling'], to: 'accepted' },
  allReplied: { from: ['handling'], to: 'replied' },
  sendBackReply: { from: ['replied'], to: 'handling' },
  rateAndClose: { from: ['replied'], to: 'closed' },
  rateAndRehandle: { from: ['replied'], to: 'handling' },
  close: { from: ['replied'], to: 'closed' },
  // Handling steps that keep the proposal's state; allSigned / allReplied follow when the last unit is done.
  sign: { from: ['assigned'], to: null },
  declineAssignment: { from: ['assigned'], to: null },
  applyExtension: { from: ['assigned', 'handling'], to: null },
  decideExtension: { from: ['assigned', 'handling'], to: null },
  urge: { from: ['assigned', 'handling'], to: null },
  contact: { from: ['assigned', 'handling'], to: null },
  coOpinion: { from: ['assigned', 'handling'], to: null },
  reply: { from: ['handling'], to: null },
  rate: { from: ['replied'], to: null },
  markKey: { from: ['submitted', 'accepted', 'assigned', 'handling', 'replied'], to: null },
  markExcellent: { from: ['replied', 'closed'], to: null },
} as const satisfies Record<string, { from: readonly ProposalState[]; to: ProposalState | null }>;

export type Step = keyof typeof TRANSITIONS;

export function canStep(step: Step, state: ProposalState): boolean {
  return (TRANSITIONS[step].from as readonly ProposalState[]).includes(state);
}

/** The state after `step`, or a 409 naming the current state when the step is not allowed now. */
export function nextState(step: Step, state: ProposalState): ProposalState {
  if (!canStep(step, state)) {
    throw conflict('INVALID_STATE', undefined, { step, state, allowedFrom: TRANSITIONS[step].from });
  }
  return TRANSITIONS[step].to ?? state;
}

/** States in which a proposal is still in handling: counted for overdue and urging. */
export const OPEN_HANDLING_STATES: readonly ProposalState[] = ['assigned', 'handling'];
/** States after acceptance: the proposal carries a number. */
export const NUMBERED_STATES: readonly ProposalState[] = ['accepted', 'assigned', 'handling', 'replied', 'closed'];
