// The office's inbox of 社情民意 reports (leaders read it too): the organisation's reports of a
// year, by status, with links to the bulletin and the figures.
import { Alert, Button, Card, InputNumber, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { formatDate, useI18n } from '../../../i18n';
import { STATUS_COLORS, thisYear, type ReportSummary } from './reportsApi';

const STATUSES = ['submitted', 'editing', 'adopted', 'rejected', 'published'] as const;

export function ReportsInboxPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear());
  const [status, setStatus] = useState<(typeof STATUSES)[number] | 'all'>('all');
  const list = useApiQuery('/api/opinions/reports', {
    query: { year, ...(status === 'all' ? {} : { status }) },
  });
  return (
    <Card
      title={t('opinionsReports.inboxTitle')}
      extra={
        <Space wrap>
          <Link to="/opinions/bulletins">
            <Button>{t('opinionsReports.bulletins')}</Button>
          </Link>
          <Link to="/opinions/reports/figures">
            <Button>{t('opinionsReports.figures')}</Button>
          </Link>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <InputNumber
          aria-label={t('opinionsReports.year')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => v && setYear(v)}
          addonAfter={t('opinionsReports.year')}
        />
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'all', label: t('opinionsReports.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`opinionsReports.status.${s}`) })),
          ]}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table<ReportSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('opinionsReports.title'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Link to={`/opinions/reports/${r.id}`} data-testid="inbox-report">
                {v}
              </Link>
            ),
          },
          {
            title: t('opinionsReports.authors'),
            render: (_, r) => r.authors.map((a) => a.name).join('、') || t(`opinionsReports.source.${r.source}`),
            width: 180,
          },
          {
            title: t('opinionsReports.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: ReportSummary['status']) => (
              <Tag color={STATUS_COLORS[s]}>{t(`opinionsReports.status.${s}`)}</Tag>
            ),
          },
          {
            title: t('opinionsReports.submittedAt'),
            dataIndex: 'submittedAt',
            width: 130,
            render: (v: string) => formatDate(v),
          },
        ]}
      />
    </Card>
  );
}
