// The coverage as stacked bars per theme (and the work without one). Loaded lazily by
// ThemeCoverage so that ECharts stays out of the pages that do not chart.
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../proposals/stats/EChart';
import { useI18n } from '../../../i18n';
import { COVERAGE_KINDS, type Coverage } from './shared';

const COLOURS = ['#b8262c', '#d4862a', '#3b7dd8', '#5b8c3a', '#8c5bb8'];

export default function CoverageChart({ coverage }: { coverage: Coverage }) {
  const { t } = useI18n();
  const option: ChartOption = useMemo(() => {
    const rows = [
      ...coverage.themes.map((x) => ({ name: x.name, counts: x.counts })),
      { name: t('wpe.withoutTheme'), counts: coverage.without },
    ];
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: 110, overflow: 'truncate' },
      },
      series: COVERAGE_KINDS.map((kind, i) => ({
        type: 'bar',
        stack: 'work',
        name: t(`wpe.kind.${kind}`),
        data: rows.map((r) => r.counts[kind]),
        itemStyle: { color: COLOURS[i] },
      })),
    };
  }, [coverage, t]);
  return (
    <EChart
      option={option}
      height={Math.max(160, (coverage.themes.length + 1) * 32 + 60)}
      testId="wpe-coverage-chart"
    />
  );
}
