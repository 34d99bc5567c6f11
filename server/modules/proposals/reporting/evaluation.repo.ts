// Aggregate queries behind the handling-unit evaluation: one grouped query per figure
// family, each over the assignments a unit received in the year (China time), so the
// cost does not grow with the number of units. Works unchanged on both engines.
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { unitsOf } from '../../orgs/index.js';
import {
  countWhen,
  DEADLINE_END_SUFFIX,
  formalReplyExists,
  latestFeedback,
  owesFormalReply,
} from './aggregates.repo.js';

export interface EvaluationScope {
  orgId: number;
  unitIds: number[];
  /** UTC bounds of the year in China time. */
  from: string;
  to: string;
  /** Today in China time (YYYY-MM-DD): deadlines before it have passed. */
  today: string;
}

const FORMAL = ['lead', 'split'] as const;

/** The unit's assignments of the year that count: not cancelled by the office. */
function yearAssignments(db: Db, s: EvaluationScope) {
  return db
    .selectFrom('proposal_assignments as a')
    .where('a.unit_id', 'in', s.unitIds)
    .where('a.org_id', '=', s.orgId)
    .where('a.status', '!=', 'cancelled')
    .where('a.created_at', '>=', s.from)
    .where('a.created_at', '<', s.to);
}

export function createEvaluationRepo() {
  return {
    /** The organisation's handling units, from the organisations module. */
    units: unitsOf,

    /** Sign-for, reply timeliness and overdue counts per unit. */
    assignmentFigures(db: Db, s: EvaluationScope) {
      const counted = sql<boolean>`a.status <> 'declined'`;
      return yearAssignments(db, s)
        .select([
          'a.unit_id',
          (eb) => eb.fn.countAll<number>().as('assigned'),
          countWhen(sql`a.status = 'declined'`).as('declined'),
          countWhen(sql`${counted} and (a.signed_at is not null or a.sign_deadline < ${s.today})`).as('sign_due'),
          countWhen(
            sql`${counted} and a.signed_at is not null and a.signed_at < (a.sign_deadline || ${DEADLINE_END_SUFFIX})`,
          ).as('signed_on_time'),
          countWhen(sql`${owesFormalReply} and (a.reply_deadline < ${s.today} or ${formalReplyExists(false)})`).as(
            'reply_due',
          ),
          countWhen(sql`${owesFormalReply} and ${formalReplyExists(true)}`).as('replied_on_time'),
          countWhen(
            sql`${owesFormalReply} and a.status in ('pending_sign', 'signed') and a.reply_deadline < ${s.today}`,
          ).as('overdue'),
        ])
        .groupBy('a.unit_id')
        .execute();
    },

    /** Result classes of each assignment's current formal reply (a later round replaces an earlier one). */
    resultClasses: (db: Db, s: EvaluationScope) =>
      db
        .selectFrom('proposal_replies as r')
        .innerJoin('proposal_assignments as a', 'a.id', 'r.assignment_id')
        .select(['r.unit_id', 'r.result_class', (eb) => eb.fn.countAll<number>().as('n')])
        .where('r.unit_id', 'in', s.unitIds)
        .where('r.kind', '=', 'reply')
        .where('r.status', '=', 'submitted')
        .where('a.org_id', '=', s.orgId)
        .where('a.status', '!=', 'cancelled')
        .where('a.created_at', '>=', s.from)
        .where('a.created_at', '<', s.to)
        .where(
          sql<boolean>`not exists (select 1 from proposal_replies later
          where later.proposal_id = r.proposal_id and later.assignment_id = r.assignment_id
            and later.kind = 'reply' and later.status = 'submitted' and later.id > r.id)`,
        )
        .groupBy(['r.unit_id', 'r.result_class'])
        .execute(),

    /** The proposer's latest rating of each proposal a unit formally answered. */
    satisfaction(db: Db, s: EvaluationScope) {
      const pairs = yearAssignments(db, s)
        .where('a.role', 'in', FORMAL)
        .where('a.status', '!=', 'declined')
        .select(['a.unit_id', 'a.proposal_id'])
        .distinct();
      return db
        .selectFrom(pairs.as('ua'))
        .innerJoin('proposal_feedback as f', 'f.proposal_id', 'ua.proposal_id')
        .where(latestFeedback)
        .select([
          'ua.unit_id',
          (eb) => eb.fn.countAll<number>().as('rated'),
          countWhen(sql`f.attitude = 'satisfied'`).as('attitude_satisfied'),
          countWhen(sql`f.attitude = 'basic'`).as('attitude_basic'),
          countWhen(sql`f.result = 'satisfied'`).as('result_satisfied'),
          countWhen(sql`f.result = 'basic'`).as('result_basic'),
        ])
        .groupBy('ua.unit_id')
        .execute();
    },

    /** Commitments made in replies to the year's assignments, and those still open past their date. */
    commitments: (db: Db, s: EvaluationScope) =>
      db
        .selectFrom('proposal_commitments as c')
        .innerJoin('proposal_replies as r', 'r.id', 'c.reply_id')
        .innerJoin('proposal_assignments as a', 'a.id', 'r.assignment_id')
        .select([
          'c.unit_id',
          (eb) => eb.fn.countAll<number>().as('total'),
          countWhen(sql`c.status = 'done'`).as('done'),
          countWhen(sql`c.status = 'open' and c.due_date < ${s.today}`).as('unfulfilled'),
        ])
        .where('c.unit_id', 'in', s.unitIds)
        .where('c.status', '!=', 'dropped')
        .where('a.org_id', '=', s.orgId)
        .where('a.created_at', '>=', s.from)
        .where('a.created_at', '<', s.to)
        .groupBy('c.unit_id')
        .execute(),

    scores: (db: Db, orgId: number, year: number) =>
      db
        .selectFrom('unit_evaluation_scores')
        .select(['unit_id', 'score', 'source', 'updated_at'])
        .where('org_id', '=', orgId)
        .where('year', '=', year)
        .execute(),

    async saveScore(
      db: Db,
      row: { orgId: number; unitId: number; year: number; score: number; source: string; at: string },
    ) {
      await db
        .insertInto('unit_evaluation_scores')
        .values({
          org_id: row.orgId,
          unit_id: row.unitId,
          year: row.year,
          score: row.score,
          source: row.source,
          updated_at: row.at,
        })
        .onConflict((oc) =>
          oc.columns(['unit_id', 'year']).doUpdateSet({ score: row.score, source: row.source, updated_at: row.at }),
        )
        .execute();
    },
  };
}

export type EvaluationRepo = ReturnType<typeof createEvaluationRepo>;
