// 我的视察: the inspections a member takes part in (or leads), newest first, as cards that read
// well on a phone; each opens the inspection with its sites and findings.
import { Card } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { InspectionList } from './InspectionList';
import './shared';

const PAGE_SIZE = 20;

export function MyInspectionsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const q = useApiQuery(
    '/api/supervision/inspections',
    { query: { scope: 'mine', page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  return (
    <Card title={t('insp.mineTitle')} styles={{ body: { padding: 12 } }}>
      <InspectionList
        cards
        items={q.data?.items ?? []}
        loading={q.isLoading}
        pagination={{
          current: page,
          total: q.data?.total ?? 0,
          pageSize: PAGE_SIZE,
          onChange: (p) => setParams({ page: String(p) }),
        }}
      />
    </Card>
  );
}
