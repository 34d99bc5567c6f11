// Proposal statistics for the office and leaders (stats.read): counts by state, kind,
// category, theme, lead sector and committee, handling unit; result classes; satisfaction;
// on-time replies. Each figure comes from an aggregate query; JS only labels the groups.
// The figures are kept while the organisation's proposals are unchanged (stats.cache.ts):
// aggregating a province's tens of thousands of proposals per page view would be wasted work.
import type { Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import { chinaDate, type Clock } from '../../../platform/clock.js';
import { loadSettings } from '../settings/settings.repo.js';
import { PROPOSAL_KINDS, PROPOSAL_STATES, RESULT_CLASSES } from '../core/lifecycle.model.js';
import type { Bucket, StatsQuery, StatsResponse } from './stats.schema.js';
import type { ShapeRow, StatsRepo, StatsScope } from './stats.repo.js';
import { createStampedCache } from '../../../platform/stamped-cache.js';
import { reportingAccess } from './reporting.policy.js';
import { KIND_LABELS, STATE_LABELS } from '../core/proposals.texts.js';

const RATINGS = [
  ['satisfied', '满意'],
  ['basic', '基本满意'],
  ['unsatisfied', '不满意'],
] as const;

const rateOf = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** The aggregates behind one statistics page, tallied; names and labels are added per request. */
interface Figures {
  total: number;
  byState: Map<string, number>;
  byKind: Map<string, number>;
  byCategory: Map<string | null, number>;
  byClass: Map<string | null, number>;
  bySector: Map<number | null, number>;
  byCommittee: Map<number | null, number>;
  overdueNow: number;
  themeCounts: number[];
  units: { id: number; n: number; lead: number; due: number; onTime: number }[];
  ratings: { attitude: string; result: string; n: number }[];
}

export function createStatsService(deps: { db: Db; statsRepo: StatsRepo; clock: Clock }) {
  const { db, statsRepo: repo, clock } = deps;
  const cache = createStampedCache<Figures>();

  async function figures(scope: StatsScope, themes: string[]): Promise<Figures> {
    const [shape, units, ratings] = await Promise.all([
      repo.shape(db, scope, themes),
      repo.byUnit(db, scope),
      repo.satisfaction(db, scope),
    ]);
    /** Proposal counts of the shape's groups summed by one of its columns. */
    const tally = <K>(key: (r: ShapeRow) => K) => {
      const out = new Map<K, number>();
      for (const r of shape) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r.n));
      return out;
    };
    const sumOf = (figure: (r: ShapeRow) => number | string) => shape.reduce((sum, r) => sum + Number(figure(r)), 0);
    return {
      total: sumOf((r) => r.n),
      byState: tally((r) => r.state),
      byKind: tally((r) => r.kind),
      byCategory: tally((r) => r.category),
      byClass: tally((r) => r.result_class),
      bySector: tally((r) => r.lead_sector_id),
      byCommittee: tally((r) => r.lead_committee_id),
      overdueNow: sumOf((r) => r.overdue),
      themeCounts: themes.map((_t, i) => sumOf((r) => r[`t${i}`])),
      units: units.map((u) => ({
        id: u.id,
        n: Number(u.n),
        lead: Number(u.lead),
        due: Number(u.due ?? 0),
        onTime: Number(u.on_time ?? 0),
      })),
      ratings: ratings.map((r) => ({ attitude: r.attitude, result: r.result, n: Number(r.n) })),
    };
  }

  return {
    async stats(actor: Actor, q: StatsQuery): Promise<StatsResponse> {
      reportingAccess.require(actor, 'stats');
      const orgId = actor.currentOrgId;
      const scope: StatsScope = { orgId, termId: q.termId, sessionId: q.sessionId, today: chinaDate(clock.now()) };
      const base: Record<string, string> = {
        ...(q.termId && { termId: String(q.termId) }),
        ...(q.sessionId && { sessionId: String(q.sessionId) }),
      };
      const drill = (params: Record<string, string>) => ({ ...base, ...params });
      const [settings, stamp] = await Promise.all([loadSettings(db, orgId), repo.stamp(db, orgId)]);
      const key = JSON.stringify([orgId, q.termId ?? null, q.sessionId ?? null, scope.today, settings.themes]);
      const f = await cache.get(key, stamp, clock.now().getTime(), () => figures(scope, settings.themes));
      const [sectorNames, committeeNames, unitNames] = await Promise.all([
        repo.names(
          db,
          'sectors',
          [...f.bySector.keys()].filter((k): k is number => k !== null),
        ),
        repo.names(
          db,
          'committees',
          [...f.byCommittee.keys()].filter((k): k is number => k !== null),
        ),
        repo.names(
          db,
          'handling_units',
          f.units.map((u) => u.id),
        ),
      ]);

      const categories = [
        ...settings.categories,
        ...[...f.byCategory.keys()].filter((c): c is string => !!c && !settings.categories.includes(c)),
      ];
      const named = (
        counts: Map<number | null, number>,
        names: { id: number; name: string }[],
        param: string,
        none: string,
      ): Bucket[] => {
        const nameOf = new Map(names.map((x) => [x.id, x.name]));
        return [...counts]
          .map(([id, count]) => ({
            key: id === null ? 'none' : String(id),
            label: id === null ? none : (nameOf.get(id) ?? String(id)),
            count,
            query: id === null ? null : drill({ [param]: String(id) }),
          }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
      };
      const unitName = new Map(unitNames.map((u) => [u.id, u.name]));
      const due = f.units.reduce((s, u) => s + u.due, 0);
      const onTime = f.units.reduce((s, u) => s + u.onTime, 0);

      const ratingBuckets = (field: 'attitude' | 'result') => {
        const counts = new Map<string, number>();
        for (const r of f.ratings) counts.set(r[field], (counts.get(r[field]) ?? 0) + r.n);
        const rated = [...counts.values()].reduce((s, n) => s + n, 0);
        const ok = (counts.get('satisfied') ?? 0) + (counts.get('basic') ?? 0);
        return {
          rated,
          satisfiedOrBasic: ok,
          rate: rateOf(ok, rated),
          buckets: RATINGS.map(([key, label]) => ({ key, label, count: counts.get(key) ?? 0, query: null })),
        };
      };

      return {
        orgId,
        termId: q.termId ?? null,
        sessionId: q.sessionId ?? null,
        total: f.total,
        query: base,
        byState: PROPOSAL_STATES.filter((s) => f.byState.has(s)).map((s) => ({
          key: s,
          label: STATE_LABELS[s],
          count: f.byState.get(s)!,
          query: drill({ state: s }),
        })),
        byKind: PROPOSAL_KINDS.map((k) => ({
          key: k,
          label: KIND_LABELS[k],
          count: f.byKind.get(k) ?? 0,
          query: drill({ kind: k }),
        })),
        byCategory: [
          ...categories.map((c) => ({
            key: c,
            label: c,
            count: f.byCategory.get(c) ?? 0,
            query: drill({ category: c }),
          })),
          ...(f.byCategory.get(null)
            ? [{ key: 'none', label: '未分类', count: f.byCategory.get(null)!, query: null }]
            : []),
        ],
        byTheme: settings.themes.map((t, i) => ({
          key: t,
          label: t,
          count: f.themeCounts[i] ?? 0,
          query: drill({ theme: t }),
        })),
        bySector: named(f.bySector, sectorNames, 'sectorId', '未关联界别（集体提案等）'),
        byCommittee: named(f.byCommittee, committeeNames, 'committeeId', '未关联专委会'),
        byUnit: f.units
          .map((u) => ({
            key: String(u.id),
            label: unitName.get(u.id) ?? String(u.id),
            count: u.n,
            lead: u.lead,
            query: drill({ unitId: String(u.id) }),
          }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN')),
        resultClasses: RESULT_CLASSES.map((c) => ({
          key: c,
          label: `${c}类 ${settings.resultLabels[c]}`,
          count: f.byClass.get(c) ?? 0,
          query: drill({ resultClass: c }),
        })),
        satisfaction: { attitude: ratingBuckets('attitude'), result: ratingBuckets('result') },
        onTimeReply: {
          due,
          onTime,
          rate: rateOf(onTime, due),
          overdueNow: { key: 'overdue', label: '超期未答复', count: f.overdueNow, query: drill({ overdue: 'true' }) },
        },
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
