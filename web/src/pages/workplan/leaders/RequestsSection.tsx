// Requests for opinions before decisions (征求意见): the office records one, then the CPPCC's
// answer, then what of it was adopted; leaders read.
import { Button, Card, DatePicker, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { ADOPTIONS, type Adoption, type OpinionRequest } from './shared';

interface NewValues {
  title: string;
  draft: string;
  askedBy: string;
  askedOn: Dayjs;
  deadline: Dayjs;
}
const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const ADOPTION_COLOURS: Record<Adoption, string> = { adopted: 'green', partly: 'blue', declined: 'default' };

function RequestItem({ r, onAnswer, onAdopt }: { r: OpinionRequest; onAnswer(): void; onAdopt(): void }) {
  const { t } = useI18n();
  return (
    <List.Item style={{ display: 'block' }} data-testid="wpe-request-row">
      <Space wrap size={4}>
        <Typography.Text strong>{r.title}</Typography.Text>
        {r.adoption ? (
          <Tag color={ADOPTION_COLOURS[r.adoption]}>{t(`wpe.${r.adoption}`)}</Tag>
        ) : (
          <Tag>{r.answer ? t('wpe.awaitingAdoption') : t('wpe.waiting')}</Tag>
        )}
        {r.overdue && <Tag color="error">{t('wpe.overdue')}</Tag>}
      </Space>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {r.askedBy} · {formatDate(r.askedOn)} · {t('wpe.deadline')} {formatDate(r.deadline)}
      </Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: '4px 0' }}>
        {r.draft}
      </Typography.Paragraph>
      {r.answer && (
        <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary">
            {t('wpe.answerText')}（{formatDate(r.answeredOn)}）：
          </Typography.Text>
          {r.answer}
        </Typography.Paragraph>
      )}
      {r.adoptionNote && <Typography.Text type="secondary">{r.adoptionNote}</Typography.Text>}
      <Space>
        {r.allowedActions.includes('answerRequest') && (
          <Button size="small" onClick={onAnswer} data-testid="wpe-answer">
            {t('wpe.answer')}
          </Button>
        )}
        {r.allowedActions.includes('recordAdoption') && (
          <Button size="small" onClick={onAdopt} data-testid="wpe-adopt">
            {t('wpe.recordAdoption')}
          </Button>
        )}
      </Space>
    </List.Item>
  );
}

export function RequestsSection({ year }: { year: number }) {
  const { t } = useI18n();
  const { can } = useSession();
  const q = useApiQuery('/api/workplan/leaders/requests', { query: { year } });
  const [creating, setCreating] = useState(false);
  const [answering, setAnswering] = useState<OpinionRequest | null>(null);
  const [adopting, setAdopting] = useState<OpinionRequest | null>(null);

  return (
    <Card
      size="small"
      title={t('wpe.requests')}
      extra={
        can('workplan.manage') && (
          <Button size="small" type="primary" onClick={() => setCreating(true)} data-testid="wpe-new-request">
            {t('wpe.newRequest')}
          </Button>
        )
      }
    >
      <List
        loading={q.isLoading}
        dataSource={q.data ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">{t('wpe.none')}</Typography.Text> }}
        renderItem={(r) => <RequestItem r={r} onAnswer={() => setAnswering(r)} onAdopt={() => setAdopting(r)} />}
      />
      <FormModal<NewValues>
        open={creating}
        title={t('wpe.newRequest')}
        onCancel={() => setCreating(false)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/leaders/requests', {
            body: { ...v, askedOn: day(v.askedOn), deadline: day(v.deadline) },
          });
          setCreating(false);
        }}
      >
        <Form.Item
          name="title"
          label={t('wpe.requestTitle')}
          rules={[{ required: true, whitespace: true, min: 2, max: 120 }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          name="draft"
          label={t('wpe.draft')}
          rules={[{ required: true, whitespace: true, min: 2, max: 4000 }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="askedBy"
          label={t('wpe.askedBy')}
          rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="askedOn" label={t('wpe.askedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deadline" label={t('wpe.deadline')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<{ answer: string; answeredOn: Dayjs }>
        open={!!answering}
        title={`${t('wpe.answer')} · ${answering?.title ?? ''}`}
        onCancel={() => setAnswering(null)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/leaders/requests/{id}/answer', {
            path: { id: answering!.id },
            body: { answer: v.answer, answeredOn: day(v.answeredOn) },
          });
          setAnswering(null);
        }}
      >
        <Form.Item
          name="answer"
          label={t('wpe.answerText')}
          rules={[{ required: true, whitespace: true, min: 2, max: 8000 }]}
        >
          <Input.TextArea rows={5} maxLength={8000} />
        </Form.Item>
        <Form.Item name="answeredOn" label={t('wpe.answeredOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<{ adoption: Adoption; note?: string }>
        open={!!adopting}
        title={`${t('wpe.recordAdoption')} · ${adopting?.title ?? ''}`}
        onCancel={() => setAdopting(null)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/leaders/requests/{id}/adoption', {
            path: { id: adopting!.id },
            body: { adoption: v.adoption, note: v.note?.trim() || null },
          });
          setAdopting(null);
        }}
      >
        <Form.Item name="adoption" label={t('wpe.adoption')} rules={[{ required: true }]}>
          <Select options={ADOPTIONS.map((a) => ({ value: a, label: t(`wpe.${a}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('wpe.adoptionNote')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
