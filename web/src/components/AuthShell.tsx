// The frame of the sign-in pages: a centred card that fits a phone screen.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { LanguageButton } from './LanguageSwitch';

export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg,#fbeceb 0%,#f5f5f5 60%)',
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={3} style={{ color: '#b7312c', marginBottom: 4 }}>
            {t('common.appName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('auth.loginSubtitle')}</Typography.Text>
        </div>
        <Typography.Title level={4}>{title}</Typography.Title>
        {children}
        <div style={{ textAlign: 'center', marginTop: 8 }}>
          <LanguageButton />
        </div>
      </Card>
    </div>
  );
}
