// 四共同课题: the year's topics as a kanban by stage (proposed → jointly set → research →
// consultation → implementation → done); on a phone the stages stack as sections of cards.
// The office records a new topic; leaders read.
import { Alert, Badge, Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { formatDate, useI18n } from '../../i18n';
import { PROPOSERS, STAGES, thisYear, type Proposer, type Topic } from './shared';

interface TopicValues {
  title: string;
  summary: string;
  proposedBy: Proposer;
  flag?: 'key_research' | 'key_supervision';
  assignedBy?: string;
}

function TopicCard({ topic }: { topic: Topic }) {
  const { t } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid="wp-topic-card">
      <Link to={`/workplan/topics/${topic.id}`}>
        <Typography.Text strong>{topic.title}</Typography.Text>
      </Link>
      <div style={{ marginTop: 4 }}>
        <Tag>{t(`wp.proposer.${topic.proposedBy}`)}</Tag>
        {topic.flag && <Tag color="gold">{t(`wp.flag.${topic.flag}`)}</Tag>}
      </div>
      {topic.stageSince && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('wp.stageSince', { date: formatDate(topic.stageSince) })}
        </Typography.Text>
      )}
    </Card>
  );
}

export function TopicsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const [creating, setCreating] = useState(false);
  const q = useApiQuery('/api/workplan/topics', { query: { year } });
  const years = Array.from({ length: 5 }, (_, i) => thisYear() + 1 - i);

  return (
    <Card
      title={t('wp.topicsTitle')}
      styles={{ body: { padding: 12 } }}
      extra={
        <Space wrap>
          <Select
            aria-label={t('wp.year')}
            value={year}
            onChange={(y) => setParams({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 96 }}
          />
          {can('workplan.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="wp-new-topic">
              {t('wp.newTopic')}
            </Button>
          )}
        </Space>
      }
    >
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      <Row gutter={[12, 12]} wrap>
        {STAGES.map((stage) => {
          const topics = (q.data ?? []).filter((x) => x.stage === stage);
          return (
            <Col key={stage} xs={24} md={12} xl={4}>
              <div style={{ background: 'rgba(0,0,0,0.03)', borderRadius: 6, padding: 8, minHeight: 80 }}>
                <Space style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{t(`wp.stage.${stage}`)}</Typography.Text>
                  <Badge count={topics.length} showZero color="#8c8c8c" />
                </Space>
                {topics.map((x) => (
                  <TopicCard key={x.id} topic={x} />
                ))}
              </div>
            </Col>
          );
        })}
      </Row>
      <FormModal<TopicValues>
        open={creating}
        title={t('wp.newTopic')}
        initialValues={{ proposedBy: 'cppcc' }}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          const topic = await api.post('/api/workplan/topics', {
            body: { year, ...v, flag: v.flag ?? null, assignedBy: v.assignedBy || null },
          });
          setCreating(false);
          navigate(`/workplan/topics/${topic.id}`);
        }}
      >
        <Form.Item
          name="title"
          label={t('wp.topicTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t('wp.topicSummary')}
          rules={[{ required: true, whitespace: true, min: 2, max: 4000 }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="proposedBy" label={t('wp.proposedBy')} rules={[{ required: true }]}>
          <Select options={PROPOSERS.map((p) => ({ value: p, label: t(`wp.proposer.${p}`) }))} />
        </Form.Item>
        <Form.Item name="flag" label={t('wp.flag')}>
          <Select
            allowClear
            options={(['key_research', 'key_supervision'] as const).map((f) => ({
              value: f,
              label: t(`wp.flag.${f}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="assignedBy" label={t('wp.assignedBy')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
