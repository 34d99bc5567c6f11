// 学习资料 (office): the organisation's materials with how many of the assigned have finished
// each; the office drafts a new one from here and opens one for its progress.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Grid, Select, Space, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, formatDateTime, useI18n } from '../../../i18n';
import {
  KIND_COLOURS,
  MATERIAL_KINDS,
  MATERIAL_STATUSES,
  STATUS_COLOURS,
  type MaterialKind,
  type MaterialStatus,
  type MaterialSummary,
} from './api';

const PAGE_SIZE = 20;

export function MaterialListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as MaterialStatus | undefined;
  const kind = (params.get('kind') ?? undefined) as MaterialKind | undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApiQuery('/api/study/materials', { query: { status, kind, page, pageSize: PAGE_SIZE } }, KEEP_PAGE);
  const filter = (next: Record<string, string | undefined>) =>
    setParams(
      Object.fromEntries(Object.entries({ status, kind, ...next }).filter(([, v]) => v)) as Record<string, string>,
    );

  return (
    <Card
      title={t('studyMaterials.listTitle')}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
      extra={
        can('study.manage') && (
          <Link to="/study/materials/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-material">
              {t('studyMaterials.new')}
            </Button>
          </Link>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<MaterialStatus>
          allowClear
          placeholder={t('studyMaterials.status')}
          aria-label={t('studyMaterials.status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => filter({ status: v })}
          options={MATERIAL_STATUSES.map((s) => ({ value: s, label: t(`studyMaterials.status.${s}`) }))}
        />
        <Select<MaterialKind>
          allowClear
          placeholder={t('studyMaterials.kind')}
          aria-label={t('studyMaterials.kind')}
          style={{ width: 140 }}
          value={kind}
          onChange={(v) => filter({ kind: v })}
          options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`studyMaterials.kind.${k}`) }))}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<MaterialSummary>
        rowKey="id"
        size={mobile ? 'small' : 'middle'}
        scroll={{ x: 760 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        onRow={(m) => ({ onClick: () => navigate(`/study/materials/${m.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: (p) => filter({ page: String(p) }),
        }}
        columns={[
          {
            title: t('studyMaterials.kind'),
            dataIndex: 'kind',
            width: 80,
            render: (k: MaterialKind) => <Tag color={KIND_COLOURS[k]}>{t(`studyMaterials.kind.${k}`)}</Tag>,
          },
          { title: t('studyMaterials.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('studyMaterials.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: MaterialStatus) => <Tag color={STATUS_COLOURS[s]}>{t(`studyMaterials.status.${s}`)}</Tag>,
          },
          {
            title: t('studyMaterials.deadline'),
            dataIndex: 'deadline',
            width: 150,
            render: (d: string | null) => (d ? formatDate(d) : t('studyMaterials.noDeadline')),
          },
          {
            title: t('studyMaterials.progressCounts'),
            width: 120,
            render: (_: unknown, m) => (m.status === 'draft' ? '—' : `${m.counts.finished} / ${m.counts.assigned}`),
          },
          {
            title: t('studyMaterials.publishedAt'),
            width: 170,
            render: (_: unknown, m) => formatDateTime(m.publishedAt ?? m.updatedAt),
          },
        ]}
      />
    </Card>
  );
}
