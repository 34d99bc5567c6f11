// The review's two charts: how many objects fall in each score band, and the ranked objects'
// scores. Loaded lazily by ReviewTab so that ECharts stays out of the pages that do not chart.
import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../../proposals/stats/EChart';
import { useI18n } from '../../../../i18n';
import type { ReviewOverview, ReviewRow } from './reviewApi';

/** More bars than this make the ranking chart unreadable; the table has them all. */
const RANKING_BARS = 30;

export default function ReviewCharts(props: {
  distribution: ReviewOverview['distribution'];
  /** The objects the filters leave, in ranking order. */
  rows: ReviewRow[];
  /** The filters leave out some objects: the distribution, the server's, still counts them all. */
  filtered: boolean;
}) {
  const { t } = useI18n();
  const L = (k: string, v?: Record<string, number>) => t(`supervisionReview.${k}`, v);
  const scored = useMemo(() => props.rows.filter((r) => r.score !== null), [props.rows]);
  const ranked = useMemo(() => scored.slice(0, RANKING_BARS), [scored]);
  const cut = scored.length > RANKING_BARS;
  const bands: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: props.distribution.map((d) => d.band), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1, name: L('objectsAxis') },
      series: [{ type: 'bar', data: props.distribution.map((d) => d.objects), itemStyle: { color: '#b8262c' } }],
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- L follows the locale, which t carries
    [props.distribution, t],
  );
  const ranking: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: ranked.map((r) => `${r.rank}. ${r.name}`),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: ranked.map((r) => r.score),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => p.value.toFixed(1) },
          itemStyle: { color: '#d4862a' },
        },
      ],
    }),
    [ranked],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Typography.Title level={5}>{props.filtered ? L('distributionAll') : L('distribution')}</Typography.Title>
        <EChart option={bands} height={260} testId="review-distribution" />
      </Col>
      <Col xs={24} lg={14}>
        <Typography.Title level={5}>
          {cut ? L('rankingChartTop', { n: RANKING_BARS }) : L('rankingChart')}
        </Typography.Title>
        <EChart option={ranking} height={Math.max(160, ranked.length * 24 + 24)} testId="review-ranking-chart" />
      </Col>
    </Row>
  );
}
