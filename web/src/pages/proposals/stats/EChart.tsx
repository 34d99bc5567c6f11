// One ECharts chart in a div that follows its size. Only the chart types and components
// the statistics page uses are registered (echarts/core), which keeps the bundle small.
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({
  option,
  height = 300,
  onPick,
  testId,
}: {
  option: ChartOption;
  height?: number;
  testId?: string;
  /** Called with the clicked data item's index. */
  onPick?(dataIndex: number): void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });

  useEffect(() => {
    const c = echarts.init(el.current!);
    chart.current = c;
    c.on('click', (e) => pick.current?.(e.dataIndex));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el.current!);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return (
    <div ref={el} style={{ width: '100%', height, cursor: onPick ? 'pointer' : undefined }} data-testid={testId} />
  );
}
