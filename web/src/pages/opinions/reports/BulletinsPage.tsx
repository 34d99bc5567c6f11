// The issues of the 社情民意 bulletin of a year: the office composes the next one (numbered in
// order); everyone who reads reports opens an issue or downloads it as Word.
import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, apiUrl } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { thisYear } from './reportsApi';

export function BulletinsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [year, setYear] = useState(thisYear());
  const list = useApiQuery('/api/opinions/bulletins', { query: { year } });
  const compose = async () => {
    try {
      const b = await api.post('/api/opinions/bulletins', { body: { year } });
      message.success(t('opinionsReports.composed', { label: b.label }));
      navigate(`/opinions/bulletins/${b.id}`);
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Card
      title={t('opinionsReports.bulletinsTitle')}
      extra={
        <Space wrap>
          <InputNumber
            aria-label={t('opinionsReports.year')}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => v && setYear(v)}
            addonAfter={t('opinionsReports.year')}
          />
          {can('opinions.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={compose} data-testid="compose-bulletin">
              {t('opinionsReports.compose')}
            </Button>
          )}
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('opinionsReports.bulletins'),
            dataIndex: 'label',
            render: (v: string, b) => (
              <Link to={`/opinions/bulletins/${b.id}`} data-testid="bulletin-link">
                {v}
              </Link>
            ),
          },
          {
            title: t('opinionsReports.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: 'draft' | 'published') => (
              <Tag color={s === 'published' ? 'green' : 'gold'}>{t(`opinionsReports.bulletin.${s}`)}</Tag>
            ),
          },
          { title: t('opinionsReports.items'), dataIndex: 'items', width: 80 },
          {
            title: t('opinionsReports.issuedOn'),
            dataIndex: 'issuedOn',
            width: 130,
            render: (v: string | null) => (v ? formatDate(v) : '—'),
          },
          {
            title: '',
            width: 120,
            render: (_, b) => (
              <Button
                size="small"
                icon={<FileWordOutlined />}
                href={apiUrl('/api/opinions/bulletins/{id}/issue.docx', { path: { id: b.id } })}
              >
                Word
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
