// Proposal statistics for the office and leaders (stats.read): counts by state, kind,
// category, theme, lead sector and committee, handling unit; result classes; satisfaction;
// on-time replies. Each figure comes from an aggregate query; JS only labels the groups.
import type { Db } from '../../db/tx.js';
import { can, type Actor } from '../../platform/access/actor.js';
import { chinaDate, type Clock } from '../../platform/clock.js';
import { forbidden } from '../../platform/errors.js';
import { loadSettings } from './proposals.settings.js';
import { PROPOSAL_KINDS, PROPOSAL_STATES, RESULT_CLASSES } from './proposals.states.js';
import type { Bucket, StatsQuery, StatsResponse } from './stats.schema.js';
import type { ShapeRow, StatsRepo, StatsScope } from './stats.repo.js';
import { KIND_LABELS, STATE_LABELS } from './report.helpers.js';

const RATINGS = [['satisfied', '满意'], ['basic', '基本满意'], ['unsatisfied', '不满意']] as const;

const rateOf = (n: number, d: number) => (d ? Math.round((n / d) * 10000) / 10000 : null);

export function createStatsService(deps: { db: Db; statsRepo: StatsRepo; clock: Clock }) {
  const { db, statsRepo: repo, clock } = deps;

  return {
    async stats(actor: Actor, q: StatsQuery): Promise<StatsResponse> {
      if (!can(actor, 'stats.read')) throw forbidden();
      const orgId = actor.currentOrgId;
      const scope: StatsScope = { orgId, termId: q.termId, sessionId: q.sessionId, today: chinaDate(clock.now()) };
      const base: Record<string, string> = {
        ...(q.termId && { termId: String(q.termId) }),
        ...(q.sessionId && { sessionId: String(q.sessionId) }),
      };
      const drill = (params: Record<string, string>) => ({ ...base, ...params });
      const settings = await loadSettings(db, orgId);
      const [shape, units, ratings] = await Promise.all([
        repo.shape(db, scope, settings.themes), repo.byUnit(db, scope), repo.satisfaction(db, scope),
      ]);

      /** Proposal counts of the shape's groups summed by one of its columns. */
      const tally = <K>(key: (r: ShapeRow) => K) => {
        const out = new Map<K, number>();
        for (const r of shape) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r.n));
        return out;
      };
      const sumOf = <T>(rows: T[], figure: (r: T) => number | string) => rows.reduce((sum, r) => sum + Number(figure(r)), 0);
      const total = sumOf(shape, (r) => r.n);
      const byState = tally((r) => r.state);
      const byKind = tally((r) => r.kind);
      const byCategory = tally((r) => r.category);
      const byClass = tally((r) => r.result_class);
      const bySector = tally((r) => r.lead_sector_id);
      const byCommittee = tally((r) => r.lead_committee_id);
      const overdueNow = sumOf(shape, (r) => r.overdue);
      const themeCounts = settings.themes.map((_t, i) => sumOf(shape, (r) => r[`t${i}`]));
      const [sectorNames, committeeNames] = await Promise.all([
        repo.names(db, 'sectors', [...bySector.keys()].filter((k): k is number => k !== null)),
        repo.names(db, 'committees', [...byCommittee.keys()].filter((k): k is number => k !== null)),
      ]);

      const categories = [...settings.categories, ...[...byCategory.keys()].filter((c): c is string => !!c && !settings.categories.includes(c))];
      const named = (counts: Map<number | null, number>, names: { id: number; name: string }[], param: string, none: string): Bucket[] => {
        const nameOf = new Map(names.map((x) => [x.id, x.name]));
        return [...counts].map(([id, count]) => ({
          key: id === null ? 'none' : String(id), label: id === null ? none : nameOf.get(id) ?? String(id), count,
          query: id === null ? null : drill({ [param]: String(id) }),
        })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
      };
      const due = sumOf(units, (u) => u.due);
      const onTime = sumOf(units, (u) => u.on_time);

      const ratingBuckets = (field: 'attitude' | 'result') => {
        const counts = new Map<string, number>();
        for (const r of ratings) counts.set(r[field], (counts.get(r[field]) ?? 0) + Number(r.n));
        const rated = [...counts.values()].reduce((s, n) => s + n, 0);
        const ok = (counts.get('satisfied') ?? 0) + (counts.get('basic') ?? 0);
        return {
          rated, satisfiedOrBasic: ok, rate: rateOf(ok, rated),
          buckets: RATINGS.map(([key, label]) => ({ key, label, count: counts.get(key) ?? 0, query: null })),
        };
      };

      return {
        orgId, termId: q.termId ?? null, sessionId: q.sessionId ?? null, total, query: base,
        byState: PROPOSAL_STATES.filter((s) => byState.has(s))
          .map((s) => ({ key: s, label: STATE_LABELS[s], count: byState.get(s)!, query: drill({ state: s }) })),
        byKind: PROPOSAL_KINDS.map((k) => ({ key: k, label: KIND_LABELS[k], count: byKind.get(k) ?? 0, query: drill({ kind: k }) })),
        byCategory: [
          ...categories.map((c) => ({ key: c, label: c, count: byCategory.get(c) ?? 0, query: drill({ category: c }) })),
          ...(byCategory.get(null) ? [{ key: 'none', label: '未分类', count: byCategory.get(null)!, query: null }] : []),
        ],
        byTheme: settings.themes.map((t, i) => ({ key: t, label: t, count: themeCounts[i] ?? 0, query: drill({ theme: t }) })),
        bySector: named(bySector, sectorNames, 'sectorId', '未关联界别（集体提案等）'),
        byCommittee: named(byCommittee, committeeNames, 'committeeId', '未关联专委会'),
        byUnit: units.map((u) => ({ key: String(u.id), label: u.name, count: Number(u.n), lead: Number(u.lead), query: drill({ unitId: String(u.id) }) }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN')),
        resultClasses: RESULT_CLASSES.map((c) => ({
          key: c, label: `${c}类 ${settings.resultLabels[c]}`, count: byClass.get(c) ?? 0, query: drill({ resultClass: c }),
        })),
        satisfaction: { attitude: ratingBuckets('attitude'), result: ratingBuckets('result') },
        onTimeReply: {
          due, onTime, rate: rateOf(onTime, due),
          overdueNow: { key: 'overdue', label: '超期未答复', count: overdueNow, query: drill({ overdue: 'true' }) },
        },
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
