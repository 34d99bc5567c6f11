// The coverage page's chart options: a gauge per headline figure (with the target marked) and a
// horizontal bar of each breakdown's shares. Colours come from the theme's tokens.
import { GaugeChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import type { ChartOption } from '../../proposals/stats/EChart';

echarts.use([GaugeChart]);

export interface Colours {
  primary: string;
  track: string;
  text: string;
  success: string;
}

const pct = (share: number | null) => Math.round((share ?? 0) * 1000) / 10;

/** The arc every gauge series shares: a 240° dial from 0 to 100 with no ticks or labels. */
const DIAL = {
  type: 'gauge',
  startAngle: 210,
  endAngle: -30,
  min: 0,
  max: 100,
  radius: '92%',
  center: ['50%', '58%'],
  axisTick: { show: false },
  splitLine: { show: false },
  axisLabel: { show: false },
  title: { show: false },
} as const;

export function gauge(share: number | null, target: number | undefined, c: Colours): ChartOption {
  const value = pct(share);
  const reached = target !== undefined && value >= target;
  return {
    series: [
      {
        ...DIAL,
        progress: { show: true, width: 14, itemStyle: { color: reached ? c.success : c.primary } },
        axisLine: { lineStyle: { width: 14, color: [[1, c.track]] } },
        pointer: { show: false },
        anchor: { show: false },
        detail: { valueAnimation: false, formatter: '{value}%', fontSize: 22, color: c.text, offsetCenter: [0, 0] },
        data: [{ value }],
      },
      // The target: a short needle on the rim of the same dial.
      ...(target !== undefined
        ? [
            {
              ...DIAL,
              axisLine: { show: false },
              detail: { show: false },
              pointer: { show: true, length: '22%', width: 4, offsetCenter: [0, '-78%'], itemStyle: { color: c.text } },
              data: [{ value: target }],
            },
          ]
        : []),
    ],
  };
}

export interface Bar {
  label: string;
  share: number | null;
  trained: number;
  total: number;
}

export function shareBars(list: Bar[], c: Colours, trainedLabel: string): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: { dataIndex: number }[]) => {
        const b = list[p[0]!.dataIndex]!;
        return `${b.label}<br/>${trainedLabel} ${b.trained} / ${b.total}（${pct(b.share)}%）`;
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', color: c.text } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: list.map((b) => b.label),
      axisLabel: { interval: 0, width: 150, overflow: 'truncate', color: c.text },
    },
    series: [
      {
        type: 'bar',
        data: list.map((b) => pct(b.share)),
        barMaxWidth: 22,
        itemStyle: { color: c.primary },
        label: { show: true, position: 'right', formatter: '{c}%', color: c.text },
      },
    ],
  };
}
