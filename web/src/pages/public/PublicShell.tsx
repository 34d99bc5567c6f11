// The frame of the pages anyone may read without signing in.
import { Button, Layout, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';

export function PublicShell({ orgName, children }: { orgName?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ background: '#b7312c', display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px' }}
      >
        <Link to="/public/proposals" style={{ color: '#fff', fontWeight: 600, fontSize: 17 }}>
          {t('publicPage.title')}
        </Link>
        <Typography.Text style={{ color: '#fde8e6' }} ellipsis>
          {orgName}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <Link to="/login">
          <Button size="small">{t('publicPage.signIn')}</Button>
        </Link>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
