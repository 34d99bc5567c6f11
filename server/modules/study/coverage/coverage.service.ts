// Training coverage for the office and leaders: the figures of an organisation with its counties
// (all current members and the new ones, in the year and in the term, by committee, sector,
// party and county), its targets with progress, its cohorts, and the members behind each figure.
// Every figure is counted from attendance in SQL (coverage.repo.ts); JS only names the groups.
import type { ChangeTracker } from '../../../db/change-tracker.js';
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { OrgTree } from '../../../platform/access/org-tree.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { badRequest, forbidden, notFound } from '../../../platform/errors.js';
import { ReadCache } from '../../../platform/read-cache.js';
import { PARTIES, type PartyCode } from '../../members/index.js';
import { refNames } from '../../orgs/index.js';
import { figure, yearBounds, type Figure } from './coverage.model.js';
import { coverageAccess } from './coverage.policy.js';
import * as repo from './coverage.repo.js';
import * as settingsRepo from './settings.repo.js';
import type * as S from './coverage.schema.js';
import { COHORT_LABELS, MEASURE_LABELS, NO_COMMITTEE } from './coverage.texts.js';

export interface CoverageDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  orgTree: OrgTree;
  changes: ChangeTracker | null;
}

/**
 * Every table an organisation's figures are read from: the roster and its reference names, the
 * terms, the organisation tree, the meetings' presences, the targets and the cohorts. Any write
 * to one (a check-in, a correction, a member leaving, a target set) makes the kept figures stale
 * before the next read (ADR 0015; on PostgreSQL the tables are watched by migrations
 * 202612060000, 202612080200 and 202612120500).
 */
export const COVERAGE_TABLES = [
  'members',
  'terms',
  'organisations',
  'sectors',
  'committees',
  'meetings',
  'meeting_kinds',
  'meeting_invitations',
  'study_coverage_targets',
  'study_coverage_cohorts',
  'study_coverage_cohort_members',
] as const;

type Figures = Omit<S.CoverageResponse, 'asOf' | 'canManage'>;

type Bucket = S.CoverageResponse['byCommittee'][number];
const partyLabel = (code: string) => PARTIES[code as PartyCode]?.['zh-CN'] ?? code;

export function createCoverageService(deps: CoverageDeps) {
  const { db, clock, orgTree } = deps;
  // Keyed by organisation and year: the province's figures take one grouped statement over every
  // member (about 130 ms at 30 000), read by every office and leader who opens the dashboard.
  const figuresCache = new ReadCache<string, Figures>(deps.changes, COVERAGE_TABLES, 256, { name: 'study.coverage' });
  const thisYear = () => Number(chinaDate(clock.now()).slice(0, 4));

  /** The organisation whose coverage is read (one the viewer sees), its scope and the year. */
  async function scopeOf(actor: Actor, q: { orgId?: number; year?: number }) {
    coverageAccess.require(actor, 'readCoverage');
    const orgId = q.orgId ?? actor.currentOrgId;
    if (!actor.visibleOrgIds.includes(orgId))
      throw forbidden('ORG_NOT_VISIBLE', '只能查看本组织及所辖区县的培训覆盖情况');
    const year = q.year ?? thisYear();
    const orgIds = await orgTree.visibleFrom(orgId);
    const scope: repo.Scope = { orgIds, year: yearBounds(year), ...(await repo.currentTerms(db, orgIds)) };
    return { orgId, year, scope };
  }

  /** The shape's rows tallied by one column: the year's, the term's and the new members' year figures. */
  function tally(rows: repo.ShapeRow[], keyOf: (r: repo.ShapeRow) => string) {
    const out = new Map<string, { n: number; y: number; t: number; nn: number; ny: number }>();
    for (const r of rows) {
      const k = keyOf(r);
      const a = out.get(k) ?? { n: 0, y: 0, t: 0, nn: 0, ny: 0 };
      a.n += Number(r.n);
      a.y += Number(r.year_n ?? 0);
      a.t += Number(r.term_n ?? 0);
      if (r.is_new === 1) {
        a.nn += Number(r.n);
        a.ny += Number(r.year_n ?? 0);
      }
      out.set(k, a);
    }
    return out;
  }

  function buckets(rows: repo.ShapeRow[], keyOf: (r: repo.ShapeRow) => string, label: (k: string) => string): Bucket[] {
    return [...tally(rows, keyOf)]
      .map(([key, a]) => ({
        key,
        label: label(key),
        year: figure(a.n, a.y),
        term: figure(a.n, a.t),
        newYear: figure(a.nn, a.ny),
      }))
      .sort((a, b) => (a.year.share ?? 0) - (b.year.share ?? 0) || a.label.localeCompare(b.label, 'zh-CN'));
  }

  const targetsWith = async (orgId: number, year: number, all: Figure, fresh: Figure) =>
    (await settingsRepo.targetsOf(db, orgId, year))
      .map((t) => {
        const share = (t.measure === 'all' ? all : fresh).share;
        return {
          measure: t.measure,
          label: MEASURE_LABELS[t.measure],
          percent: t.percent,
          share,
          met: share !== null && share * 100 >= t.percent,
        };
      })
      .sort((a, b) => a.measure.localeCompare(b.measure));

  async function coverage(actor: Actor, q: { orgId?: number; year?: number }): Promise<S.CoverageResponse> {
    const { orgId, year, scope } = await scopeOf(actor, q);
    const kept = await figuresCache.get(`${orgId}|${year}`, () => figures(orgId, year, scope));
    return {
      ...kept,
      asOf: clock.now().toISOString(),
      canManage: coverageAccess.has(actor, 'manageCohorts') && orgId === actor.orgId,
    };
  }

  /** The figures of an organisation (with its counties) and year, the same for every viewer. */
  async function figures(orgId: number, year: number, scope: repo.Scope): Promise<Figures> {
    const [rows, cohorts] = await Promise.all([
      repo.shape(db, scope),
      repo.cohortFigures(db, scope, orgId, year),
    ]);
    // Committees and sectors are each organisation's own: the breakdowns by them cover the
    // organisation's own members, and its counties are compared in byCounty (a county's
    // committees are read by viewing that county). A province's 100 organisations would
    // otherwise send some 1 700 bars nobody can read, about 350 KB every time.
    const own = rows.filter((r) => r.org_id === orgId);
    const committees = new Set(own.flatMap((r) => (r.committee_id === null ? [] : [r.committee_id])));
    const sectors = new Set(own.map((r) => r.sector_id));
    const [committeeNames, sectorNames] = await Promise.all([
      refNames(db, 'committees', [...committees]),
      refNames(db, 'sectors', [...sectors]),
    ]);
    const orgNames = new Map((await orgTree.all()).map((o) => [String(o.id), o.shortName || o.name]));
    const nameOf = (list: { id: number; name: string }[]) => {
      const m = new Map(list.map((x) => [String(x.id), x.name]));
      return (k: string) => m.get(k) ?? k;
    };
    const all = tally(rows, () => 'all').get('all') ?? { n: 0, y: 0, t: 0, nn: 0, ny: 0 };
    const fresh = tally(
      rows.filter((r) => r.is_new === 1),
      () => 'new',
    ).get('new') ?? { n: 0, y: 0, t: 0, nn: 0, ny: 0 };
    const overall = { year: figure(all.n, all.y), term: figure(all.n, all.t) };
    const newMembers = { year: figure(fresh.n, fresh.y), term: figure(fresh.n, fresh.t) };
    const committee = nameOf(committeeNames);
    return {
      orgId,
      orgName: (await orgTree.get(orgId))?.name ?? '',
      year,
      overall,
      newMembers,
      targets: await targetsWith(orgId, year, overall.year, newMembers.year),
      byCommittee: buckets(
        own,
        (r) => String(r.committee_id ?? 0),
        (k) => (k === '0' ? NO_COMMITTEE : committee(k)),
      ),
      bySector: buckets(own, (r) => String(r.sector_id), nameOf(sectorNames)),
      byParty: buckets(rows, (r) => r.party, partyLabel),
      byCounty: buckets(
        rows,
        (r) => String(r.org_id),
        (k) => orgNames.get(k) ?? k,
      ),
      cohorts: cohorts.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        kindLabel: COHORT_LABELS[c.kind],
        year: c.year,
        ...figure(Number(c.total), Number(c.trained ?? 0)),
      })),
    };
  }

  /** A cohort the viewer sees (404 otherwise). */
  async function visibleCohort(actor: Actor, id: number) {
    coverageAccess.require(actor, 'readCoverage');
    const c = await settingsRepo.cohortById(db, id);
    if (!c || !actor.visibleOrgIds.includes(c.org_id)) throw notFound('COHORT_NOT_FOUND', '培训名单不存在');
    return c;
  }

  /** The list's filters checked against the scope, as the repo's. */
  async function filterOf(actor: Actor, q: S.ListFilters, status: repo.ListFilter['status']) {
    const { orgId, year, scope } = await scopeOf(actor, q);
    if (q.countyId !== undefined && !scope.orgIds.includes(q.countyId))
      throw forbidden('COUNTY_NOT_IN_SCOPE', '所选区县不在本组织的统计范围内');
    if (q.cohortId !== undefined && !scope.orgIds.includes((await visibleCohort(actor, q.cohortId)).org_id))
      throw badRequest('COHORT_NOT_IN_SCOPE', '培训名单不属于所查看的组织');
    const f: repo.ListFilter = {
      period: q.period,
      status,
      orgId: q.countyId,
      committeeId: q.committeeId,
      sectorId: q.sectorId,
      party: q.party,
      isNew: q.isNew,
      cohortId: q.cohortId,
      name: q.name,
    };
    return { orgId, year, scope, f };
  }

  async function withSessions(
    scope: repo.Scope,
    period: S.ListQuery['period'],
    items: repo.ListedMember[],
    trained: boolean,
  ): Promise<S.ListedMemberOut[]> {
    const earliest = period === 'year' ? scope.year.from : [...scope.orgTermStart.values()].sort()[0];
    const sessions =
      trained && earliest
        ? await repo.sessionsOf(
            db,
            items.map((m) => m.id),
            earliest,
            period === 'year' ? scope.year.to : undefined,
          )
        : [];
    return items.map((m) => {
      const from = period === 'year' ? scope.year.from : (scope.orgTermStart.get(m.org_id) ?? '');
      return {
        id: m.id,
        name: m.name,
        orgId: m.org_id,
        org: m.org,
        sector: m.sector,
        committee: m.committee,
        party: m.party,
        partyLabel: partyLabel(m.party),
        isNew: m.is_new === 1,
        sessions: sessions
          .filter((s) => s.memberId === m.id && s.startsAt >= from)
          .map((s) => ({
            meetingId: s.meetingId,
            title: s.title,
            startsAt: s.startsAt,
            kind: s.kind,
            attendance: s.attendance ?? '',
          })),
      };
    });
  }

  return {
    coverage,
    visibleCohort,
    filterOf,
    scopeOf,

    async members(actor: Actor, q: S.ListQuery) {
      const { scope, f } = await filterOf(actor, q, q.status);
      const r = await repo.listMembers(db, scope, f, q.pageSize, (q.page - 1) * q.pageSize);
      return {
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
        items: await withSessions(scope, q.period, r.items, q.status === 'trained'),
      };
    },

    /** Every member of a list (the Excel export), without sessions. */
    async allUnreached(actor: Actor, q: S.ListFilters) {
      const { orgId, year, scope, f } = await filterOf(actor, q, 'unreached');
      const r = await repo.listMembers(db, scope, f, 100_000, 0);
      return { orgId, year, items: await withSessions(scope, q.period, r.items, false) };
    },

    /** The training sessions of the year, with how many members of the scope were there. */
    async sessions(actor: Actor, q: { orgId?: number; year?: number }) {
      const { scope } = await scopeOf(actor, q);
      return (await repo.sessionsHeld(db, scope, scope.year.from, scope.year.to)).map((s) => ({
        ...s,
        present: Number(s.present),
      }));
    },

    async targetsFor(orgId: number, year: number, overall: Figure, fresh: Figure) {
      return targetsWith(orgId, year, overall, fresh);
    },
  };
}

export type CoverageService = ReturnType<typeof createCoverageService>;
