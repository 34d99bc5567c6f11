// 视察: the office's and leaders' list of the organisation's inspections (filtered by state in
// the address bar), with the office's form for a new one; a member's own list is MyInspectionsPage.
import { Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { InspectionStatus } from '../../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { InspectionForm } from './InspectionForm';
import { InspectionList } from './InspectionList';
import { INSPECTION_STATUSES } from './shared';

const PAGE_SIZE = 20;

export function InspectionListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const show = params.get('show') ?? 'all';
  const status = (INSPECTION_STATUSES as readonly string[]).includes(show) ? (show as InspectionStatus) : undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const q = useApiQuery(
    '/api/supervision/inspections',
    { query: { scope: 'org', ...(status && { status }), page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );

  return (
    <Card
      title={t('insp.listTitle')}
      extra={
        can('supervision.manage') && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="inspection-new">
            {t('insp.new')}
          </Button>
        )
      }
    >
      <Segmented<string>
        value={status ?? 'all'}
        onChange={(v) => setParams({ show: v })}
        options={[
          { value: 'all', label: t('insp.filterAll') },
          ...INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`insp.status.${s}`) })),
        ]}
        style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
      />
      <InspectionList
        items={q.data?.items ?? []}
        loading={q.isLoading}
        pagination={{
          current: page,
          total: q.data?.total ?? 0,
          pageSize: PAGE_SIZE,
          onChange: (p) => setParams({ show, page: String(p) }),
        }}
      />
      {creating && (
        <InspectionForm
          onCancel={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/supervision/inspections/${id}`);
          }}
        />
      )}
    </Card>
  );
}
