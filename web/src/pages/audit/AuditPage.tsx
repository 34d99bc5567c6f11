// The auditor's page: the trail, filtered, newest first, and a chain check.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { valuesOf, type AuditEntry as Entry, type AuditQuery } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';

const RESULTS = valuesOf<Entry['result']>()(['ok', 'denied', 'failed']);

export function AuditPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [filters, setFilters] = useState<AuditQuery & { page: number }>({ page: 1 });
  const list = useApiQuery('/api/audit', { query: { ...filters, pageSize: 30 } }, KEEP_PAGE);
  const data = list.data;

  const verify = async () => {
    const r = await api.post('/api/audit/verify');
    if (r.ok) message.success(t('audit.verifyOk', { n: r.checked }));
    else message.error(t('audit.verifyBroken', { n: r.problems.length }));
  };

  const colors = { ok: 'green', denied: 'orange', failed: 'red' } as const;
  return (
    <Card
      title={t('audit.title')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} onClick={verify}>
          {t('audit.verify')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('audit.actionFilter')}
          style={{ width: 240 }}
          onSearch={(v) => setFilters((f) => ({ ...f, action: v || undefined, page: 1 }))}
        />
        <Select
          allowClear
          placeholder={t('audit.result')}
          style={{ width: 120 }}
          onChange={(v) => setFilters((f) => ({ ...f, result: v, page: 1 }))}
          options={RESULTS.map((r) => ({ value: r, label: t(`audit.result_${r}`) }))}
        />
        <DatePicker.RangePicker
          onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
            setFilters((f) => ({
              ...f,
              page: 1,
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            }))
          }
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<Entry>
        rowKey="seq"
        size="small"
        loading={list.isFetching}
        dataSource={data?.items}
        scroll={{ x: 900 }}
        pagination={{
          current: filters.page,
          pageSize: 30,
          total: data?.total,
          showSizeChanger: false,
          onChange: (page) => setFilters((f) => ({ ...f, page })),
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 140,
            render: (v: string | null) => v ?? t('audit.anonymous'),
          },
          { title: t('audit.ip'), dataIndex: 'ip', width: 130 },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 200,
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          {
            title: t('audit.object'),
            width: 160,
            render: (_, r) => (r.objectType ? `${r.objectType} #${r.objectId ?? ''}` : ''),
          },
          {
            title: t('audit.result'),
            dataIndex: 'result',
            width: 90,
            render: (v: Entry['result']) => <Tag color={colors[v]}>{t(`audit.result_${v}`)}</Tag>,
          },
          {
            title: t('audit.detail'),
            dataIndex: 'detail',
            render: (v: unknown) =>
              v ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: JSON.stringify(v) }}>
                  {JSON.stringify(v)}
                </Typography.Text>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
