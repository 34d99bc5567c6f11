// Who may take the key-proposal and excellent-proposal steps. Each rule is split into
// "who" (a 403 when it fails) and "when" (a 409), so services report the right error and
// the UI's allowed actions (registered below) agree with what the services accept.
import { can, type Actor } from '../../../platform/access/actor.js';
import { conflict, forbidden } from '../../../platform/errors.js';
import { isOffice, registerActionRules, type Relation } from '../core/proposals.policy.js';
import type { ProposalRow } from '../core/proposals.repo.js';
import { canStep } from '../core/lifecycle.model.js';

type Check = (actor: Actor, p: ProposalRow, rel: Relation) => boolean;

const rule = (who: Check, when: Check) => ({ who, when });
const office: Check = (a, p) => isOffice(a, p);

export const keyPolicy = {
  nominateKey: rule(
    office,
    (_a, p) => canStep('markKey', p.state) && (p.key_status === null || p.key_status === 'declined'),
  ),
  cancelKeyNomination: rule(office, (_a, p) => p.key_status === 'nominated'),
  /** The chair's meeting decides; a leader entitled to approve, or the office, records it. */
  decideKey: rule(
    (a, p) => isOffice(a, p) || (can(a, 'proposals.approve_key') && a.orgId === p.org_id),
    (_a, p) => p.key_status === 'nominated',
  ),
  assignKeyLeader: rule(office, (_a, p) => p.key_status === 'approved'),
  /** Instructions, visits and meetings: the office or the leading leader, once approved. */
  recordKeyEvent: rule(
    (a, p, rel) => isOffice(a, p) || rel.isKeyLeader,
    (_a, p) => p.key_status === 'approved',
  ),
  markExcellent: rule(office, (_a, p) => canStep('markExcellent', p.state) && p.is_excellent === 0),
  unmarkExcellent: rule(office, (_a, p) => p.is_excellent === 1),
};

export type KeyAction = keyof typeof keyPolicy;

registerActionRules(
  Object.entries(keyPolicy).map(([action, rule]) => ({
    action,
    allowed: (actor: Actor, p: ProposalRow, rel: Relation) => rule.who(actor, p, rel) && rule.when(actor, p, rel),
  })),
);

/** A 403 when the actor may never take the step, a 409 when the proposal is not ready for it. */
export function authorizeStep(action: KeyAction, actor: Actor, p: ProposalRow, rel: Relation): void {
  const rule = keyPolicy[action];
  if (!rule.who(actor, p, rel)) throw forbidden();
  if (!rule.when(actor, p, rel)) {
    throw conflict('INVALID_STATE', undefined, {
      action,
      state: p.state,
      keyStatus: p.key_status,
      isExcellent: p.is_excellent === 1,
    });
  }
}
