// The proposal lifecycle as data: every state, and for every workflow step the states it
// may start from and the state it leads to. The policy (../proposals.policy.ts) checks a
// step's start state with the rest of its rule; services call `nextState(step, current)` for
// the state it leads to. A step that is not allowed from the current state is a 409, never
// a silent no-op.
import { conflict } from '../../../platform/errors.js';

// The states and other enumerated values are the columns' value domains, declared with the
// table types (server/db/tables/proposals.ts); they are re-exported here beside the steps.
export {
  ASSIGNMENT_STATUSES,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  RESULT_CLASSES,
  type AssignmentStatus,
  type ProposalKind,
  type ProposalState,
  type ResultClass,
} from '../../../db/tables/proposals.js';
import type { ProposalState } from '../../../db/tables/proposals.js';

export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  editDraft: { from: ['draft', 'returned'], to: null },
  // Only a draft's office-entered proposer may be replaced; once submitted the proposal is his.
  changeLead: { from: ['draft'], to: null },
  // The row is deleted: once submitted a proposal is part of the record and can only be withdrawn.
  deleteDraft: { from: ['draft'], to: null },
  // Co-proposers answer until review starts; the invitations still open then lapse.
  respondInvitation: { from: ['draft', 'submitted', 'returned'], to: null },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn' },
  accept: { from: ['submitted'], to: 'accepted' },
  reject: { from: ['submitted'], to: 'rejected' },
  convert: { from: ['submitted'], to: 'converted' },
  return: { from: ['submitted'], to: 'returned' },
  mergeAway: { from: ['submitted', 'accepted'], to: 'merged' },
  mergeInto: { from: ['submitted', 'accepted'], to: null },
  assign: { from: ['accepted'], to: 'assigned' },
  // Handling starts once a unit that answers for the proposal (lead or split) has signed; co units never hold it back.
  startHandling: { from: ['assigned'], to: 'handling' },
  leadDeclined: { from: ['assigned', 'handling'], to: 'accepted' },
  allReplied: { from: ['handling'], to: 'replied' },
  sendBackReply: { from: ['replied'], to: 'handling' },
  rateAndClose: { from: ['replied'], to: 'closed' },
  rateAndRehandle: { from: ['replied'], to: 'handling' },
  close: { from: ['replied'], to: 'closed' },
  // Handling steps that keep the proposal's state; startHandling / allReplied follow the units' steps.
  // A co (or another split) unit may still sign or decline after handling has started.
  sign: { from: ['assigned', 'handling'], to: null },
  declineAssignment: { from: ['assigned', 'handling'], to: null },
  replaceCoUnit: { from: ['assigned', 'handling'], to: null },
  applyExtension: { from: ['assigned', 'handling'], to: null },
  decideExtension: { from: ['assigned', 'handling'], to: null },
  urge: { from: ['assigned', 'handling'], to: null },
  contact: { from: ['assigned', 'handling'], to: null },
  coOpinion: { from: ['assigned', 'handling'], to: null },
  reply: { from: ['handling'], to: null },
  rate: { from: ['replied'], to: null },
  // A unit reads the proposers' phone numbers while the proposal is in its hands (until closed).
  revealPhones: { from: ['assigned', 'handling', 'replied'], to: null },
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
