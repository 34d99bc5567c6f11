// The frame of the pages anyone may read without signing in. Signed in, it leads back to the
// user's own pages instead of the sign-in page (a public participant has only his account).
import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../../auth';
import { LanguageButton } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n';

export function PublicShell({ orgName, children }: { orgName?: string; children: ReactNode }) {
  const { t } = useI18n();
  const { me, logout } = useSession();
  const publicOnly = !!me && me.user.roles.every((r) => r === 'public');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#b7312c', display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px' }}
      >
        <Link to="/public/proposals" style={{ color: '#fff', fontWeight: 600, fontSize: 17, whiteSpace: 'nowrap' }}>
          {t('publicPage.title')}
        </Link>
        <Typography.Text style={{ color: '#fde8e6' }} ellipsis>
          {orgName}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <LanguageButton light />
        {me ? (
          <Space size={8} data-testid="public-account">
            <Link to={publicOnly ? '/profile' : '/'}>
              <Button size="small">{t(publicOnly ? 'layout.profile' : 'publicPage.workspace')}</Button>
            </Link>
            <Button size="small" onClick={() => void logout()}>
              {t('auth.logout')}
            </Button>
          </Space>
        ) : (
          <Link to="/login">
            <Button size="small">{t('publicPage.signIn')}</Button>
          </Link>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
