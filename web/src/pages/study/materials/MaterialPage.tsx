// One study material for the office (and, read only, for leaders): what it says, its actions
// (edit, publish, withdraw) and its progress with the names of those who have not finished.
import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Grid, Popconfirm, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useI18n } from '../../../i18n';
import { STATUS_COLOURS, type MaterialDetail } from './api';
import { MaterialContent, MaterialHeading } from './MaterialContent';
import { ProgressPanel } from './ProgressPanel';

export function MaterialPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/study/materials/{id}', { path: { id } });
  const m = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!m) return <Card loading />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 960 }}>
      <Card
        styles={{ body: { padding: mobile ? 14 : 24 } }}
        title={<Tag color={STATUS_COLOURS[m.status]}>{t(`studyMaterials.status.${m.status}`)}</Tag>}
        extra={<OfficeButtons m={m} />}
      >
        <MaterialHeading m={m} mobile={mobile} />
        <MaterialContent m={m} />
      </Card>
      {m.allowedActions.includes('materialProgress') && <ProgressPanel m={m} />}
    </Space>
  );
}

function OfficeButtons({ m }: { m: MaterialDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const may = (a: string) => m.allowedActions.includes(a);
  const path = { path: { id: m.id } };
  const run = async (step: () => Promise<string>) => {
    try {
      message.success(await step());
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Space wrap>
      {may('editMaterial') && (
        <Link to={`/study/materials/${m.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('studyMaterials.edit')}</Button>
        </Link>
      )}
      {may('publishMaterial') && (
        <Popconfirm
          title={t('studyMaterials.publishConfirm')}
          onConfirm={() =>
            run(async () => {
              const r = await api.post('/api/study/materials/{id}/publish', path);
              return r.withoutAccount
                ? t('studyMaterials.publishedWithout', { n: r.assigned, m: r.withoutAccount })
                : t('studyMaterials.published', { n: r.assigned });
            })
          }
        >
          <Button type="primary" data-testid="publish-material">
            {t('studyMaterials.publish')}
          </Button>
        </Popconfirm>
      )}
      {may('withdrawMaterial') && (
        <Popconfirm
          title={t('studyMaterials.withdrawConfirm')}
          onConfirm={() =>
            run(async () => {
              await api.post('/api/study/materials/{id}/withdraw', path);
              return t('studyMaterials.withdrawn');
            })
          }
        >
          <Button danger>{t('studyMaterials.withdraw')}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
