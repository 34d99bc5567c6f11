// A research report: its summary and topic, and its recommendations; the office adds
// recommendations (the SMART form) and completes and sends drafts.
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationList } from './RecommendationList';

export function WorkplanReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/workplan/reports/{id}', { path: { id } });
  const [adding, setAdding] = useState(false);
  const report = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!report) return <Alert type="error" showIcon title={q.error?.message} />;
  const office = report.allowedActions.includes('addRecommendation');

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 1100 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{report.title}</span>}
        extra={
          report.topicId ? (
            <Link to={`/workplan/topics/${report.topicId}`}>{t('wp.topic')}</Link>
          ) : (
            <Link to="/workplan/recommendations">{t('wp.back')}</Link>
          )
        }
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={t('wp.recommendations')}
        extra={
          office && (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="wp-add-rec">
              {t('wp.addRecommendation')}
            </Button>
          )
        }
      >
        <RecommendationList items={report.recommendations} showReport={false} />
      </Card>
      <RecommendationForm reportId={report.id} open={adding} onClose={() => setAdding(false)} />
    </Space>
  );
}
