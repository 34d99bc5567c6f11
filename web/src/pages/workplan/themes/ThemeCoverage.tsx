// The year's theme coverage: per theme and kind of work, the work without a theme, and all of
// the year's work; a table (cards on a phone) and a lazily loaded chart.
import { Alert, Card, Grid, List, Spin, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { COVERAGE_KINDS, type Counts } from './shared';

const CoverageChart = lazy(() => import('./CoverageChart'));

interface Row {
  key: string;
  name: string;
  counts: Counts;
  total: number | null;
  muted?: boolean;
}

export function ThemeCoverage({ year }: { year: number }) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/workplan/themes/coverage', { query: { year } });
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!q.data) return <Spin />;
  const c = q.data;
  const rows: Row[] = [
    ...c.themes.map((x) => ({
      key: `t${x.id}`,
      name: x.active ? x.name : `${x.name}（${t('wpe.inactive')}）`,
      counts: x.counts,
      total: x.total,
    })),
    { key: 'without', name: t('wpe.withoutTheme'), counts: c.without, total: null, muted: true },
    { key: 'all', name: t('wpe.allWork'), counts: c.totals, total: null, muted: true },
  ];
  const summary = (counts: Counts) => COVERAGE_KINDS.map((k) => `${t(`wpe.kind.${k}`)} ${counts[k]}`).join(' · ');

  return (
    <Card size="small" title={t('wpe.coverage', { year })} data-testid="wpe-coverage">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('wpe.coverageHint')}
      </Typography.Paragraph>
      {mobile ? (
        <List
          dataSource={rows}
          renderItem={(r) => (
            <List.Item style={{ display: 'block' }} data-testid="wpe-coverage-row">
              <Typography.Text strong={!r.muted}>{r.name}</Typography.Text>
              {r.total !== null && (
                <Typography.Text type="secondary">{` · ${t('wpe.total')} ${r.total}`}</Typography.Text>
              )}
              <div style={{ fontSize: 13 }}>{summary(r.counts)}</div>
            </List.Item>
          )}
        />
      ) : (
        <Table<Row>
          size="small"
          pagination={false}
          dataSource={rows}
          onRow={() => ({ 'data-testid': 'wpe-coverage-row' }) as object}
          columns={[
            {
              title: t('wpe.theme'),
              render: (_, r) => (r.muted ? <Typography.Text type="secondary">{r.name}</Typography.Text> : r.name),
            },
            ...COVERAGE_KINDS.map((k) => ({
              title: t(`wpe.kind.${k}`),
              width: 100,
              align: 'right' as const,
              render: (_: unknown, r: Row) => r.counts[k],
            })),
            { title: t('wpe.total'), width: 80, align: 'right', render: (_, r) => r.total ?? '' },
          ]}
        />
      )}
      <div style={{ marginTop: 16 }}>
        <Suspense fallback={<Spin />}>
          <CoverageChart coverage={c} />
        </Suspense>
      </div>
    </Card>
  );
}
