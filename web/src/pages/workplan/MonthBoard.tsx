// A month's plan: every item of the year with its progress this month (planned, in progress,
// done, slipped with the reason), the month's counts, the office's report form per item, and
// the month's report as Word.
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Grid,
  Input,
  List,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, apiUrl } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDate, useI18n } from '../../i18n';
import { MONTH_STATUSES, MonthStatusTag, type MonthEntry, type MonthStatus } from './shared';

interface ProgressValues {
  status: MonthStatus;
  note: string;
  slipReason?: string;
}

export function MonthBoard({
  month,
  year,
  office,
  onMonth,
}: {
  month: string;
  year: number;
  office: boolean;
  onMonth(m: string): void;
}) {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/workplan/months/{month}', { path: { month } });
  const [editing, setEditing] = useState<MonthEntry | null>(null);
  const [form] = Form.useForm<ProgressValues>();
  const status = Form.useWatch('status', form);
  const plan = q.data;

  const note = (e: MonthEntry) => (
    <>
      {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
      {e.slipReason && (
        <Typography.Text type="warning">
          {t('wp.slipReason')}：{e.slipReason}
        </Typography.Text>
      )}
    </>
  );
  const reportButton = (e: MonthEntry) =>
    office && (
      <Button size="small" onClick={() => setEditing(e)} data-testid="wp-month-report">
        {t('wp.report')}
      </Button>
    );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('wp.month')}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.year() !== year}
          onChange={(d) => d && onMonth(d.format('YYYY-MM'))}
        />
        <Button href={apiUrl('/api/workplan/months/{month}/report.docx', { path: { month } })}>
          {t('wp.monthReport')}
        </Button>
      </Space>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {plan && (
        <Space wrap size={24}>
          {(['done', 'in_progress', 'planned', 'slipped', 'unreported'] as const).map((k) => (
            <Statistic key={k} title={t(`wp.status.${k}`)} value={plan.counts[k]} />
          ))}
        </Space>
      )}
      {mobile ? (
        <List
          loading={q.isLoading}
          dataSource={plan?.entries ?? []}
          renderItem={(e) => (
            <List.Item style={{ padding: 0, border: 0, marginBottom: 8, display: 'block' }}>
              <Card size="small" data-testid="wp-month-entry">
                <Typography.Text strong>
                  {e.seq}. {e.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, margin: '4px 0' }}>
                  {e.ownerName} · {t('wp.dueOn')} {formatDate(e.dueOn)}
                </Typography.Text>
                <MonthStatusTag status={e.status} late={e.late} />
                {note(e)}
                <div style={{ marginTop: 8 }}>{reportButton(e)}</div>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<MonthEntry>
          rowKey="itemId"
          size="small"
          loading={q.isLoading}
          pagination={false}
          dataSource={plan?.entries ?? []}
          onRow={() => ({ 'data-testid': 'wp-month-entry' }) as object}
          columns={[
            { title: '#', width: 48, render: (_, e) => e.seq },
            { title: t('wp.item'), render: (_, e) => e.title },
            { title: t('wp.owner'), width: 150, render: (_, e) => e.ownerName },
            { title: t('wp.dueOn'), width: 120, render: (_, e) => formatDate(e.dueOn) },
            {
              title: t('wp.progress'),
              width: 150,
              render: (_, e) => <MonthStatusTag status={e.status} late={e.late} />,
            },
            { title: t('wp.note'), render: (_, e) => note(e) },
            ...(office ? [{ title: '', width: 80, render: (_: unknown, e: MonthEntry) => reportButton(e) }] : []),
          ]}
        />
      )}
      <FormModal<ProgressValues>
        open={editing !== null}
        form={form}
        title={editing ? `${editing.seq}. ${editing.title}` : ''}
        initialValues={
          editing
            ? {
                status: editing.status ?? 'in_progress',
                note: editing.note ?? '',
                slipReason: editing.slipReason ?? '',
              }
            : undefined
        }
        onCancel={() => setEditing(null)}
        onSubmit={async (v) => {
          await api.put('/api/workplan/months/{month}/items/{itemId}', {
            path: { month, itemId: editing!.itemId },
            body: { status: v.status, note: v.note, slipReason: v.status === 'slipped' ? v.slipReason : null },
          });
          setEditing(null);
        }}
      >
        <Form.Item name="status" label={t('wp.progress')} rules={[{ required: true }]}>
          <Select options={MONTH_STATUSES.map((s) => ({ value: s, label: t(`wp.status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('wp.note')} rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {status === 'slipped' && (
          <Form.Item
            name="slipReason"
            label={t('wp.slipReason')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </FormModal>
    </Space>
  );
}
