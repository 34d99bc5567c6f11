// One issue of the bulletin. While a draft, the office puts adopted reports in it, orders them
// and publishes it; anyone who reads reports sees its reports and downloads it as Word.
import { ArrowDownOutlined, ArrowUpOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { api, apiUrl } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { formatDate, useI18n } from '../../../i18n';
import './reportsApi';

export function BulletinPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useApiQuery('/api/opinions/bulletins/{id}', { path: { id } });
  const b = q.data;
  if (q.error) return <Alert type="error" showIcon title={q.error.message} />;
  if (!b) return null;
  const arrangeable = b.allowedActions.includes('arrangeBulletin');
  const ids = b.items.map((i) => i.reportId);
  const act = async (f: () => Promise<unknown>) => {
    try {
      await f();
      message.success(t('opinionsReports.done'));
    } catch (err) {
      message.error((err as Error).message);
    }
    await q.refetch();
  };
  const arrange = (reportIds: number[]) =>
    act(() => api.put('/api/opinions/bulletins/{id}/items', { path: { id }, body: { reportIds } }));
  const move = (i: number, by: number) => {
    const next = [...ids];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    return arrange(next);
  };
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 900 }}>
      <Card
        title={b.label}
        extra={
          <Space wrap>
            <Tag color={b.status === 'published' ? 'green' : 'gold'}>{t(`opinionsReports.bulletin.${b.status}`)}</Tag>
            {b.issuedOn && <Typography.Text type="secondary">{formatDate(b.issuedOn)}</Typography.Text>}
            <Button
              icon={<FileWordOutlined />}
              href={apiUrl('/api/opinions/bulletins/{id}/issue.docx', { path: { id } })}
              data-testid="bulletin-word"
            >
              {t('opinionsReports.word')}
            </Button>
            {b.allowedActions.includes('publishBulletin') && (
              <Popconfirm
                title={t('opinionsReports.publishConfirm')}
                onConfirm={() => act(() => api.post('/api/opinions/bulletins/{id}/publish', { path: { id } }))}
              >
                <Button type="primary" data-testid="publish-bulletin">
                  {t('opinionsReports.publish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Typography.Title level={5}>{t('opinionsReports.inIssue')}</Typography.Title>
        {b.items.length ? (
          <List
            dataSource={b.items}
            renderItem={(item, i) => (
              <List.Item
                key={item.reportId}
                data-testid="bulletin-item"
                actions={
                  arrangeable
                    ? [
                        <Button
                          key="up"
                          size="small"
                          icon={<ArrowUpOutlined />}
                          disabled={!i}
                          onClick={() => move(i, -1)}
                          aria-label={t('opinionsReports.up')}
                        />,
                        <Button
                          key="down"
                          size="small"
                          icon={<ArrowDownOutlined />}
                          disabled={i === ids.length - 1}
                          onClick={() => move(i, 1)}
                          aria-label={t('opinionsReports.down')}
                        />,
                        <Button key="rm" size="small" onClick={() => arrange(ids.filter((x) => x !== item.reportId))}>
                          {t('opinionsReports.remove')}
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta title={`${i + 1}. ${item.title}`} description={item.authors.join('、') || '—'} />
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opinionsReports.emptyIssue')} />
        )}
      </Card>
      {arrangeable && (
        <Card title={t('opinionsReports.candidates')} size="small">
          {b.candidates.length ? (
            <List
              size="small"
              dataSource={b.candidates}
              renderItem={(c) => (
                <List.Item
                  key={c.reportId}
                  actions={[
                    <Button
                      key="add"
                      size="small"
                      type="primary"
                      onClick={() => arrange([...ids, c.reportId])}
                      data-testid="add-to-issue"
                    >
                      {t('opinionsReports.add')}
                    </Button>,
                  ]}
                >
                  {c.title}
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )}
        </Card>
      )}
    </Space>
  );
}
