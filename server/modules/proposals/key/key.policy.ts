// The rules of the key-proposal and excellent-proposal steps (who may take each, and when),
// and who may read the key-proposal board and the leaders who may lead one.
import { can, type Actor } from '../../../platform/access/actor.js';
import { abilities, who } from '../../../platform/access/rulebook.js';
import { conflict } from '../../../platform/errors.js';
import { canStep } from '../core/lifecycle.model.js';
import { isOffice, office, type ProposalCheck, type ProposalRule } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';

/** A 409 naming the proposal's key and excellent status when the proposal is not ready for the step. */
const ready = (step: string, test: (p: ProposalRow) => boolean): ProposalCheck => ({
  test: (_a, p) => test(p),
  fail: (_a, p) =>
    conflict('INVALID_STATE', undefined, {
      action: step,
      state: p.state,
      keyStatus: p.key_status,
      isExcellent: p.is_excellent === 1,
    }),
});

/**
 * The committee's own leadership (chair, vice-chairs) of the proposal's organisation. A party
 * or government leader who leads key proposals is not: he takes no part in its decisions.
 */
export function isCommitteeLeader(a: Actor, p: Pick<ProposalRow, 'org_id'>): boolean {
  return can(a, 'proposals.approve_key') && a.orgId === p.org_id;
}

export const KEY_RULES = {
  nominateKey: {
    who: [office],
    when: [
      ready(
        'nominateKey',
        (p) => canStep('markKey', p.state) && (p.key_status === null || p.key_status === 'declined'),
      ),
    ],
  },
  cancelKeyNomination: { who: [office], when: [ready('cancelKeyNomination', (p) => p.key_status === 'nominated')] },
  /** The chair's meeting decides; the committee's leadership, or the office, records it. */
  decideKey: {
    who: [who((a, p) => isOffice(a, p) || isCommitteeLeader(a, p))],
    when: [ready('decideKey', (p) => p.key_status === 'nominated')],
  },
  assignKeyLeader: { who: [office], when: [ready('assignKeyLeader', (p) => p.key_status === 'approved')] },
  /** Instructions, visits and meetings: the office, the leading leader or the committee's leadership, once approved. */
  recordKeyEvent: {
    who: [who((a, p, rel) => isOffice(a, p) || rel.isKeyLeader || isCommitteeLeader(a, p))],
    when: [ready('recordKeyEvent', (p) => p.key_status === 'approved')],
  },
  markExcellent: {
    who: [office],
    when: [ready('markExcellent', (p) => canStep('markExcellent', p.state) && p.is_excellent === 0)],
  },
  unmarkExcellent: { who: [office], when: [ready('unmarkExcellent', (p) => p.is_excellent === 1)] },
} satisfies Record<string, ProposalRule>;

const readsAll = (a: Actor) => can(a, 'proposals.manage') || can(a, 'proposals.read_all');

export const keyAccess = abilities({
  /** Every key proposal of the organisation: the office, the committee's leadership, and the leaders who lead them. */
  keyBoard: (a) => readsAll(a) || can(a, 'proposals.lead'),
  /** The key proposals one leads: any leader who leads key proposals, and those who read them all. */
  ownKeyBoard: (a) => readsAll(a) || can(a, 'proposals.lead'),
  /** Leaders who may be asked to lead a key proposal: the office picks one. */
  keyLeaders: (a) => can(a, 'proposals.manage'),
});
