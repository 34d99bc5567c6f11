// 承办单位考评: the yearly ranking of handling units (sign-for and on-time rates, result
// classes, satisfaction, overdue and unfulfilled commitments, the members' democratic score,
// the composite) with its Excel export, and the office's entry of the democratic scores.
import { KeyboardScroll } from '../../../components/KeyboardScroll';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Form, InputNumber, Space, Table, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, apiUrl } from '../../../api/client';
import type { EvaluationTable } from '../../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { EvaluationFormula } from './EvaluationFormula';
import { percent } from './format';
import '../../../i18n/areas/proposalsHandling';
import '../../../i18n/areas/proposals';

type Row = EvaluationTable['items'][number];
type Rate = Row['signFor'];

const rateCell = (r: Rate) => <Tooltip title={`${r.numerator} / ${r.denominator}`}>{percent(r.rate)}</Tooltip>;

export function EvaluationPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState(false);
  const query = useApiQuery('/api/proposals/unit-evaluation', { query: { year } }, KEEP_PAGE);
  const table = query.data;
  const error = query.error?.message ?? null;

  return (
    <Card
      title={t('proposalsHandling.eval.title')}
      data-testid="evaluation-page"
      extra={
        <Space wrap>
          {t('proposalsHandling.eval.year')}
          <InputNumber
            aria-label={t('proposalsHandling.eval.year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
            style={{ width: 100 }}
          />
          {can('proposals.manage') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!table}>
              {t('proposalsHandling.eval.scores')}
            </Button>
          )}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={apiUrl('/api/proposals/unit-evaluation/export', { query: { year } })}
            data-testid="evaluation-export"
          >
            {t('proposals.exportExcel')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <KeyboardScroll label={t('proposalsHandling.eval.title')}>
        <Table<Row>
          rowKey={(r) => r.unit.id}
          size="small"
          bordered
          loading={!table && !error}
          dataSource={table?.items}
          pagination={false}
          scroll={{ x: 1400 }}
          columns={[
            {
              title: t('proposalsHandling.eval.rank'),
              dataIndex: 'rank',
              width: 60,
              fixed: 'left',
              align: 'center',
              render: (v: number | null) => v ?? '—',
            },
            {
              title: t('proposals.filter.unit'),
              key: 'unit',
              width: 180,
              fixed: 'left',
              render: (_, r) => r.unit.name,
            },
            {
              title: t('proposalsHandling.eval.composite'),
              dataIndex: 'composite',
              width: 80,
              align: 'right',
              render: (v: number | null) => <b>{v === null ? '—' : v.toFixed(1)}</b>,
            },
            { title: t('proposalsHandling.eval.assigned'), dataIndex: 'assigned', width: 70, align: 'right' },
            {
              title: t('proposalsHandling.eval.signFor'),
              key: 'sign',
              width: 90,
              align: 'right',
              render: (_, r) => rateCell(r.signFor),
            },
            {
              title: t('proposalsHandling.eval.onTime'),
              key: 'onTime',
              width: 90,
              align: 'right',
              render: (_, r) => rateCell(r.onTimeReply),
            },
            {
              title: t('proposalsHandling.eval.classes'),
              children: (['A', 'B', 'C', 'D'] as const).map((c) => ({
                title: c,
                key: c,
                width: 44,
                align: 'right' as const,
                render: (_: unknown, r: Row) => r.resultClasses[c],
              })),
            },
            {
              title: t('proposalsHandling.eval.attitude'),
              key: 'att',
              width: 90,
              align: 'right',
              render: (_, r) => rateCell(r.attitude),
            },
            {
              title: t('proposalsHandling.eval.result'),
              key: 'res',
              width: 90,
              align: 'right',
              render: (_, r) => rateCell(r.result),
            },
            {
              title: t('proposalsHandling.eval.overdue'),
              dataIndex: 'overdue',
              width: 70,
              align: 'right',
              render: (v: number) => <Typography.Text type={v ? 'danger' : undefined}>{v}</Typography.Text>,
            },
            {
              title: t('proposalsHandling.eval.unfulfilled'),
              key: 'commit',
              width: 100,
              align: 'right',
              render: (_, r) => (
                <Tooltip
                  title={t('proposalsHandling.eval.commitmentsTip', {
                    total: r.commitments.total,
                    done: r.commitments.done,
                  })}
                >
                  <Typography.Text type={r.commitments.unfulfilled ? 'danger' : undefined}>
                    {r.commitments.unfulfilled}
                  </Typography.Text>
                </Tooltip>
              ),
            },
            {
              title: t('proposalsHandling.eval.democratic'),
              dataIndex: 'democraticScore',
              width: 90,
              align: 'right',
              render: (v: number | null) => v ?? '—',
            },
          ]}
        />
      </KeyboardScroll>
      {table && <EvaluationFormula table={table} />}
      {table && (
        <FormModal<{ scores: Record<string, number | null> }>
          open={editing}
          width={560}
          title={t('proposalsHandling.eval.scoresTitle', { year })}
          initialValues={{ scores: Object.fromEntries(table.items.map((r) => [String(r.unit.id), r.democraticScore])) }}
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            const scores = Object.entries(v.scores ?? {})
              .filter(([, s]) => s !== null && s !== undefined)
              .map(([unitId, score]) => ({ unitId: Number(unitId), score: score! }));
            if (!scores.length) return setEditing(false);
            await api.put('/api/proposals/unit-evaluation/scores', { body: { year, scores } });
            setEditing(false);
            message.success(t('common.saved'));
          }}
        >
          <Typography.Paragraph type="secondary">{t('proposalsHandling.eval.scoresHint')}</Typography.Paragraph>
          <div style={{ maxHeight: 420, overflowY: 'auto' }}>
            {table.items.map((r) => (
              <Form.Item
                key={r.unit.id}
                name={['scores', String(r.unit.id)]}
                label={r.unit.name}
                style={{ marginBottom: 8 }}
                layout="horizontal"
                labelCol={{ span: 14 }}
              >
                <InputNumber min={0} max={100} step={0.5} style={{ width: 120 }} />
              </Form.Item>
            ))}
          </div>
        </FormModal>
      )}
    </Card>
  );
}
