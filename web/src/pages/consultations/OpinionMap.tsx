// The opinion map: every participant a dot at his place, coloured by his group (grey when not
// grouped). Loaded lazily by ConsultationPage so that ECharts stays out of the pages that do not chart.
import { ScatterChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../proposals/stats/EChart';
import { useI18n } from '../../i18n';

echarts.use([ScatterChart, LegendComponent, TooltipComponent]);

export interface MapPoint {
  x: number;
  y: number;
  group: number;
}

export function OpinionMap({ points, groups }: { points: MapPoint[]; groups: number }) {
  const { t } = useI18n();
  const option = useMemo(
    () => ({
      legend: { bottom: 0 },
      grid: { left: 8, right: 8, top: 8, bottom: 32 },
      xAxis: { show: false, scale: true },
      yAxis: { show: false, scale: true },
      series: [
        ...Array.from({ length: groups }, (_, g) => ({
          type: 'scatter',
          name: t('consultations.group', { n: g + 1 }),
          symbolSize: 8,
          data: points.filter((p) => p.group === g).map((p) => [p.x, p.y]),
        })),
        {
          type: 'scatter',
          name: '—',
          symbolSize: 5,
          itemStyle: { color: '#bbb' },
          data: points.filter((p) => p.group < 0).map((p) => [p.x, p.y]),
        },
      ],
    }),
    [points, groups, t],
  );
  return <EChart option={option} height={320} testId="opinion-map" />;
}
