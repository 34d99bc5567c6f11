// 督办事项: for the office (and leaders) the organisation's follow-ups across meetings, open and
// overdue first; for a handling unit (or a person who owns some) its own. Filtered in the
// address bar.
import { Card, Segmented } from 'antd';
import { useSearchParams } from 'react-router-dom';
import type { FollowupQuery } from '../../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { FollowupTable } from './FollowupTable';
import './shared';

const PAGE_SIZE = 20;
const FILTERS = {
  open: { status: 'open_all' },
  overdue: { overdue: '1' },
  done: { status: 'done' },
  all: {},
} as const satisfies Record<string, Partial<FollowupQuery>>;
type Filter = keyof typeof FILTERS;
const FILTER_LABELS: Record<Filter, string> = {
  open: 'filterOpen',
  overdue: 'filterOverdue',
  done: 'filterDone',
  all: 'filterAll',
};

export function FollowupListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const office = can('meetings.manage') || can('meetings.read_all');
  const filter = (params.get('show') ?? 'open') as Filter;
  const page = Number(params.get('page') ?? 1) || 1;
  const q = useApiQuery(
    '/api/meeting-followups',
    { query: { scope: office ? 'org' : 'mine', ...(FILTERS[filter] ?? {}), page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );

  return (
    <Card title={t(office ? 'meetingMinutes.listTitle' : 'meetingMinutes.mineTitle')}>
      <Segmented<Filter>
        value={filter in FILTERS ? filter : 'open'}
        onChange={(v) => setParams({ show: v })}
        options={(Object.keys(FILTERS) as Filter[]).map((f) => ({
          value: f,
          label: t(`meetingMinutes.${FILTER_LABELS[f]}`),
        }))}
        style={{ marginBottom: 16 }}
        data-testid="followup-filter"
      />
      <FollowupTable
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
