// The proposal list and search: one query builder for every filter, scoped to what the
// viewer may see. Every filter column is indexed together with org_id (see the migrations);
// full-text search goes through the FTS index of the engine, scoped to the organisation.
import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Db } from '../../../db/tx.js';
import { engineOf } from '../../../db/dialect.js';
import { countMatches, matchCondition, probeCondition } from '../../../platform/search/fulltext.js';
import { PROPOSAL_FTS } from './search.service.js';
import type { ListQuery } from './proposals.schema.js';
import { OPEN_HANDLING_STATES } from './lifecycle.model.js';
import type { ProposalsTable } from '../../../db/tables/proposals.js';

/** Whose proposals the viewer may list. */
export type ListScope =
  | { kind: 'org'; orgId: number; authorUserId?: number }
  /** `orgId`: the member's (or unit's) own organisation, where all his proposals are: it scopes the search. */
  | { kind: 'proposer'; memberId: number | null; userId: number; orgId: number }
  | { kind: 'unit'; unitId: number; orgId: number };

type PDB = DB & { p: ProposalsTable };
type Q = SelectQueryBuilder<PDB, 'p', object>;

function applyScope(q: Q, scope: ListScope): Q {
  if (scope.kind === 'org') {
    // What the office entered itself includes its drafts; nobody else's draft is listed.
    if (scope.authorUserId)
      return q.where('p.org_id', '=', scope.orgId).where('p.author_user_id', '=', scope.authorUserId);
    return q.where('p.org_id', '=', scope.orgId).where('p.state', '!=', 'draft');
  }
  if (scope.kind === 'unit') {
    return q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('proposal_assignments as a')
          .select('a.id')
          .whereRef('a.proposal_id', '=', 'p.id')
          .where('a.unit_id', '=', scope.unitId)
          .where('a.status', '!=', 'cancelled'),
      ),
    );
  }
  // His own drafts and what he proposes or is invited to, as one set of ids found through two
  // indexes: "author = ? OR EXISTS (…)" made both engines test every proposal of the province
  // (80 ms a page at 200 000); the union costs a fraction of a millisecond.
  const { userId, memberId } = scope;
  return q.where('p.id', 'in', (eb) => {
    const own = eb.selectFrom('proposals as o').select('o.id').where('o.author_user_id', '=', userId);
    if (!memberId) return own;
    return own.union(
      eb
        .selectFrom('proposal_proposers as pp')
        .select('pp.proposal_id as id')
        .where('pp.member_id', '=', memberId)
        .where('pp.status', 'in', ['accepted', 'invited']),
    );
  });
}

/** Filters that narrow a list beyond its scope and the search words. */
const NARROWING = [
  'termId',
  'sessionId',
  'state',
  'category',
  'theme',
  'sectorId',
  'committeeId',
  'unitId',
  'kind',
  'isKey',
  'isExcellent',
  'resultClass',
  'overdue',
  'ids',
] as const;

/**
 * Whether to walk the list and probe rather than fetch every match: fetching costs about 8 µs
 * a match on PostgreSQL, a probe about 3 µs, and a page needs about (page end) x
 * (proposals / matches) probes: walking pays for a common word (500 matches and more) and
 * the first pages of its list.
 */
const probeCommonWords = (matches: number, pageEnd: number) => matches >= 500 && pageEnd * 10 <= matches;

function applyFilters(db: Db, q: Q, f: ListQuery, today: string, searchScope: number, probe = false): Q {
  let out = q;
  if (f.termId) out = out.where('p.term_id', '=', f.termId);
  if (f.sessionId === 'interim') out = out.where('p.session_id', 'is', null);
  else if (f.sessionId) out = out.where('p.session_id', '=', f.sessionId);
  if (f.state?.length) out = out.where('p.state', 'in', f.state);
  if (f.category) out = out.where('p.category', '=', f.category);
  if (f.theme) out = out.where('p.themes', 'like', `%${JSON.stringify(f.theme).replace(/[%_\\]/g, '\\$&')}%`);
  if (f.sectorId) out = out.where('p.lead_sector_id', '=', f.sectorId);
  if (f.committeeId) out = out.where('p.lead_committee_id', '=', f.committeeId);
  if (f.kind) out = out.where('p.kind', '=', f.kind);
  if (f.isKey !== undefined) out = out.where('p.is_key', '=', f.isKey ? 1 : 0);
  if (f.isExcellent !== undefined) out = out.where('p.is_excellent', '=', f.isExcellent ? 1 : 0);
  if (f.resultClass) out = out.where('p.result_class', '=', f.resultClass);
  if (f.ids?.length) out = out.where('p.id', 'in', f.ids);
  if (f.unitId) {
    const unitId = f.unitId;
    out = out.where((eb: ExpressionBuilder<PDB, 'p'>) =>
      eb.exists(
        eb
          .selectFrom('proposal_assignments as a')
          .select('a.id')
          .whereRef('a.proposal_id', '=', 'p.id')
          .where('a.unit_id', '=', unitId)
          .where('a.status', '!=', 'cancelled'),
      ),
    );
  }
  if (f.overdue !== undefined) {
    const open = [...OPEN_HANDLING_STATES];
    out = f.overdue
      ? out.where('p.state', 'in', open).where('p.reply_deadline', '<', today)
      : out.where((eb) =>
          eb.or([
            eb('p.state', 'not in', open),
            eb('p.reply_deadline', '>=', today),
            eb('p.reply_deadline', 'is', null),
          ]),
        );
  }
  if (f.q) {
    const match = (probe ? probeCondition : matchCondition)(db, PROPOSAL_FTS, 'p.id', f.q, searchScope);
    // A query with no searchable word (only punctuation) matches nothing rather than everything.
    out = match ? out.where(match) : out.where(sql<boolean>`1 = 0`);
  }
  return out;
}

export function createListRepo(opts: { probeWhen?: typeof probeCommonWords } = {}) {
  const probeWhen = opts.probeWhen ?? probeCommonWords;
  return {
    async list(db: Db, scope: ListScope, f: ListQuery, today: string) {
      // A plain search of the office's list: the organisation's matches are exactly the index's
      // matches in its scope (only submitted proposals are indexed, so never a draft).
      const plainSearch =
        !!f.q && scope.kind === 'org' && !scope.authorUserId && NARROWING.every((k) => f[k] === undefined);
      const indexTotal = plainSearch ? await countMatches(db, PROPOSAL_FTS, f.q!, scope.orgId) : undefined;
      // A common word, newest first, on PostgreSQL: walk the newest-first index and probe (see
      // probeCondition); a page deep in the list would need too many probes.
      const probe =
        engineOf(db) === 'postgres' &&
        indexTotal !== undefined &&
        f.sort === '-submittedAt' &&
        probeWhen(indexTotal, f.page * f.pageSize);
      const base = applyFilters(db, applyScope(db.selectFrom('proposals as p'), scope), f, today, scope.orgId, probe);
      const [desc, column] = f.sort.startsWith('-') ? [true, f.sort.slice(1)] : [false, f.sort];
      const orderColumn = {
        number: 'p.number',
        submittedAt: 'p.submitted_at',
        updatedAt: 'p.updated_at',
        replyDeadline: 'p.reply_deadline',
      }[column] as 'p.number' | 'p.submitted_at' | 'p.updated_at' | 'p.reply_deadline';
      const rows = await base
        .leftJoin('members as m', 'm.id', 'p.lead_member_id')
        .select([
          'p.id',
          'p.org_id',
          'p.number_label',
          'p.title',
          'p.kind',
          'p.state',
          'p.category',
          'p.submitted_at',
          'p.updated_at',
          'p.is_key',
          'p.is_excellent',
          'p.result_class',
          'p.reply_deadline',
          'p.collective_name',
          'm.name as lead_name',
        ])
        .orderBy(orderColumn, (ob) => (desc ? ob.desc().nullsLast() : ob.asc().nullsLast()))
        .orderBy('p.id', desc ? 'desc' : 'asc')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute();
      if (indexTotal !== undefined) return { rows, total: indexTotal };
      const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return { rows, total: Number(total.n) };
    },
  };
}

export type ListRepo = ReturnType<typeof createListRepo>;
