// 调研建议跟踪: the office's and leaders' tracker, overdue first, filtered by year, state and
// department (in the address bar), with the year's adopted and done shares, the Excel export and
// the reports; a department's own list of what was sent to it (the server scopes it).
import { Alert, Card, List, Select, Space, Switch, Tabs, Typography, Button } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import { KEEP_PAGE, REFERENCE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { NewReportButton } from './NewReportButton';
import { RecommendationList } from './RecommendationList';
import { REC_STATUSES, thisYear, type RecStatus } from './shared';

const PAGE_SIZE = 20;

export function RecommendationsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const readsAll = can('workplan.manage') || can('workplan.read');
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || undefined;
  const status = (REC_STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as RecStatus)
    : undefined;
  const unitId = Number(params.get('unit')) || undefined;
  const overdue = params.get('overdue') === '1';
  const page = Number(params.get('page')) || 1;
  const filters = {
    year,
    status,
    unitId: readsAll ? unitId : undefined,
    overdue: overdue ? ('1' as const) : undefined,
  };
  const q = useApiQuery(
    '/api/workplan/recommendations',
    { query: { ...filters, page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );
  const figures = useApiQuery(
    '/api/workplan/recommendations/figures',
    { query: { year: year ?? thisYear() } },
    { enabled: readsAll },
  );
  const ref = useApiQuery('/api/refdata', {}, { ...REFERENCE, enabled: readsAll });
  const reports = useApiQuery('/api/workplan/reports', { query: { year } }, { enabled: readsAll });
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    next.delete('page');
    setParams(next);
  };
  const years = Array.from({ length: 6 }, (_, i) => thisYear() + 1 - i);
  const f = figures.data;

  const tracker = (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={t('wp.year')}
          style={{ width: 120 }}
          value={year ?? 0}
          onChange={(y) => set('year', y ? String(y) : undefined)}
          options={[{ value: 0, label: t('wp.allYears') }, ...years.map((y) => ({ value: y, label: String(y) }))]}
        />
        <Select
          aria-label={t('wp.allStates')}
          style={{ width: 130 }}
          value={status ?? ''}
          onChange={(s) => set('status', s || undefined)}
          options={[
            { value: '', label: t('wp.allStates') },
            ...REC_STATUSES.map((s) => ({ value: s, label: t(`wp.rec.${s}`) })),
          ]}
          data-testid="wp-filter-status"
        />
        {readsAll && (
          <Select
            aria-label={t('wp.allUnits')}
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={unitId ?? 0}
            onChange={(u) => set('unit', u ? String(u) : undefined)}
            options={[
              { value: 0, label: t('wp.allUnits') },
              ...(ref.data?.units ?? []).map((u) => ({ value: u.id, label: u.name })),
            ]}
          />
        )}
        <Space size={4}>
          <Switch
            checked={overdue}
            onChange={(v) => set('overdue', v ? '1' : undefined)}
            aria-label={t('wp.overdueOnly')}
          />
          {t('wp.overdueOnly')}
        </Space>
        <Button href={apiUrl('/api/workplan/recommendations/tracker.xlsx', { query: filters })}>
          {t('wp.downloadTracker')}
        </Button>
      </Space>
      {f && f.sent > 0 && (
        <Typography.Text type="secondary" data-testid="wp-figures">
          {t('wp.figures', { year: f.year, sent: f.sent, adopted: f.adoptedShare, done: f.doneShare })}
        </Typography.Text>
      )}
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      <RecommendationList
        items={q.data?.items ?? []}
        loading={q.isLoading}
        pagination={{
          current: page,
          total: q.data?.total ?? 0,
          pageSize: PAGE_SIZE,
          onChange: (p) => {
            const next = new URLSearchParams(params);
            next.set('page', String(p));
            setParams(next);
          },
        }}
      />
    </Space>
  );

  if (!readsAll)
    return (
      <Card title={t('wp.unitRecsTitle')} styles={{ body: { padding: 12 } }}>
        {tracker}
      </Card>
    );
  return (
    <Card title={t('wp.recsTitle')} styles={{ body: { padding: 12 } }}>
      <Tabs
        items={[
          { key: 'tracker', label: t('wp.recsTitle'), children: tracker },
          {
            key: 'reports',
            label: t('wp.reports'),
            children: (
              <>
                {can('workplan.manage') && <NewReportButton year={year ?? thisYear()} />}
                <List
                  loading={reports.isLoading}
                  dataSource={reports.data ?? []}
                  locale={{ emptyText: <Typography.Text type="secondary">{t('wp.none')}</Typography.Text> }}
                  renderItem={(r) => (
                    <List.Item>
                      <div style={{ minWidth: 0 }}>
                        <Link to={`/workplan/reports/${r.id}`}>{r.title}</Link>
                        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                          {r.year} · {r.topicTitle ?? ''} · {r.recommendations} {t('wp.recommendations')}
                        </Typography.Text>
                      </div>
                    </List.Item>
                  )}
                />
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
