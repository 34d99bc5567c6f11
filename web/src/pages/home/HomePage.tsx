// The landing page: a greeting and shortcuts to what this user can open.
import { Card, Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { menu, visibleMenu } from '../../layout/menu';

export function HomePage() {
  const { me, can, hasRole } = useSession();
  const { t } = useI18n();
  if (!me) return null;
  const shortcuts = visibleMenu(menu, can, hasRole)
    .flatMap((e) => e.children ?? [e])
    .filter((e) => e.path !== '/');
  return (
    <>
      <Typography.Title level={3}>{t('layout.welcome', { name: me.user.displayName })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {me.currentOrg.name} ·{' '}
        {me.user.roles.map((r) => (
          <Tag key={r}>{t(`layout.role_${r}`)}</Tag>
        ))}
      </Typography.Paragraph>
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
    </>
  );
}
