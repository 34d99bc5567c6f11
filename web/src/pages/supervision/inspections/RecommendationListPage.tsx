// 视察建议: for the office and leaders the organisation's recommendations, awaiting and
// overdue first; for a handling unit those routed to it (phone-friendly cards). Filtered in
// the address bar.
import { Card, Segmented } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { RecommendationQuery } from '../../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { RecommendationList } from './RecommendationList';

const PAGE_SIZE = 20;
const FILTERS = {
  awaiting: { status: 'routed' },
  overdue: { overdue: '1' },
  answered: { status: 'answered' },
  all: {},
} as const satisfies Record<string, Partial<RecommendationQuery>>;
type Filter = keyof typeof FILTERS;
const LABELS: Record<Filter, string> = {
  awaiting: 'insp.filterAwaiting',
  overdue: 'insp.filterOverdue',
  answered: 'insp.filterAnswered',
  all: 'insp.filterAll',
};

export function RecommendationListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const office = can('supervision.manage') || can('supervision.read_all');
  const shown = params.get('show') ?? 'awaiting';
  const filter: Filter = shown in FILTERS ? (shown as Filter) : 'awaiting';
  const page = Number(params.get('page') ?? 1) || 1;
  const q = useApiQuery(
    '/api/supervision/recommendations',
    { query: { scope: office ? 'org' : 'mine', ...FILTERS[filter], page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  return (
    <Card title={t(office ? 'insp.recsTitle' : 'insp.recsMineTitle')} styles={{ body: { padding: 12 } }}>
      <Segmented<Filter>
        value={filter}
        onChange={(v) => setParams({ show: v })}
        options={(Object.keys(FILTERS) as Filter[]).map((f) => ({ value: f, label: t(LABELS[f]) }))}
        style={{ marginBottom: 12 }}
      />
      <RecommendationList
        items={q.data?.items ?? []}
        loading={q.isLoading}
        pagination={{
          current: page,
          total: q.data?.total ?? 0,
          pageSize: PAGE_SIZE,
          onChange: (p) => setParams({ show: filter, page: String(p) }),
        }}
      />
    </Card>
  );
}
