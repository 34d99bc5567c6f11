// The opinions dashboard of the office and leaders: counts by theme, category, sector and
// organisation (a city's office sees its counties'), group sizes, routing and answer rates,
// the days to answer (median and mean) and what is overdue, for a campaign or a year. Read with
// four grouped queries over the organisations' opinions and routes, whatever their number.
import type { ChangeTracker } from '../../../db/change-tracker.js';
import type { Db } from '../../../db/tx.js';
import { ReadCache } from '../../../platform/read-cache.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaToday, chinaYearBounds, type Clock } from '../../../platform/clock.js';
import { forbidden } from '../../../platform/errors.js';
import { refNames } from '../../orgs/index.js';
import { daysBetweenInstants, medianAndMean, rate, sizeHistogram, tally } from './dashboard.model.js';
import { processingAccess, readsOpinions } from './processing.policy.js';

export interface DashboardFilter {
  campaignId?: number;
  year?: number;
}

/** What the dashboard is read from: any write to one of them makes the kept figures stale. */
export const DASHBOARD_TABLES = [
  'opinions',
  'opinion_routes',
  'opinion_categories',
  'organisations',
  'sectors',
  'handling_units',
] as const;

export function createDashboardService(deps: { db: Db; clock: Clock; changes: ChangeTracker | null }) {
  const { db, clock } = deps;
  // The office and leaders open the same figures far more often than opinions change: kept per
  // scope, filter and day (what is overdue changes with the day), served while no table changed.
  const cache = new ReadCache<string, Awaited<ReturnType<typeof load>>>(deps.changes, DASHBOARD_TABLES, 256, {
    name: 'opinions.dashboard',
  });

  /** The organisations counted: a city's office at home sees the counties that share with it. */
  const scopeOf = (actor: Actor) =>
    actor.currentOrgId === actor.orgId ? [...actor.visibleOrgIds] : [actor.currentOrgId];

  return {
    async dashboard(actor: Actor, filter: DashboardFilter) {
      processingAccess.require(actor, 'readProcessing');
      if (!readsOpinions(actor, actor.currentOrgId)) throw forbidden();
      const orgIds = scopeOf(actor);
      const today = chinaToday(clock);
      const key = `${orgIds.join(',')}|${filter.campaignId ?? ''}|${filter.year ?? ''}|${today}`;
      return cache.get(key, () => load(orgIds, filter, today));
    },
  };

  async function load(orgIds: number[], filter: DashboardFilter, today: string) {
    const bounds = filter.year ? chinaYearBounds(filter.year) : null;
    let base = db.selectFrom('opinions as o').where('o.org_id', 'in', orgIds);
    if (filter.campaignId) base = base.where('o.campaign_id', '=', filter.campaignId);
    if (bounds) base = base.where('o.created_at', '>=', bounds.from).where('o.created_at', '<', bounds.to);

    const [cells, groups, routes, orgs] = await Promise.all([
      base
        .select([
          'o.org_id',
          'o.status',
          'o.category_id',
          'o.theme_id',
          'o.sector_id',
          (eb) => eb.fn.countAll().as('n'),
        ])
        .groupBy(['o.org_id', 'o.status', 'o.category_id', 'o.theme_id', 'o.sector_id'])
        .execute(),
      base
        .select(['o.group_id', (eb) => eb.fn.countAll().as('n')])
        .where('o.group_id', 'is not', null)
        .groupBy('o.group_id')
        .execute(),
      base
        .innerJoin('opinion_routes as r', 'r.id', 'o.route_id')
        .select([
          'r.id',
          'r.kind',
          'r.status',
          'r.unit_id',
          'r.due_on',
          'r.routed_at',
          'r.answered_at',
          (eb) => eb.fn.countAll().as('n'),
        ])
        .groupBy(['r.id', 'r.kind', 'r.status', 'r.unit_id', 'r.due_on', 'r.routed_at', 'r.answered_at'])
        .execute(),
      db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', orgIds).execute(),
    ]);
    const rows = cells.map((c) => ({ ...c, n: Number(c.n) }));
    const total = rows.reduce((a, r) => a + r.n, 0);
    const byStatus = (s: string) => rows.filter((r) => r.status === s).reduce((a, r) => a + r.n, 0);

    const catIds = [
      ...new Set(rows.flatMap((r) => [r.category_id, r.theme_id]).filter((x): x is number => x !== null)),
    ];
    const sectorIds = [...new Set(rows.map((r) => r.sector_id).filter((x): x is number => x !== null))];
    const routed = routes.map((r) => ({ ...r, n: Number(r.n) }));
    const unitIds = [...new Set(routed.map((r) => r.unit_id).filter((x): x is number => x !== null))];
    const [catNames, sectorNames, unitNames] = await Promise.all([
      catIds.length
        ? db.selectFrom('opinion_categories').select(['id', 'name']).where('id', 'in', catIds).execute()
        : Promise.resolve([]),
      refNames(db, 'sectors', sectorIds),
      refNames(db, 'handling_units', unitIds),
    ]);
    const nameOf = (list: readonly { id: number; name: string }[], id: number | null) =>
      id === null ? null : (list.find((x) => x.id === id)?.name ?? null);
    const counted = (m: Map<number | null, number>, names: readonly { id: number; name: string }[]) =>
      [...m.entries()]
        .map(([id, count]) => ({ id, name: nameOf(names, id), count }))
        .sort((a, b) => b.count - a.count || (a.id ?? 0) - (b.id ?? 0));

    const answered = routed.filter((r) => r.status === 'answered' && r.answered_at);
    const times = medianAndMean(
      answered.map((r) => ({ value: daysBetweenInstants(r.routed_at, r.answered_at!), weight: r.n })),
    );
    const open = routed.filter((r) => r.status === 'open' || r.status === 'reroute_requested');
    const overdue = open.filter((r) => r.due_on !== null && r.due_on < today).reduce((a, r) => a + r.n, 0);
    const routedOpinions = byStatus('routed') + byStatus('answered');
    const byKind = (k: string) => routed.filter((r) => r.kind === k).reduce((a, r) => a + r.n, 0);
    const perUnit = unitIds
      .map((id) => {
        const mine = routed.filter((r) => r.unit_id === id);
        const done = mine.filter((r) => r.status === 'answered' && r.answered_at);
        return {
          unitId: id,
          name: nameOf(unitNames, id) ?? '',
          routed: mine.reduce((a, r) => a + r.n, 0),
          answered: done.reduce((a, r) => a + r.n, 0),
          overdue: mine
            .filter((r) => r.status !== 'answered' && r.due_on !== null && r.due_on < today)
            .reduce((a, r) => a + r.n, 0),
          medianDays: medianAndMean(
            done.map((r) => ({ value: daysBetweenInstants(r.routed_at, r.answered_at!), weight: r.n })),
          ).median,
        };
      })
      .sort((a, b) => b.routed - a.routed);
    const sizes = groups.map((g) => Number(g.n));
    const byOrg = tally(rows, (r) => r.org_id);
    const answeredByOrg = tally(
      rows.filter((r) => r.status === 'answered'),
      (r) => r.org_id,
    );

    return {
      scope: { orgIds, campaignId: filter.campaignId ?? null, year: filter.year ?? null },
      totals: {
        opinions: total,
        submitted: byStatus('submitted'),
        routed: byStatus('routed'),
        answered: byStatus('answered'),
        closed: byStatus('closed'),
        unclassified: rows.filter((r) => r.category_id === null).reduce((a, r) => a + r.n, 0),
        grouped: sizes.filter((s) => s > 1).reduce((a, s) => a + s, 0),
        groups: sizes.filter((s) => s > 1).length,
      },
      byCategory: counted(
        tally(rows, (r) => r.category_id),
        catNames,
      ),
      byTheme: counted(
        tally(rows, (r) => r.theme_id),
        catNames,
      ),
      bySector: counted(
        tally(rows, (r) => r.sector_id),
        sectorNames,
      ),
      byOrg: orgs
        .map((o) => ({ id: o.id, name: o.name, count: byOrg.get(o.id) ?? 0, answered: answeredByOrg.get(o.id) ?? 0 }))
        .sort((a, b) => b.count - a.count || a.id - b.id),
      groupSizes: sizeHistogram(sizes),
      routing: {
        routedRate: rate(routedOpinions, total),
        answeredRate: rate(byStatus('answered'), routedOpinions),
        byKind: { unit: byKind('unit'), proposal: byKind('proposal'), report: byKind('report') },
        overdue,
        medianDaysToAnswer: times.median,
        meanDaysToAnswer: times.mean,
      },
      byUnit: perUnit,
    };
  }
}

export type DashboardService = ReturnType<typeof createDashboardService>;
