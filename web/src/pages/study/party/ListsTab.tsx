// 三张清单: each list of the year with its completion and overdue count, its items with owner,
// deadline, progress and latest check; the office adds and edits items, records progress and checks.
import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Grid,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Progress,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import type { CheckResult, DutyItem, DutyListBlock } from './api';
import { MemberSelect } from './MemberSelect';

const RESULT_COLOR: Record<CheckResult, string> = { met: 'success', unmet: 'error', rectifying: 'warning' };
type ItemForm = {
  list: DutyListBlock['list'];
  content: string;
  owner: string;
  ownerMemberId?: number | null;
  dueOn: dayjs.Dayjs;
  progress?: string;
};
type CheckForm = { result: CheckResult; note?: string; checkedOn: dayjs.Dayjs };

export function ListsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const [year, setYear] = useState<number>(dayjs().year());
  const q = useApiQuery('/api/study/party/lists', { query: { year } });
  const [editing, setEditing] = useState<DutyItem | DutyListBlock['list'] | null>(null);
  const [checking, setChecking] = useState<DutyItem | null>(null);
  const data = q.data;
  const canEdit = !!data?.canEdit;

  const saveItem = async (v: ItemForm) => {
    const common = {
      content: v.content,
      owner: v.owner,
      ownerMemberId: v.ownerMemberId ?? null,
      dueOn: v.dueOn.format('YYYY-MM-DD'),
    };
    if (editing && typeof editing === 'object')
      await api.patch('/api/study/party/items/{id}', {
        path: { id: editing.id },
        body: { ...common, progress: v.progress ?? null },
      });
    else await api.post('/api/study/party/items', { body: { ...common, list: v.list, year } });
    message.success(t('studyParty.saved'));
    setEditing(null);
  };
  const saveCheck = async (v: CheckForm) => {
    await api.post('/api/study/party/items/{id}/checks', {
      path: { id: checking!.id },
      body: { result: v.result, note: v.note ?? null, checkedOn: v.checkedOn.format('YYYY-MM-DD') },
    });
    message.success(t('studyParty.saved'));
    setChecking(null);
  };
  const remove = async (item: DutyItem) => {
    await api.delete('/api/study/party/items/{id}', { path: { id: item.id } });
    message.success(t('studyParty.deleted'));
  };

  const years = Array.from({ length: 5 }, (_, i) => dayjs().year() + 1 - i);
  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Select
          aria-label={t('studyParty.year')}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        {!canEdit && data && <Typography.Text type="secondary">{t('studyParty.readOnly')}</Typography.Text>}
      </Space>
      {q.isLoading && <Spin />}
      {data?.lists.map((block) => (
        <Card
          key={block.list}
          size="small"
          data-testid={`list-${block.list}`}
          title={t(`studyParty.list.${block.list}`)}
          extra={
            canEdit && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(block.list)}>
                {t('studyParty.addItem')}
              </Button>
            )
          }
        >
          <Space wrap style={{ marginBottom: 8 }}>
            <Progress
              type="circle"
              size={44}
              percent={Math.round(block.completion * 100)}
              aria-label={t(`studyParty.list.${block.list}`)}
            />
            <Typography.Text>{t('studyParty.completion', { done: block.done, total: block.total })}</Typography.Text>
            {block.overdue > 0 && <Tag color="error">{t('studyParty.overdueCount', { n: block.overdue })}</Tag>}
          </Space>
          <List<DutyItem>
            itemLayout={mobile ? 'vertical' : 'horizontal'}
            size="small"
            dataSource={block.items}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyParty.noItems')} /> }}
            renderItem={(item) => (
              <List.Item
                data-testid={`item-${item.id}`}
                actions={
                  canEdit
                    ? [
                        <Button key="check" type="link" size="small" onClick={() => setChecking(item)}>
                          {t('studyParty.check')}
                        </Button>,
                        <Button key="edit" type="link" size="small" onClick={() => setEditing(item)}>
                          {t('studyParty.rename')}
                        </Button>,
                        <Popconfirm key="del" title={t('studyParty.confirmDelete')} onConfirm={() => remove(item)}>
                          <Button type="link" size="small" danger>
                            {t('studyParty.removeOrg')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <span>{item.content}</span>
                      {item.latest ? (
                        <Tag color={RESULT_COLOR[item.latest.result]}>
                          {t(`studyParty.result.${item.latest.result}`)}
                        </Tag>
                      ) : (
                        <Tag>{t('studyParty.unchecked')}</Tag>
                      )}
                      {item.overdue && <Tag color="error">{t('studyParty.overdue')}</Tag>}
                    </Space>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <span>
                        {t('studyParty.owner')}：{item.owner}
                        {item.ownerMember && item.ownerMember.name !== item.owner
                          ? `（${item.ownerMember.name}）`
                          : ''}{' '}
                        · {t('studyParty.dueOn')}：{formatDate(item.dueOn)}
                      </span>
                      {item.progress && (
                        <span>
                          {t('studyParty.progress')}：{item.progress}
                        </span>
                      )}
                      {item.latest && (
                        <span>
                          {t('studyParty.checkedOn')}：{formatDate(item.latest.checkedOn)}
                          {item.latest.note ? ` · ${item.latest.note}` : ''}
                        </span>
                      )}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ))}
      <FormModal<ItemForm>
        open={editing !== null}
        title={typeof editing === 'object' && editing ? t('studyParty.editItem') : t('studyParty.addItem')}
        initialValues={
          editing && typeof editing === 'object'
            ? {
                ...editing,
                list: editing.list,
                ownerMemberId: editing.ownerMember?.id ?? null,
                dueOn: dayjs(editing.dueOn),
                progress: editing.progress ?? '',
              }
            : { list: editing ?? 'party_building', dueOn: dayjs(`${year}-12-31`) }
        }
        onCancel={() => setEditing(null)}
        onSubmit={saveItem}
      >
        <Form.Item name="list" label={t('studyParty.tab.lists')} rules={[{ required: true }]}>
          <Select
            disabled={typeof editing === 'object'}
            options={(['party_building', 'ideology', 'clean_government'] as const).map((l) => ({
              value: l,
              label: t(`studyParty.list.${l}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="content" label={t('studyParty.content')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="owner"
          label={t('studyParty.owner')}
          extra={t('studyParty.ownerHint')}
          rules={[{ required: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="ownerMemberId" label={t('studyParty.ownerMember')}>
          <MemberSelect />
        </Form.Item>
        <Form.Item name="dueOn" label={t('studyParty.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {typeof editing === 'object' && (
          <Form.Item name="progress" label={t('studyParty.progress')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<CheckForm>
        open={checking !== null}
        title={`${t('studyParty.recordCheck')}：${checking?.content ?? ''}`}
        initialValues={{ result: 'met', checkedOn: dayjs() }}
        onCancel={() => setChecking(null)}
        onSubmit={saveCheck}
      >
        <Form.Item name="result" label={t('studyParty.result')} rules={[{ required: true }]}>
          <Select
            options={(['met', 'unmet', 'rectifying'] as const).map((r) => ({
              value: r,
              label: t(`studyParty.result.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('studyParty.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="checkedOn" label={t('studyParty.checkedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
