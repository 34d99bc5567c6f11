// 意见建议统计: for the office and leaders, desktop and phone — the totals, the routing and
// answer rates and times, the topic chart (themes, answered overlaid), categories, sectors,
// counties, group sizes and the departments' record, for a year or all years.
import { Alert, Card, Col, Empty, Grid, Row, Select, Space, Statistic, Table, theme } from 'antd';
import { useMemo, useState } from 'react';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { KeyboardScroll } from '../../../components/KeyboardScroll';
import { useI18n } from '../../../i18n';
import { EChart, type ChartOption } from '../../proposals/stats/EChart';
import { bars, columns, pie, type Bar } from './dashboardCharts';
import type { Dashboard } from './processingApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './processingApi';

export function OpinionDashboardPage() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const mobile = !Grid.useBreakpoint().md;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | 0>(thisYear);
  const q = useApiQuery('/api/opinions/dashboard', { query: year ? { year } : {} }, KEEP_PAGE);
  const d = q.data;
  const charts = useMemo(() => (d ? chartsOf(d, t, [token.colorPrimary, token.colorSuccess]) : null), [d, t, token]);
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  const card = (title: string, option: ChartOption | undefined, empty: boolean, testId: string, height = 300) => (
    <Col xs={24} lg={12} key={testId}>
      <Card size="small" title={title}>
        {empty ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinionProcessing.noData')} />
        ) : (
          <EChart option={option!} height={mobile ? 240 : height} testId={testId} />
        )}
      </Card>
    </Col>
  );
  return (
    <Card
      title={t('opinionProcessing.dashboardTitle')}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
      extra={
        <Select
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          aria-label={t('opinionProcessing.year')}
          options={[
            { value: 0, label: '—' },
            ...[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: String(thisYear - i) })),
          ]}
          data-testid="dashboard-year"
        />
      }
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {d && charts && (
        <>
          <Space size={mobile ? 16 : 40} wrap style={{ marginBottom: 16 }} data-testid="dashboard-totals">
            <Statistic title={t('opinionProcessing.total')} value={d.totals.opinions} />
            <Statistic title={t('opinionProcessing.pending')} value={d.totals.submitted} />
            <Statistic title={t('opinionProcessing.routedRate')} value={pct(d.routing.routedRate)} />
            <Statistic title={t('opinionProcessing.answeredRate')} value={pct(d.routing.answeredRate)} />
            <Statistic
              title={t('opinionProcessing.medianDays')}
              value={d.routing.medianDaysToAnswer ?? '—'}
              suffix={d.routing.medianDaysToAnswer !== null ? t('opinionProcessing.days', { n: '' }).trim() : undefined}
            />
            <Statistic
              title={t('opinionProcessing.meanDays')}
              value={d.routing.meanDaysToAnswer ?? '—'}
              suffix={d.routing.meanDaysToAnswer !== null ? t('opinionProcessing.days', { n: '' }).trim() : undefined}
            />
            <Statistic
              title={t('opinionProcessing.overdueCount')}
              value={d.routing.overdue}
              styles={{ content: { color: d.routing.overdue ? token.colorErrorText : undefined } }}
            />
            <Statistic title={t('opinionProcessing.groups')} value={d.totals.groups} />
          </Space>
          <Row gutter={[16, 16]}>
            {card(t('opinionProcessing.byTheme'), charts.theme, !d.byTheme.length, 'chart-theme', 360)}
            {card(t('opinionProcessing.byCategory'), charts.category, !d.byCategory.length, 'chart-category', 360)}
            {card(t('opinionProcessing.bySector'), charts.sector, !d.bySector.length, 'chart-sector')}
            {card(t('opinionProcessing.byOrg'), charts.org, !d.byOrg.length, 'chart-org')}
            {card(t('opinionProcessing.groupSizes'), charts.groups, !d.groupSizes.length, 'chart-groups', 240)}
            {card(
              t('opinionProcessing.byKind'),
              charts.kind,
              !d.totals.routed && !d.totals.answered,
              'chart-kind',
              240,
            )}
          </Row>
          <Card size="small" title={t('opinionProcessing.byUnit')} style={{ marginTop: 16 }}>
            <KeyboardScroll label={t('opinionProcessing.byUnit')}>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={d.byUnit}
                columns={[
                  { title: t('opinionProcessing.unit'), dataIndex: 'name' },
                  { title: t('opinionProcessing.routedCount'), dataIndex: 'routed', align: 'right' },
                  { title: t('opinionProcessing.answeredCount'), dataIndex: 'answered', align: 'right' },
                  { title: t('opinionProcessing.overdueCount'), dataIndex: 'overdue', align: 'right' },
                  {
                    title: t('opinionProcessing.medianDays'),
                    dataIndex: 'medianDays',
                    align: 'right',
                    render: (v: number | null) => (v === null ? '—' : v),
                  },
                ]}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </Card>
  );
}

function chartsOf(
  d: Dashboard,
  t: (k: string, v?: Record<string, string | number>) => string,
  colours: [string, string],
) {
  const named = (rows: Dashboard['byTheme']): Bar[] =>
    rows.map((r) => ({ name: r.name ?? t('opinionProcessing.none'), value: r.count }));
  return {
    theme: bars(named(d.byTheme), colours),
    category: pie(named(d.byCategory)),
    sector: bars(named(d.bySector), colours),
    org: bars(
      d.byOrg.map((o) => ({ name: o.name, value: o.count, part: o.answered })),
      colours,
      [t('opinionProcessing.total'), t('opinionProcessing.answeredCount')],
    ),
    groups: columns(
      d.groupSizes.map((g) => ({ name: t('opinionProcessing.groupSize', { n: g.size }), value: g.groups })),
      colours[0],
    ),
    kind: pie(
      (['unit', 'proposal', 'report'] as const).map((k) => ({
        name: t(`opinionProcessing.kind.${k}`),
        value: d.routing.byKind[k],
      })),
    ),
  };
}
