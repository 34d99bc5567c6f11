// 问题整改: for the office and leaders the problems of the campaigns they read, awaiting and
// overdue first; for a handling unit those routed to it (phone-friendly cards). Filtered in the
// address bar.
import { Card, Segmented } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { ProblemList } from './ProblemList';
import { PROBLEM_FILTERS, type ProblemFilter } from './shared';

const PAGE_SIZE = 20;

export function ProblemListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const office = can('supervision.manage') || can('supervision.read_all');
  const shown = params.get('show') ?? 'awaiting';
  const filter: ProblemFilter = shown in PROBLEM_FILTERS ? (shown as ProblemFilter) : 'awaiting';
  const page = Number(params.get('page') ?? 1) || 1;
  const q = useApiQuery(
    '/api/supervision/problems',
    { query: { scope: office ? 'org' : 'mine', ...PROBLEM_FILTERS[filter], page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  return (
    <Card title={t(office ? 'prob.title' : 'prob.mineTitle')} styles={{ body: { padding: 12 } }}>
      <Segmented<ProblemFilter>
        value={filter}
        onChange={(v) => setParams({ show: v })}
        options={(Object.keys(PROBLEM_FILTERS) as ProblemFilter[]).map((f) => ({
          value: f,
          label: t(`prob.filter.${f}`),
        }))}
        style={{ marginBottom: 12 }}
      />
      <ProblemList
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
