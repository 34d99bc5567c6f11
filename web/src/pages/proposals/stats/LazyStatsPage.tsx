// The statistics page loads ECharts only when it is opened.
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

const StatsPage = lazy(() => import('./StatsPage'));

export function LazyStatsPage() {
  return (
    <Suspense
      fallback={
        <div style={{ padding: 48, textAlign: 'center' }}>
          <Spin />
        </div>
      }
    >
      <StatsPage />
    </Suspense>
  );
}
