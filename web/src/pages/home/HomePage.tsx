// The landing page: a greeting, the caller's queue figures (home/HomeFigures) and shortcuts
// to what this user can open. A public participant, who has no work pages yet, lands on the
// public proposals instead.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { menu, visibleMenu } from '../../layout/menu';
import { HomeFigures } from './HomeFigures';

export function HomePage() {
  const { me, can, hasRole } = useSession();
  const { t } = useI18n();
  if (!me) return null;
  if (me.user.roles.length > 0 && me.user.roles.every((r) => r === 'public'))
    return <Navigate to="/public/proposals" replace />;
  const hasQueue = can('proposals.manage') || (can('proposals.handle') && !!me.user.unitId) || can('proposals.lead');
  const shortcuts = visibleMenu(menu, can, hasRole, !!me.user.memberId)
    .flatMap((e) => e.children ?? [e])
    .filter((e) => e.path !== '/');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3}>{t('layout.welcome', { name: me.user.displayName })}</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {me.currentOrg.name} ·{' '}
          {me.user.roles.map((r) => (
            <Tag key={r}>{t(`layout.role_${r}`)}</Tag>
          ))}
        </Typography.Paragraph>
      </div>
      <HomeFigures enabled={hasQueue} />
      <div>
        <Typography.Title level={5}>{t('layout.quickLinks')}</Typography.Title>
        <Row gutter={[16, 16]}>
          {shortcuts.map((e) => (
            <Col key={e.path} xs={12} sm={8} md={6} lg={4}>
              <Link to={e.path}>
                <Card hoverable size="small" style={{ textAlign: 'center' }}>
                  <div style={{ fontSize: 24, color: '#b7312c' }}>{e.icon}</div>
                  <div>{t(e.labelKey)}</div>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </div>
    </Space>
  );
}
