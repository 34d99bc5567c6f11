// A member's own 社情民意 reports (phone first): each with its status, and a button to write one.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { formatDate, useI18n } from '../../../i18n';
import { STATUS_COLORS } from './reportsApi';

export function MyReportsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const isMember = !!me?.user.memberId;
  const mine = useApiQuery('/api/opinions/reports/mine', {});
  return (
    <Card
      title={t('opinionsReports.mineTitle')}
      style={{ maxWidth: 720 }}
      styles={{ body: { padding: 12 } }}
      extra={
        isMember && (
          <Link to="/opinions/reports/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-report">
              {t('opinionsReports.submit')}
            </Button>
          </Link>
        )
      }
    >
      {!isMember && <Alert type="info" showIcon title={t('opinionsIntake.noMemberRecord')} />}
      {mine.error && <Alert type="error" showIcon title={mine.error.message} />}
      {mine.data && !mine.data.length && <Empty description={t('opinionsReports.none')} />}
      {!!mine.data?.length && (
        <List
          dataSource={mine.data}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <Link to={`/opinions/reports/mine/${r.id}`} style={{ width: '100%' }} data-testid="my-report">
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Typography.Text strong>{r.title}</Typography.Text>
                  <Space wrap size={4}>
                    <Tag color={STATUS_COLORS[r.status]}>{t(`opinionsReports.status.${r.status}`)}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDate(r.submittedAt)} · {r.authors.map((a) => a.name).join('、')}
                    </Typography.Text>
                  </Space>
                </Space>
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
