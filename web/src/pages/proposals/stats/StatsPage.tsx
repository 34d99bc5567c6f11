// 统计分析: the term's (or one session's) proposals by state, kind, category, theme, sector,
// committee and handling unit, the result classes, satisfaction and the on-time reply
// rate. Clicking a bar or a slice opens the proposal list filtered to exactly those.
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Spin, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiUrl, qs } from '../../../api/client';
import type { Stats } from '../../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { useI18n } from '../../../i18n';
import { useRefData } from '../../admin/useRefData';
import { useResultLabel } from '../resultLabel';
import { useProposalSettings } from '../useProposalSettings';
import { labelledStats } from './bucketLabels';
import { EChart, type ChartOption } from './EChart';
import { percent } from './format';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

type Bucket = Stats['byState'][number];

const PALETTE = [
  '#b7312c',
  '#d4802a',
  '#e8b73d',
  '#5b8c5a',
  '#3f7cac',
  '#7a5c99',
  '#8c8c8c',
  '#c45c8a',
  '#4aa3a2',
  '#a0763c',
];

function bar(
  buckets: Bucket[],
  horizontal = false,
  extra?: { name: string; mainName: string; values: number[] },
): ChartOption {
  const names = buckets.map((b) => b.label);
  const category = {
    type: 'category',
    data: names,
    axisLabel: {
      interval: 0,
      width: horizontal ? 120 : 80,
      overflow: 'truncate',
      rotate: horizontal ? 0 : names.length > 6 ? 30 : 0,
    },
  };
  const value = { type: 'value', minInterval: 1 };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: extra ? { top: 0 } : undefined,
    grid: { left: 8, right: 24, top: extra ? 32 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: 'bar',
        name: extra?.mainName,
        data: buckets.map((b) => b.count),
        barMaxWidth: 28,
        label: { show: true, position: horizontal ? 'right' : 'top' },
      },
      ...(extra ? [{ type: 'bar', name: extra.name, data: extra.values, barMaxWidth: 28 }] : []),
    ],
  };
}

/** Slices with nothing in them are left out (a pie of zeros would show equal slices). */
const filled = (buckets: Bucket[]) => buckets.filter((b) => b.count > 0);

function pie(all: Bucket[]): ChartOption {
  const buckets = filled(all);
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['38%', '66%'],
        center: ['50%', '44%'],
        data: buckets.map((b) => ({ name: b.label, value: b.count })),
        label: { formatter: '{b}\n{c}' },
      },
    ],
  };
}

export function StatsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const { data: refData } = useRefData(me?.currentOrg.id);
  const current = refData?.terms.find((x) => x.isCurrent) ?? refData?.terms[0];
  const [termId, setTermId] = useState<number | undefined>();
  const [sessionId, setSessionId] = useState<string | undefined>();
  const term = termId ?? current?.id;
  // Waits for the reference data, which says which term is current.
  const session = sessionId === undefined || sessionId === 'interim' ? sessionId : Number(sessionId);
  const query = useApiQuery(
    '/api/proposals/stats',
    refData ? { query: { termId: term, sessionId: session } } : null,
    KEEP_PAGE,
  );
  const settings = useProposalSettings(me?.currentOrg.id);
  const labelOf = useResultLabel();
  // The buckets named in the reader's language (the charts draw on a canvas, from these labels).
  const stats = useMemo(
    () => (query.data ? labelledStats(query.data, t, labelOf, settings) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelOf follows t's language
    [query.data, t, settings],
  );
  const error = query.error?.message ?? null;

  const open = (b: Bucket | undefined) => {
    if (b?.query) navigate(`/proposals${qs(b.query)}`);
  };
  const sessions = refData?.terms.find((x) => x.id === term)?.sessions ?? [];
  const charts = useMemo(
    () =>
      stats && {
        state: bar(stats.byState),
        kind: pie(stats.byKind),
        category: pie(stats.byCategory),
        theme: bar(stats.byTheme, true),
        sector: bar(stats.bySector, true),
        committee: bar(stats.byCommittee, true),
        unit: bar(stats.byUnit, true, {
          name: t('proposalsHandling.stats.asLead'),
          mainName: t('proposalsHandling.stats.assigned'),
          values: stats.byUnit.map((u) => u.lead),
        }),
        result: pie(stats.resultClasses),
        attitude: pie(stats.satisfaction.attitude.buckets),
        outcome: pie(stats.satisfaction.result.buckets),
      },
    [stats, t],
  );

  const chart = (
    title: string,
    option: ChartOption | undefined,
    buckets: Bucket[] | undefined,
    testId: string,
    height = 300,
    isPie = false,
  ) => {
    const shown = isPie ? filled(buckets ?? []) : (buckets ?? []);
    return (
      <Col xs={24} lg={12} key={testId}>
        <Card size="small" title={title}>
          {shown.some((b) => b.count > 0) ? (
            <EChart option={option!} height={height} onPick={(i) => open(shown[i])} testId={testId} />
          ) : (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('common.emptyList')}
              style={{ height: height - 40 }}
            />
          )}
        </Card>
      </Col>
    );
  };
  const unitHeight = Math.max(300, (stats?.byUnit.length ?? 0) * 26 + 60);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="stats-page">
      <Card size="small">
        <Space wrap>
          <Select
            style={{ width: 160 }}
            value={term}
            placeholder={t('proposals.filter.term')}
            aria-label={t('proposals.filter.term')}
            onChange={(v: number) => {
              setTermId(v);
              setSessionId(undefined);
            }}
            options={(refData?.terms ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
          <Select
            allowClear
            style={{ width: 220 }}
            value={sessionId}
            placeholder={t('proposalsHandling.stats.allSessions')}
            aria-label={t('proposals.filter.session')}
            onChange={(v?: string) => setSessionId(v)}
            options={[
              ...sessions.map((s) => ({ value: String(s.id), label: s.name })),
              { value: 'interim', label: t('proposals.interim') },
            ]}
          />
          <span style={{ color: 'rgba(0, 0, 0, 0.58)' }}>{t('proposalsHandling.stats.clickHint')}</span>
          {/* The figures shown, taken away: Excel with the proposals behind them, Word for the annual report. */}
          <Button
            icon={<DownloadOutlined />}
            href={apiUrl('/api/proposals/stats/export.xlsx', { query: { termId: term, sessionId: session } })}
            disabled={!stats}
            data-testid="stats-export-xlsx"
          >
            {t('proposals.exportExcel')}
          </Button>
          <Button
            icon={<FileWordOutlined />}
            href={apiUrl('/api/proposals/stats/report.docx', { query: { termId: term, sessionId: session } })}
            disabled={!stats}
            data-testid="stats-export-docx"
          >
            {t('proposalsHandling.stats.report')}
          </Button>
        </Space>
      </Card>
      {error && <Alert type="error" showIcon title={error} />}
      {!stats || !charts ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {[
              [t('proposalsHandling.stats.total'), stats.total],
              [t('proposalsHandling.stats.onTime'), percent(stats.onTimeReply.rate)],
              [t('proposalsHandling.stats.attitude'), percent(stats.satisfaction.attitude.rate)],
              [t('proposalsHandling.stats.result'), percent(stats.satisfaction.result.rate)],
            ].map(([title, value]) => (
              <Col xs={12} md={6} key={String(title)}>
                <Card size="small">
                  <Statistic title={title} value={value} />
                </Card>
              </Col>
            ))}
            <Col xs={24}>
              <Card
                size="small"
                hoverable={!!stats.onTimeReply.overdueNow.query}
                onClick={() => open(stats.onTimeReply.overdueNow)}
              >
                {t('proposalsHandling.stats.onTimeDetail', {
                  due: stats.onTimeReply.due,
                  onTime: stats.onTimeReply.onTime,
                  overdue: stats.onTimeReply.overdueNow.count,
                })}
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            {chart(t('proposalsHandling.stats.byState'), charts.state, stats.byState, 'chart-state')}
            {chart(
              t('proposalsHandling.stats.byCategory'),
              charts.category,
              stats.byCategory,
              'chart-category',
              300,
              true,
            )}
            {chart(
              t('proposalsHandling.stats.resultClasses'),
              charts.result,
              stats.resultClasses,
              'chart-result',
              300,
              true,
            )}
            {chart(t('proposalsHandling.stats.byKind'), charts.kind, stats.byKind, 'chart-kind', 300, true)}
            {chart(
              t('proposalsHandling.stats.attitudeChart'),
              charts.attitude,
              stats.satisfaction.attitude.buckets,
              'chart-attitude',
              300,
              true,
            )}
            {chart(
              t('proposalsHandling.stats.resultChart'),
              charts.outcome,
              stats.satisfaction.result.buckets,
              'chart-outcome',
              300,
              true,
            )}
            {chart(t('proposalsHandling.stats.byTheme'), charts.theme, stats.byTheme, 'chart-theme')}
            {chart(t('proposalsHandling.stats.byCommittee'), charts.committee, stats.byCommittee, 'chart-committee')}
            {chart(
              t('proposalsHandling.stats.bySector'),
              charts.sector,
              stats.bySector,
              'chart-sector',
              Math.max(300, stats.bySector.length * 24 + 40),
            )}
            {chart(t('proposalsHandling.stats.byUnit'), charts.unit, stats.byUnit, 'chart-unit', unitHeight)}
          </Row>
        </>
      )}
    </Space>
  );
}

export default StatsPage;
