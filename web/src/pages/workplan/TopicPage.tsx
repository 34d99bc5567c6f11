// One "four jointly" topic: who proposed it, its whole path (each stage with its dates,
// participants, meeting, documents and note), the research reports that came of it, the
// office's step to the next stage (the server's stage and date rules, its errors shown on the
// form), and the topic's report as Word. Leaders read it without the step.
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, List, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { formatDate, formatDateTime, useI18n } from '../../i18n';
import { AdvanceForm } from './AdvanceForm';
import { NewReportButton } from './NewReportButton';
import { STAGES } from './shared';
import { TopicThemes } from './themes/TopicThemes';

export function TopicPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/workplan/topics/{id}', { path: { id } });
  const [advancing, setAdvancing] = useState(false);
  const topic = q.data;
  if (q.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!topic) return <Alert type="error" showIcon title={q.error?.message} />;
  const current = STAGES.indexOf(topic.stage);
  const canAdvance = topic.allowedActions.includes('advanceTopic') && topic.nextStage;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', maxWidth: 1000 }}>
      <Card
        size="small"
        title={<span style={{ whiteSpace: 'normal' }}>{topic.title}</span>}
        extra={<Link to={`/workplan/topics?year=${topic.year}`}>{t('wp.back')}</Link>}
      >
        <Space wrap size={4}>
          <Tag color="blue" data-testid="wp-topic-stage">
            {t(`wp.stage.${topic.stage}`)}
          </Tag>
          <Tag>{t(`wp.proposer.${topic.proposedBy}`)}</Tag>
          {topic.flag && <Tag color="gold">{t(`wp.flag.${topic.flag}`)}</Tag>}
        </Space>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('wp.year')}>{topic.year}</Descriptions.Item>
          {topic.assignedBy && <Descriptions.Item label={t('wp.assignedBy')}>{topic.assignedBy}</Descriptions.Item>}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{topic.summary}</Typography.Paragraph>
        <div style={{ marginBottom: 12 }}>
          <TopicThemes topicId={topic.id} />
        </div>
        <Space wrap>
          {canAdvance && (
            <Button type="primary" onClick={() => setAdvancing(true)} data-testid="wp-advance">
              {t('wp.advance', { stage: t(`wp.stage.${topic.nextStage}`) })}
            </Button>
          )}
          {topic.allowedActions.includes('advanceTopic') && <NewReportButton year={topic.year} topicId={topic.id} />}
          <Button href={apiUrl('/api/workplan/topics/{id}/report.docx', { path: { id } })}>
            {t('wp.topicReport')}
          </Button>
        </Space>
      </Card>
      <Card size="small" title={t('wp.path')}>
        <Steps
          orientation="vertical"
          size="small"
          current={current}
          items={STAGES.map((stage, i) => {
            const s = topic.path.find((p) => p.stage === stage);
            return {
              title: t(`wp.stage.${stage}`),
              status: i < current || topic.stage === 'done' ? 'finish' : i === current ? 'process' : 'wait',
              subTitle: s ? `${formatDate(s.startsOn)}${s.endsOn ? ` — ${formatDate(s.endsOn)}` : ''}` : undefined,
              content: s && (
                <div data-testid="wp-path-stage">
                  {s.participants.length > 0 && (
                    <div>
                      {t('wp.participants')}：{s.participants.join('、')}
                    </div>
                  )}
                  {s.meeting && (
                    <div>
                      {t('wp.meeting')}：<Link to={`/meetings/${s.meeting.id}`}>{s.meeting.title}</Link>{' '}
                      <Typography.Text type="secondary">{formatDateTime(s.meeting.startsAt)}</Typography.Text>
                    </div>
                  )}
                  {s.files.map((f) => (
                    <div key={f.id}>
                      <PaperClipOutlined /> <a href={`/api/files/${f.id}`}>{f.name}</a>
                    </div>
                  ))}
                  {s.note && <div style={{ whiteSpace: 'pre-wrap' }}>{s.note}</div>}
                </div>
              ),
            };
          })}
        />
      </Card>
      <Card size="small" title={t('wp.reports')}>
        <List
          dataSource={topic.reports}
          locale={{ emptyText: <Typography.Text type="secondary">{t('wp.none')}</Typography.Text> }}
          renderItem={(r) => (
            <List.Item>
              <Link to={`/workplan/reports/${r.id}`}>{r.title}</Link>
              <Typography.Text type="secondary">
                {r.recommendations} {t('wp.recommendations')}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      {topic.nextStage && <AdvanceForm topic={topic} open={advancing} onClose={() => setAdvancing(false)} />}
    </Space>
  );
}
