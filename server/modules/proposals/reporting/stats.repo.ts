// Aggregate queries of the proposal statistics: a handful of GROUP BY queries over the
// organisation's proposals (org_id leads every index), each returning groups, never rows.
// The filters mirror list.repo.ts exactly, so a bucket's count is the list's total when
// the list is opened with the bucket's query parameters.
import { sql } from 'kysely';
import type { Db } from '../../../db/tx.js';
import { refNames } from '../../orgs/index.js';
import {
  OPEN_HANDLING_STATES,
  type ProposalKind,
  type ProposalState,
  type ResultClass,
} from '../core/lifecycle.model.js';
import { countWhen, formalReplyExists, latestFeedback, owesFormalReply } from './aggregates.repo.js';

export interface StatsScope {
  orgId: number;
  termId?: number;
  sessionId?: number | 'interim';
  today: string;
}

export interface ShapeRow {
  state: ProposalState;
  kind: ProposalKind;
  category: string | null;
  result_class: ResultClass | null;
  lead_sector_id: number | null;
  lead_committee_id: number | null;
  n: number | string;
  overdue: number | string;
  /** t0, t1…: how many of the group carry each theme. */
  [theme: `t${number}`]: number | string;
}

/** The same pattern as the list's theme filter. */
export function themePattern(theme: string): string {
  return `%${JSON.stringify(theme).replace(/[%_\\]/g, '\\$&')}%`;
}

function proposals(db: Db, s: StatsScope) {
  let q = db.selectFrom('proposals as p').where('p.org_id', '=', s.orgId).where('p.state', '!=', 'draft');
  if (s.termId) q = q.where('p.term_id', '=', s.termId);
  if (s.sessionId === 'interim') q = q.where('p.session_id', 'is', null);
  else if (s.sessionId) q = q.where('p.session_id', '=', s.sessionId);
  return q;
}

export function createStatsRepo() {
  return {
    /**
     * One scan of the proposals, grouped by every plain column a breakdown needs; the few
     * hundred groups are then summed per breakdown. Theme counts and "overdue now" ride
     * along as conditional sums, so the whole shape of the set costs one query.
     */
    shape: (db: Db, s: StatsScope, themes: string[]) =>
      proposals(db, s)
        .select([
          'p.state',
          'p.kind',
          'p.category',
          'p.result_class',
          'p.lead_sector_id',
          'p.lead_committee_id',
          (eb) => eb.fn.countAll<number>().as('n'),
          countWhen(sql`p.state in (${sql.join([...OPEN_HANDLING_STATES])}) and p.reply_deadline < ${s.today}`).as(
            'overdue',
          ),
          ...themes.map((t, i) => countWhen(sql`p.themes like ${themePattern(t)}`).as(`t${i}`)),
        ])
        .groupBy(['p.state', 'p.kind', 'p.category', 'p.result_class', 'p.lead_sector_id', 'p.lead_committee_id'])
        .execute() as Promise<ShapeRow[]>,

    /** Names of the groups, from the organisations module (looked up per view: the figures are cached, names stay current). */
    names: refNames,

    /**
     * When the organisation's proposals last changed: every step of the workflow stamps the
     * proposal's updated_at (assignments, replies and ratings included), so equal stamps mean
     * equal figures. Answered from the (org_id, updated_at) index.
     */
    stamp: async (db: Db, orgId: number): Promise<string> =>
      String(
        (
          await db
            .selectFrom('proposals')
            .select((eb) => eb.fn.max('updated_at').as('u'))
            .where('org_id', '=', orgId)
            .executeTakeFirst()
        )?.u ?? '',
      ),

    /**
     * Per handling unit: proposals with a live assignment (as the list's unit filter) and
     * those it leads; and its formal assignments due a reply (deadline passed, or replied)
     * and those answered in time.
     */
    byUnit: (db: Db, s: StatsScope) => {
      // Names are looked up apart (names()): the figures are cached, the names always current.
      return proposals(db, s)
        .innerJoin('proposal_assignments as a', 'a.proposal_id', 'p.id')
        .where('a.status', '!=', 'cancelled')
        .select([
          'a.unit_id as id',
          sql<number>`count(distinct a.proposal_id)`.as('n'),
          sql<number>`count(distinct case when a.role = 'lead' then a.proposal_id end)`.as('lead'),
          countWhen(sql`${owesFormalReply} and (a.reply_deadline < ${s.today} or ${formalReplyExists(false)})`).as(
            'due',
          ),
          countWhen(sql`${owesFormalReply} and ${formalReplyExists(true)}`).as('on_time'),
        ])
        .groupBy('a.unit_id')
        .execute();
    },

    /** The proposer's latest rating of each proposal. */
    satisfaction: (db: Db, s: StatsScope) =>
      proposals(db, s)
        .innerJoin('proposal_feedback as f', 'f.proposal_id', 'p.id')
        .where(latestFeedback)
        .select(['f.attitude', 'f.result', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['f.attitude', 'f.result'])
        .execute(),
  };
}

export type StatsRepo = ReturnType<typeof createStatsRepo>;
