// 我的学习 (the member's page, phone first): the materials to study (the due first, the overdue
// flagged), those finished, and his learning record for the year. A card opens the reader.
import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Grid, List, Segmented, Space, Tag, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { KEEP_PAGE, useApiQuery } from '../../../api/query';
import { formatDate, useI18n } from '../../../i18n';
import { KIND_COLOURS, type MyMaterial } from './api';
import { LearningRecordView } from './LearningRecordView';

const PAGE_SIZE = 20;
type Tab = 'todo' | 'done' | 'record';

export function MyStudyPage() {
  const { t } = useI18n();
  const mobile = !Grid.useBreakpoint().md;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') ?? 'todo') as Tab;
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useApiQuery(
    '/api/study/materials/mine',
    { query: { state: tab === 'done' ? 'done' : 'todo', page, pageSize: PAGE_SIZE } },
    { ...KEEP_PAGE, enabled: tab !== 'record' },
  );

  return (
    <Card
      title={t('studyMaterials.mineTitle')}
      style={{ maxWidth: mobile ? undefined : 900 }}
      styles={{ body: { padding: mobile ? 12 : 24 } }}
      extra={
        list.data && (
          <Space size={4} wrap>
            {list.data.overdue > 0 && (
              <Tag color="red">{t('studyMaterials.overdueCount', { n: list.data.overdue })}</Tag>
            )}
            <Tag color="blue">{t('studyMaterials.todoCount', { n: list.data.todo })}</Tag>
          </Space>
        )
      }
    >
      <Segmented<Tab>
        block={mobile}
        value={tab}
        onChange={(v) => setParams({ tab: v })}
        options={(['todo', 'done', 'record'] as Tab[]).map((v) => ({ value: v, label: t(`studyMaterials.tab.${v}`) }))}
        style={{ marginBottom: 12 }}
      />
      {tab === 'record' ? (
        <LearningRecordView />
      ) : (
        <>
          {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
          <List<MyMaterial>
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            grid={mobile ? undefined : { gutter: 12, column: 2 }}
            pagination={
              list.data && list.data.total > PAGE_SIZE
                ? {
                    current: page,
                    pageSize: PAGE_SIZE,
                    total: list.data.total,
                    onChange: (p) => setParams({ tab, page: String(p) }),
                    simple: true,
                    align: 'center',
                  }
                : false
            }
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t(tab === 'done' ? 'studyMaterials.noneDone' : 'studyMaterials.noneTodo')}
                />
              ),
            }}
            renderItem={(m) => (
              <List.Item style={{ padding: 0, border: 'none' }}>
                <MaterialCard m={m} onOpen={() => navigate(`/study/mine/${m.id}`)} />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

function MaterialCard({ m, onOpen }: { m: MyMaterial; onOpen(): void }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      hoverable
      onClick={onOpen}
      style={{ marginBottom: 10, width: '100%' }}
      data-testid="material-card"
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 6 }}>
        <Space size={4}>
          <Tag color={KIND_COLOURS[m.kind]}>{t(`studyMaterials.kind.${m.kind}`)}</Tag>
          {m.overdue && <Tag color="red">{t('studyMaterials.overdue')}</Tag>}
          {m.finishedAt && (
            <Tag color="green" icon={<CheckCircleOutlined />}>
              {t('studyMaterials.finished')}
            </Tag>
          )}
          {m.reflected && <Tag>{t('studyMaterials.reflected')}</Tag>}
        </Space>
      </div>
      <Typography.Text strong style={{ fontSize: 15, display: 'block' }}>
        {m.title}
      </Typography.Text>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
        {m.summary}
      </Typography.Paragraph>
      <Typography.Text type={m.overdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
        <ClockCircleOutlined />{' '}
        {m.deadline ? t('studyMaterials.dueBy', { date: formatDate(m.deadline) }) : t('studyMaterials.noDeadline')} ·{' '}
        {t('studyMaterials.minutesShort', { n: m.minutes })}
      </Typography.Text>
    </Card>
  );
}
