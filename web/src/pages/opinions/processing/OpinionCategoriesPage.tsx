// 意见类别与主题: the office keeps its categories and themes and the keywords its rules match,
// retires the ones no longer used, and classifies the unclassified opinions at once; leaders
// read them with their counts.
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { KeyboardScroll } from '../../../components/KeyboardScroll';
import { useI18n } from '../../../i18n';
import type { Category } from './processingApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './processingApi';

type Kind = 'category' | 'theme';
interface Values {
  name: string;
  keywords: string[];
  sortOrder?: number;
}

export function OpinionCategoriesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { can } = useSession();
  const office = can('opinions.manage');
  const q = useApiQuery('/api/opinions/categories', {});
  const [kind, setKind] = useState<Kind>('category');
  const [editing, setEditing] = useState<Category | 'new' | null>(null);

  const classifyAll = async () => {
    try {
      const r = await api.post('/api/opinions/classify', { body: {} });
      message.success(
        t('opinionProcessing.classifiedResult', {
          n: r.classified,
          rule: r.byRule,
          model: r.byModel,
          left: r.unclassified,
        }),
      );
      await q.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const setActive = async (c: Category, active: boolean) => {
    try {
      await api.patch('/api/opinions/categories/{id}', { path: { id: c.id }, body: { active } });
      await q.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const save = async (v: Values) => {
    const body = { name: v.name, keywords: v.keywords ?? [], sortOrder: v.sortOrder };
    if (editing === 'new') await api.post('/api/opinions/categories', { body: { kind, ...body } });
    else if (editing) await api.patch('/api/opinions/categories/{id}', { path: { id: editing.id }, body });
    setEditing(null);
    await q.refetch();
  };
  const rows = (q.data ?? []).filter((c) => c.kind === kind);
  return (
    <Card
      title={t('opinionProcessing.categoriesTitle')}
      extra={
        office && (
          <Space wrap>
            <Button onClick={classifyAll} data-testid="classify-all">
              {t('opinionProcessing.classifyAll')}
            </Button>
            <Button type="primary" onClick={() => setEditing('new')} data-testid="category-add">
              {t('opinionProcessing.add')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('opinionProcessing.categoriesHint')}</Typography.Paragraph>
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      <Segmented
        value={kind}
        onChange={(k) => setKind(k as Kind)}
        options={[
          { value: 'category', label: t('opinionProcessing.kindCategory') },
          { value: 'theme', label: t('opinionProcessing.kindTheme') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <KeyboardScroll label={t('opinionProcessing.categoriesTitle')}>
        <Table<Category>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          columns={[
            {
              title: t('opinionProcessing.name'),
              dataIndex: 'name',
              render: (name: string, c) => (
                <Space size={4}>
                  {name}
                  {!c.active && <Tag>{t('opinionProcessing.inactive')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('opinionProcessing.keywords'),
              dataIndex: 'keywords',
              render: (k: string[]) => (
                <Space wrap size={[4, 4]}>
                  {k.map((w) => (
                    <Tag key={w}>{w}</Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('opinionProcessing.opinionsCount'), dataIndex: 'opinions', align: 'right' },
            ...(office
              ? [
                  {
                    key: 'actions',
                    render: (_: unknown, c: Category) => (
                      <Space size={4}>
                        <Button size="small" type="link" onClick={() => setEditing(c)}>
                          {t('opinionProcessing.edit')}
                        </Button>
                        <Button size="small" type="link" onClick={() => void setActive(c, !c.active)}>
                          {c.active ? t('opinionProcessing.retire') : t('opinionProcessing.restore')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </KeyboardScroll>
      <FormModal<Values>
        open={editing !== null}
        title={editing === 'new' ? t('opinionProcessing.add') : t('opinionProcessing.edit')}
        initialValues={editing && editing !== 'new' ? editing : { keywords: [] }}
        onCancel={() => setEditing(null)}
        onSubmit={save}
      >
        <Form.Item name="name" label={t('opinionProcessing.name')} rules={[{ required: true, max: 30 }]}>
          <Input data-testid="category-name" />
        </Form.Item>
        <Form.Item name="keywords" label={t('opinionProcessing.keywords')} extra={t('opinionProcessing.keywordsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item name="sortOrder" label="#">
          <InputNumber min={0} max={999} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
