// The rules of the follow-up, built once for each sub-domain that routes items to units: who
// takes each step (its unit answers; the office edits, urges, sends back, settles, closes) and
// in which state (FOLLOW_UP_STEPS). A sub-domain gives its own checks of who (its records have
// their own scope) and its own error codes and words, and names the steps for its routes.
import { conflict } from '../../../platform/errors.js';
import type { Check, Rule } from '../../../platform/access/rulebook.js';
import { FOLLOW_UP_STEPS, type FollowUpStatus, type FollowUpStep } from './follow-up.model.js';

export interface FollowUpSubject {
  status: FollowUpStatus;
}

export interface FollowUpWords {
  /** A 409 when the step's state is wrong: waiting for an answer, answered, still unsettled. */
  notAwaiting: [code: string, message: string];
  notAnswered: [code: string, message: string];
  settled: [code: string, message: string];
}

export function followUpRules<S extends FollowUpSubject, R>(
  checks: { sees: Check<S, R>; office: Check<S, R>; unit: Check<S, R> },
  words: FollowUpWords,
): Record<FollowUpStep, Rule<S, R>> {
  const inState = (step: FollowUpStep, [code, message]: [string, string]): Check<S, R> => ({
    test: (_a, s) => (FOLLOW_UP_STEPS[step] ?? []).includes(s.status as never),
    fail: (_a, s) => conflict(code, message, { state: s.status }),
  });
  const { sees, office, unit } = checks;
  return {
    view: { who: [sees], when: [], offered: false },
    answer: { who: [unit], when: [inState('answer', words.notAwaiting)] },
    edit: { who: [office], when: [inState('edit', words.notAwaiting)] },
    urge: { who: [office], when: [inState('urge', words.notAwaiting)] },
    sendBack: { who: [office], when: [inState('sendBack', words.notAnswered)] },
    complete: { who: [office], when: [inState('complete', words.notAnswered)] },
    close: { who: [office], when: [inState('close', words.settled)] },
  };
}
