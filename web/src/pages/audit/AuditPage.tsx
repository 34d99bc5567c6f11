// The auditor's page: the trail, filtered by actor, action, target, result and dates, newest
// first; readable action names and labelled details; the filtered list as Excel; a chain check.
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, apiUrl } from '../../api/client';
import { valuesOf, type AuditEntry as Entry, type AuditQuery } from '../../api/models';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { auditActions } from '../../i18n/messages/auditActions';
import { addArea } from '../../i18n';
import '../../i18n/areas/audit';
import { detailFields, targetText } from './auditText';

const RESULTS = valuesOf<Entry['result']>()(['ok', 'denied', 'failed']);
addArea('auditActions', auditActions);
const ACTIONS = Object.keys(auditActions['zh-CN']) as NonNullable<AuditQuery['action']>[];
const TARGET_TYPES = ['proposal', 'member', 'user', 'organisation', 'handling_unit', 'term', 'file'];
/** Targets with a page of their own, and the permission that opens it. */
const PAGES: Record<string, { path: (id: string) => string; permission?: 'members.read' }> = {
  proposal: { path: (id) => `/proposals/${id}` },
  member: { path: (id) => `/members/${id}`, permission: 'members.read' },
};

type Filters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function AuditPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const { message } = AntApp.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const list = useApiQuery('/api/audit', { query: { ...filters, page, pageSize: 30 } }, KEEP_PAGE);
  const data = list.data;
  const set = (f: Partial<Filters>) => {
    setFilters((old) => ({ ...old, ...f }));
    setPage(1);
  };

  const verify = async () => {
    const r = await api.post('/api/audit/verify');
    if (r.ok) message.success(t('audit.verifyOk', { n: r.checked }));
    else message.error(t('audit.verifyBroken', { n: r.problems.length }));
  };

  // A code the labels do not know (an entry older than its name) shows as the code alone.
  const actionLabel = (code: string) => {
    const label = t(`auditActions.${code}`);
    return label.startsWith('auditActions.') ? code : label;
  };

  const target = (r: Entry) => {
    const text = targetText(locale, r);
    if (!r.objectType || !r.objectId) return text;
    const own = PAGES[r.objectType];
    if (own && (!own.permission || can(own.permission))) return <Link to={own.path(r.objectId)}>{text}</Link>;
    return (
      <Typography.Link
        title={t('audit.showTarget')}
        onClick={() => set({ objectType: r.objectType!, objectId: r.objectId! })}
      >
        {text}
      </Typography.Link>
    );
  };

  const colors = { ok: 'green', denied: 'orange', failed: 'red' } as const;
  return (
    <Card
      title={t('audit.title')}
      extra={
        <Space>
          <Button
            icon={<DownloadOutlined />}
            data-testid="audit-export"
            href={apiUrl('/api/audit/export.xlsx', { query: filters })}
          >
            {t('audit.export')}
          </Button>
          <Button icon={<SafetyCertificateOutlined />} onClick={verify}>
            {t('audit.verify')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('audit.actorFilter')}
          aria-label={t('audit.actorFilter')}
          style={{ width: 180 }}
          onSearch={(v) => set({ actor: v.trim() || undefined })}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.actionFilter')}
          aria-label={t('audit.actionFilter')}
          data-testid="audit-action-filter"
          style={{ width: 220 }}
          value={filters.action}
          onChange={(v) => set({ action: v })}
          options={ACTIONS.map((a) => ({ value: a, label: t(`auditActions.${a}`) }))}
        />
        <Select
          allowClear
          placeholder={t('audit.targetType')}
          aria-label={t('audit.targetType')}
          style={{ width: 140 }}
          value={filters.objectType}
          onChange={(v) => set({ objectType: v, objectId: v ? filters.objectId : undefined })}
          options={TARGET_TYPES.map((x) => ({ value: x, label: t(`audit.type_${x}`) }))}
        />
        <Input
          allowClear
          placeholder={t('audit.targetId')}
          aria-label={t('audit.targetId')}
          style={{ width: 120 }}
          value={filters.objectId ?? ''}
          onChange={(e) => set({ objectId: e.target.value.trim() || undefined })}
        />
        <Select
          allowClear
          placeholder={t('audit.result')}
          aria-label={t('audit.result')}
          style={{ width: 110 }}
          value={filters.result}
          onChange={(v) => set({ result: v })}
          options={RESULTS.map((r) => ({ value: r, label: t(`audit.result_${r}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={t('audit.dateRange')}
          onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
            set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Button
          onClick={() => set({ action: undefined, objectType: undefined, objectId: undefined, result: undefined })}
        >
          {t('audit.reset')}
        </Button>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<Entry>
        rowKey="seq"
        size="small"
        loading={list.isFetching}
        dataSource={data?.items}
        tableLayout="fixed"
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize: 30,
          total: data?.total,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 64 },
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 150,
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v, locale)}</span>,
          },
          {
            title: t('audit.actor'),
            width: 170,
            render: (_, r) => (
              <div data-testid="audit-actor">
                <div>
                  {r.actorName?.startsWith('system:') ? t('audit.system') : (r.actorName ?? t('audit.anonymous'))}
                </div>
                {r.orgName && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.orgName}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 170,
            // The name in the reader's language, the code beneath it (what the Excel export and the CLI show).
            render: (v: string) => (
              <div data-testid="audit-action">
                <div>{actionLabel(v)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {v}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('audit.object'), width: 130, render: (_, r) => target(r) },
          {
            title: t('audit.result'),
            dataIndex: 'result',
            width: 70,
            render: (v: Entry['result']) => <Tag color={colors[v]}>{t(`audit.result_${v}`)}</Tag>,
          },
          { title: t('audit.ip'), dataIndex: 'ip', width: 110 },
          {
            title: t('audit.detail'),
            // No width: the detail takes what the other columns leave (at least ~240 px at 1100).
            dataIndex: 'detail',
            render: (v: unknown) => (
              <div style={{ fontSize: 12 }}>
                {detailFields(locale, v).map(([label, value], i) => (
                  <div key={i}>
                    {label && <Typography.Text type="secondary">{label}：</Typography.Text>}
                    {value}
                  </div>
                ))}
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
