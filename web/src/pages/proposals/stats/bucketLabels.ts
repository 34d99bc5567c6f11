// The statistics' buckets named in the reader's language: the server's labels are Chinese;
// states, kinds, ratings, result classes and "none" buckets are named from their keys here,
// while categories, themes, sectors, committees and units keep the organisation's own names.
import type { ProposalSettings, Stats } from '../../../api/models';
import type { ResultClass } from '../resultLabel';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

type Bucket = Stats['byState'][number];
type T = (key: string) => string;
type LabelOf = (cls: ResultClass, orgLabel?: string | null) => string;

const named = (buckets: Bucket[], name: (key: string) => string): Bucket[] =>
  buckets.map((b) => ({ ...b, label: name(b.key) }));
const owned = (buckets: Bucket[], none: string): Bucket[] =>
  buckets.map((b) => (b.key === 'none' ? { ...b, label: none } : b));

export function labelledStats(stats: Stats, t: T, labelOf: LabelOf, settings: ProposalSettings | null): Stats {
  const rating = (b: Bucket[]) => named(b, (k) => t(`proposalsHandling.rating.${k}`));
  return {
    ...stats,
    byState: named(stats.byState, (k) => t(`proposals.state.${k}`)),
    byKind: named(stats.byKind, (k) => t(`proposals.kind.${k}`)),
    byCategory: owned(stats.byCategory, t('proposalsHandling.stats.none.category')),
    bySector: owned(stats.bySector, t('proposalsHandling.stats.none.sector')),
    byCommittee: owned(stats.byCommittee, t('proposalsHandling.stats.none.committee')),
    resultClasses: named(
      stats.resultClasses,
      (k) => `${k} ${labelOf(k as ResultClass, settings?.resultLabels[k as ResultClass])}`,
    ),
    satisfaction: {
      attitude: { ...stats.satisfaction.attitude, buckets: rating(stats.satisfaction.attitude.buckets) },
      result: { ...stats.satisfaction.result, buckets: rating(stats.satisfaction.result.buckets) },
    },
  };
}
