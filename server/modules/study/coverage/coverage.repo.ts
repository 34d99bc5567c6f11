// Every query of training coverage. The figures are counted in SQL: each current member of the
// scope joined to his presences at training (the meetings module's `presenceQuery`, grouped per
// member), then grouped by the breakdowns' columns — one statement for a whole province.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { CohortKind } from '../../../db/tables/study-coverage.js';
import { presenceQuery } from '../../meetings/index.js';
import { termStart, type Period } from './coverage.model.js';

/** Whose coverage: the current members of these organisations, in this year. */
export interface Scope {
  orgIds: readonly number[];
  year: { from: string; to: string };
  /** Each current term of the scope's organisations, by id: its first instant. */
  terms: ReadonlyMap<number, string>;
  /** The same first instants by organisation. */
  orgTermStart: ReadonlyMap<number, string>;
}

/** The current terms of the organisations (one each), with their first instants. */
export async function currentTerms(db: Db, orgIds: readonly number[]) {
  const rows = orgIds.length
    ? await db
        .selectFrom('terms')
        .select(['id', 'org_id', 'starts_on'])
        .where('org_id', 'in', [...orgIds])
        .where('is_current', '=', 1)
        .execute()
    : [];
  return {
    terms: new Map(rows.map((t) => [t.id, termStart(t.starts_on)])),
    orgTermStart: new Map(rows.map((t) => [t.org_id, termStart(t.starts_on)])),
  };
}

/** The training sessions of a period with how many members of the scope were there. */
export function sessionsHeld(db: Db, s: Scope, from: string, to: string) {
  return presenceQuery(db, { countsAs: 'training', from, to })
    .where('i.member_id', 'in', members(db, s).select('mem.id'))
    .select((eb) => [
      'm.id as meetingId',
      'm.title',
      'm.starts_at as startsAt',
      'k.name as kind',
      eb.fn.countAll().as('present'),
    ])
    .groupBy(['m.id', 'm.title', 'm.starts_at', 'k.name'])
    .orderBy('m.starts_at')
    .execute();
}

/** The first instant of the member's term, as an SQL expression over `mem.term_id`. */
const termStartOf = (s: Scope) =>
  s.terms.size === 0
    ? sql<string>`null`
    : sql<string>`(case ${sql.ref('mem.term_id')} ${sql.join(
        [...s.terms].map(([id, at]) => sql`when ${id} then ${at}`),
        sql` `,
      )} end)`;

/** The current members of the scope: active, not left, of their organisation's current term. */
function members(db: Db, s: Scope) {
  const base = db
    .selectFrom('members as mem')
    .where('mem.active', '=', 1)
    .where('mem.deactivated_at', 'is', null);
  // An organisation without a current term (a county not yet set up) has no current members;
  // PostgreSQL refuses an empty `in ()`, SQLite reads it as false.
  if (s.orgIds.length === 0 || s.terms.size === 0) return base.where(sql<boolean>`1 = 0`);
  return base.where('mem.org_id', 'in', [...s.orgIds]).where('mem.term_id', 'in', [...s.terms.keys()]);
}

/** Per member of the scope with any presence at training since the earliest bound: the latest, and whether one fell in the year. */
function presences(db: Db, s: Scope) {
  const earliest = [s.year.from, ...s.terms.values()].sort()[0]!;
  return presenceQuery(db, { countsAs: 'training', from: earliest })
    .select((eb) => [
      eb.ref('i.member_id').$notNull().as('member_id'),
      eb.fn.max('m.starts_at').as('last_at'),
      sql<number>`max(case when m.starts_at >= ${s.year.from} and m.starts_at < ${s.year.to} then 1 else 0 end)`.as(
        'in_year',
      ),
    ])
    .groupBy('i.member_id');
}

/** The members of the scope with their presences joined (p, null when never trained). */
const withPresence = (db: Db, s: Scope) =>
  members(db, s).leftJoin(presences(db, s).as('p'), 'p.member_id', 'mem.id');

/** Whether the member was trained in the period, as a condition. */
const trainedIn = (s: Scope, period: Period): Expression<SqlBool> =>
  period === 'year' ? sql<SqlBool>`p.in_year = 1` : sql<SqlBool>`p.last_at >= ${termStartOf(s)}`;

export interface ShapeRow {
  org_id: number;
  committee_id: number | null;
  sector_id: number;
  party: string;
  is_new: number;
  n: number | string;
  year_n: number | string | null;
  term_n: number | string | null;
}

/** Members and trained members grouped by organisation, committee, sector, party and newness. */
export const shapeQuery = (db: Db, s: Scope) =>
  withPresence(db, s)
    .select([
      'mem.org_id',
      'mem.committee_id',
      'mem.sector_id',
      'mem.party',
      'mem.is_new',
      (eb) => eb.fn.countAll().as('n'),
      sql<number>`sum(case when ${trainedIn(s, 'year')} then 1 else 0 end)`.as('year_n'),
      sql<number>`sum(case when ${trainedIn(s, 'term')} then 1 else 0 end)`.as('term_n'),
    ])
    .groupBy(['mem.org_id', 'mem.committee_id', 'mem.sector_id', 'mem.party', 'mem.is_new']);

export function shape(db: Db, s: Scope): Promise<ShapeRow[]> {
  if (!s.orgIds.length || !s.terms.size) return Promise.resolve([]);
  return shapeQuery(db, s).execute() as Promise<ShapeRow[]>;
}

export interface ListFilter {
  period: Period;
  status: 'trained' | 'unreached';
  orgId?: number;
  /** 0: members of no committee. */
  committeeId?: number;
  sectorId?: number;
  party?: string;
  isNew?: boolean;
  cohortId?: number;
  name?: string;
}

function filtered(db: Db, s: Scope, f: ListFilter) {
  let q = withPresence(db, s);
  const trained = trainedIn(s, f.period);
  q = q.where(f.status === 'trained' ? trained : sql<SqlBool>`not coalesce(${trained}, ${sql.lit(false)})`);
  if (f.orgId !== undefined) q = q.where('mem.org_id', '=', f.orgId);
  if (f.committeeId === 0) q = q.where('mem.committee_id', 'is', null);
  else if (f.committeeId !== undefined) q = q.where('mem.committee_id', '=', f.committeeId);
  if (f.sectorId !== undefined) q = q.where('mem.sector_id', '=', f.sectorId);
  if (f.party !== undefined) q = q.where('mem.party', '=', f.party);
  if (f.isNew !== undefined) q = q.where('mem.is_new', '=', f.isNew ? 1 : 0);
  if (f.name) q = q.where('mem.name', 'like', `%${f.name.replace(/[%_\\]/g, '')}%`);
  if (f.cohortId !== undefined)
    q = q.where('mem.id', 'in', (eb) =>
      eb.selectFrom('study_coverage_cohort_members').select('member_id').where('cohort_id', '=', f.cohortId!),
    );
  return q;
}

export interface ListedMember {
  id: number;
  name: string;
  org_id: number;
  org: string;
  sector: string;
  committee: string | null;
  party: string;
  is_new: number;
}

/** A page of the members a figure counts, trained or not yet, in the roster's order. */
export async function listMembers(db: Db, s: Scope, f: ListFilter, limit: number, offset: number) {
  if (!s.orgIds.length || !s.terms.size) return { total: 0, items: [] as ListedMember[] };
  const base = filtered(db, s, f);
  // The page and the count in one statement (the presences are aggregated once).
  const rows = await base
    .innerJoin('organisations as o', 'o.id', 'mem.org_id')
    .innerJoin('sectors as sec', 'sec.id', 'mem.sector_id')
    .leftJoin('committees as com', 'com.id', 'mem.committee_id')
    .select([
      'mem.id',
      'mem.name',
      'mem.org_id',
      'o.short_name as org',
      'sec.name as sector',
      'com.name as committee',
      'mem.party',
      'mem.is_new',
      sql<number | string>`count(*) over ()`.as('total'),
    ])
    .orderBy('mem.org_id')
    .orderBy('mem.pinyin')
    .orderBy('mem.id')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = rows.length
    ? Number(rows[0]!.total)
    : offset > 0
      ? Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
      : 0;
  return { total, items: rows.map(({ total: _t, ...m }) => m) as ListedMember[] };
}

/** The training sessions each of these members was at, from `from` on (the sessions behind a figure). */
export function sessionsOf(db: Db, memberIds: readonly number[], from: string, to?: string) {
  if (!memberIds.length) return Promise.resolve([]);
  return presenceQuery(db, { countsAs: 'training', from, to })
    .where('i.member_id', 'in', [...memberIds])
    .select([
      'i.member_id as memberId',
      'm.id as meetingId',
      'm.title',
      'm.starts_at as startsAt',
      'k.name as kind',
      'i.attendance',
    ])
    .orderBy('m.starts_at')
    .execute();
}

export interface CohortFigureRow {
  id: number;
  name: string;
  kind: CohortKind;
  year: number;
  total: number | string;
  trained: number | string | null;
}

/**
 * An organisation's cohorts of a year, each with its current members and those trained in the
 * year. A cohort is tens of members: each is looked up by his own presences (an index on the
 * invitations' member), not by the whole scope's.
 */
export function cohortFigures(db: Db, s: Scope, orgId: number, year: number): Promise<CohortFigureRow[]> {
  return db
    .selectFrom('study_coverage_cohorts as c')
    .leftJoin(
      members(db, s)
        .innerJoin('study_coverage_cohort_members as cm', 'cm.member_id', 'mem.id')
        .select((eb) => [
          'cm.cohort_id',
          'mem.id as member_id',
          eb
            .exists(
              presenceQuery(db, { countsAs: 'training', from: s.year.from, to: s.year.to })
                .select('i.id')
                .where(sql<SqlBool>`i.member_id = mem.id`),
            )
            .as('trained'),
        ])
        .as('x'),
      'x.cohort_id',
      'c.id',
    )
    .select([
      'c.id',
      'c.name',
      'c.kind',
      'c.year',
      (eb) => eb.fn.count('x.member_id').as('total'),
      sql<number>`sum(case when x.trained then 1 else 0 end)`.as('trained'),
    ])
    .where('c.org_id', '=', orgId)
    .where('c.year', '=', year)
    .groupBy(['c.id', 'c.name', 'c.kind', 'c.year'])
    .orderBy('c.id')
    .execute() as Promise<CohortFigureRow[]>;
}

/** Which of these ids are current members of the scope. */
export const currentMemberIds = async (db: Db, s: Scope, ids: readonly number[]) =>
  ids.length
    ? (
        await members(db, s)
          .select('mem.id')
          .where('mem.id', 'in', [...ids])
          .execute()
      ).map((r) => r.id)
    : [];
