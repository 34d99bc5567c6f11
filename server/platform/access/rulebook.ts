// Rules as data (Outline's allow/authorize/presentPolicies): for each step of a record's
// lifecycle, who may take it and when. A failed "who" check is a 403, a failed "when"
// check a 409, so a caller learns whether to give up or to wait. The same table enforces
// the step (`authorize`) and tells the UI which steps to offer (`allowed`): the buttons a
// user sees are the requests the server accepts.
import type { AppError } from '../errors.js';
import { forbidden } from '../errors.js';
import type { Actor } from './actor.js';

/** One condition of a rule and the error its failure is answered with. */
export interface Check<S, R> {
  test(actor: Actor, subject: S, rel: R): boolean;
  fail(actor: Actor, subject: S, rel: R): AppError;
}

export interface Rule<S, R> {
  /** Who may take the step, checked first: each failure is a 403. */
  who: Check<S, R>[];
  /** In which state of the record, checked second: each failure is a 409. */
  when: Check<S, R>[];
  /**
   * Offered with the record among its allowed actions (the default). A step the UI offers
   * on a part of the record instead (an extension request, a reply) says false.
   */
  offered?: boolean;
}

/** A "who" check: false is a 403 with this code (and message, when the code alone says too little). */
export function who<S, R>(test: Check<S, R>['test'], code = 'FORBIDDEN', message?: string): Check<S, R> {
  return { test, fail: () => forbidden(code, message) };
}

export interface Rulebook<S, R, A extends string> {
  /** Every step the table knows, in the table's order. */
  readonly steps: readonly A[];
  /** Throws the first failing check's error (403 for who, 409 for when). */
  authorize(actor: Actor, step: A, subject: S, rel: R): void;
  /** Whether the actor may take the step now. */
  allows(actor: Actor, step: A, subject: S, rel: R): boolean;
  /** The offered steps the actor may take now, in the table's order. */
  allowed(actor: Actor, subject: S, rel: R): A[];
}

export function rulebook<S, R, A extends string>(rules: Record<A, Rule<S, R>>): Rulebook<S, R, A> {
  const steps = Object.keys(rules) as A[];
  const offered = steps.filter((s) => rules[s].offered !== false);
  const passes = (actor: Actor, step: A, subject: S, rel: R) => {
    const r = rules[step];
    return r.who.every((c) => c.test(actor, subject, rel)) && r.when.every((c) => c.test(actor, subject, rel));
  };
  return {
    steps,
    authorize(actor, step, subject, rel) {
      const r = rules[step];
      for (const c of [...r.who, ...r.when]) if (!c.test(actor, subject, rel)) throw c.fail(actor, subject, rel);
    },
    allows: passes,
    allowed: (actor, subject, rel) => offered.filter((s) => passes(actor, s, subject, rel)),
  };
}

export interface Abilities<A extends string> {
  readonly names: readonly A[];
  has(actor: Actor, ability: A): boolean;
  /** A 403 unless the actor has the ability. */
  require(actor: Actor, ability: A): void;
}

/** What an actor may do with a kind of record as a whole (list, board, batch): rules without a record. */
export function abilities<A extends string>(table: Record<A, (actor: Actor) => boolean>): Abilities<A> {
  return {
    names: Object.keys(table) as A[],
    has: (actor, ability) => table[ability](actor),
    require(actor, ability) {
      if (!table[ability](actor)) throw forbidden();
    },
  };
}
