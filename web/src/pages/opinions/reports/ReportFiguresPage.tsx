// The year's figures of 社情民意 reports for the office and leaders: submitted, adopted,
// published, forwarded, instructed, the issues, and per member.
import { Alert, Card, Col, InputNumber, Row, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { thisYear, type Figures } from './reportsApi';

const KEYS = [
  'submitted',
  'pending',
  'adopted',
  'rejected',
  'published',
  'forwarded',
  'instructed',
  'instructions',
  'issues',
] as const;

export function ReportFiguresPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear());
  const q = useApiQuery('/api/opinions/reports/figures', { query: { year } });
  const f = q.data;
  return (
    <Card
      title={t('opinionsReports.figuresTitle')}
      extra={
        <InputNumber
          aria-label={t('opinionsReports.year')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          addonAfter={t('opinionsReports.year')}
        />
      }
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {f && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {KEYS.map((k) => (
              <Col key={k} xs={12} sm={8} md={6} lg={4}>
                <Statistic title={t(`opinionsReports.fig.${k}`)} value={f[k]} />
              </Col>
            ))}
          </Row>
          <Table<Figures['members'][number]>
            rowKey="memberId"
            size="small"
            dataSource={f.members}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            columns={[
              { title: t('opinionsReports.member'), dataIndex: 'name' },
              ...(['submitted', 'adopted', 'published', 'instructed'] as const).map((k) => ({
                title: t(`opinionsReports.fig.${k}`),
                dataIndex: k,
                width: 90,
              })),
            ]}
          />
        </>
      )}
    </Card>
  );
}
