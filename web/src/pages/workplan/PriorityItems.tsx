// The year's items: a table on a desk, cards on a phone; each with its owner, deadline and the
// meetings, topics or reports that carry it out. The office adds items.
import { Button, Card, DatePicker, Form, Grid, Input, List, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { REFERENCE, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDate, useI18n } from '../../i18n';
import type { Priorities, PriorityItem } from './shared';

const linkTo = (l: PriorityItem['links'][number]) =>
  l.kind === 'topic'
    ? `/workplan/topics/${l.id}`
    : l.kind === 'report'
      ? `/workplan/reports/${l.id}`
      : `/meetings/${l.id}`;

function Links({ item }: { item: PriorityItem }) {
  const { t } = useI18n();
  if (!item.links.length)
    return (
      <Typography.Text type="secondary">
        {t('wp.links')}：{t('wp.none')}
      </Typography.Text>
    );
  return (
    <Space size={4} wrap>
      {item.links.map((l) => (
        <Tag key={`${l.kind}${l.id}`}>
          {t(`wp.link.${l.kind}`)} · <Link to={linkTo(l)}>{l.title}</Link>
        </Tag>
      ))}
    </Space>
  );
}

interface ItemValues {
  title: string;
  ownerKind: 'committee' | 'office';
  committeeId?: number;
  dueOn: Dayjs;
}

export function PriorityItems({ p, office }: { p: Priorities; office: boolean }) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<ItemValues>();
  const ownerKind = Form.useWatch('ownerKind', form);
  const ref = useApiQuery('/api/refdata', {}, { ...REFERENCE, enabled: adding });

  const list = mobile ? (
    <List
      dataSource={p.items}
      renderItem={(i) => (
        <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
          <Card size="small" data-testid="wp-item">
            <Typography.Text strong>
              {i.seq}. {i.title}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, margin: '4px 0' }}>
              {i.ownerName} · {t('wp.dueOn')} {formatDate(i.dueOn)}
            </Typography.Text>
            <Links item={i} />
          </Card>
        </List.Item>
      )}
    />
  ) : (
    <Table<PriorityItem>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={p.items}
      onRow={() => ({ 'data-testid': 'wp-item' }) as object}
      columns={[
        { title: '#', width: 48, render: (_, i) => i.seq },
        { title: t('wp.item'), render: (_, i) => i.title },
        { title: t('wp.owner'), width: 160, render: (_, i) => i.ownerName },
        { title: t('wp.dueOn'), width: 130, render: (_, i) => formatDate(i.dueOn) },
        { title: t('wp.links'), width: 280, render: (_, i) => <Links item={i} /> },
      ]}
    />
  );

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {p.title}
      </Typography.Title>
      {list}
      {office && (
        <Button style={{ marginTop: 12 }} onClick={() => setAdding(true)}>
          {t('wp.addItem')}
        </Button>
      )}
      <FormModal<ItemValues>
        open={adding}
        form={form}
        title={t('wp.addItem')}
        initialValues={{ ownerKind: 'office' }}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post('/api/workplan/priorities/{id}/items', {
            path: { id: p.id },
            body: {
              title: v.title,
              ownerKind: v.ownerKind,
              committeeId: v.ownerKind === 'committee' ? v.committeeId : null,
              dueOn: v.dueOn.format('YYYY-MM-DD'),
            },
          });
          setAdding(false);
        }}
      >
        <Form.Item name="title" label={t('wp.item')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item name="ownerKind" label={t('wp.ownerKind')}>
          <Radio.Group
            options={(['office', 'committee'] as const).map((k) => ({ value: k, label: t(`wp.ownerKind.${k}`) }))}
          />
        </Form.Item>
        {ownerKind === 'committee' && (
          <Form.Item name="committeeId" label={t('wp.committee')} rules={[{ required: true }]}>
            <Select options={(ref.data?.committees ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
        )}
        <Form.Item name="dueOn" label={t('wp.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
