// 领导联系与征求意见: the year's leader-engagement figures, then visits, instructions on reports
// and requests for opinions. The office records; leaders read.
import { Alert, Card, Select, Space, Spin } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { thisYear } from '../shared';
import { EngagementFigures } from './EngagementFigures';
import { InstructionsSection } from './InstructionsSection';
import { RequestsSection } from './RequestsSection';
import { VisitsSection } from './VisitsSection';

export function LeadersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const years = Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i);
  const figures = useApiQuery('/api/workplan/leaders/figures', { query: { year } });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={t('wpe.leadersTitle')}
        styles={{ body: { padding: 12 } }}
        extra={
          <Select
            aria-label={t('wpe.year')}
            value={year}
            onChange={(y) => setParams({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 96 }}
          />
        }
      >
        {figures.error && <Alert type="error" showIcon title={figures.error.message} />}
        {figures.data ? <EngagementFigures figures={figures.data} /> : !figures.error && <Spin />}
      </Card>
      <VisitsSection year={year} figures={figures.data} />
      <InstructionsSection year={year} figures={figures.data} />
      <RequestsSection year={year} />
    </Space>
  );
}
