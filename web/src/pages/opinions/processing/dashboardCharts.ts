// The dashboard's chart options: horizontal bars of counts (the topic chart of themes, sectors,
// counties; answered stacked on routed where both are known), a pie of categories, and columns of
// group sizes. Colours come from the theme's tokens.
import type { ChartOption } from '../../proposals/stats/EChart';

export interface Bar {
  name: string;
  value: number;
  /** A second series drawn over the first (e.g. the answered among the opinions). */
  part?: number;
}

/** Horizontal bars, the largest on top; with parts, the part is overlaid in the second colour. */
export function bars(items: readonly Bar[], colours: [string, string], names?: [string, string]): ChartOption {
  const shown = [...items].slice(0, 15).reverse();
  const withParts = shown.some((b) => b.part !== undefined);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: withParts ? 28 : 8, bottom: 8, containLabel: true },
    ...(withParts && names && { legend: { data: names, top: 0 } }),
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((b) => b.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      {
        name: names?.[0],
        type: 'bar',
        data: shown.map((b) => b.value),
        itemStyle: { color: colours[0] },
        barGap: '-100%',
        label: { show: !withParts, position: 'right' },
      },
      ...(withParts
        ? [{ name: names?.[1], type: 'bar', data: shown.map((b) => b.part ?? 0), itemStyle: { color: colours[1] } }]
        : []),
    ],
  };
}

export function pie(items: readonly Bar[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: items.filter((b) => b.value > 0).map((b) => ({ name: b.name, value: b.value })),
      },
    ],
  };
}

export function columns(items: readonly Bar[], colour: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: items.map((b) => b.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: items.map((b) => b.value),
        itemStyle: { color: colour },
        label: { show: true, position: 'top' },
      },
    ],
  };
}
