// The steps between password and the app: the forced first password change, the TOTP
// code, and TOTP enrolment when the organisation requires it.
import { Alert, App as AntApp, Button, Form, Input, Image, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../auth';
import { AuthShell } from '../../components/AuthShell';
import { useI18n } from '../../i18n';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ForcedPasswordPage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { message } = AntApp.useApp();
  return (
    <AuthShell title={t('auth.changePasswordTitle')}>
      <Alert type="info" showIcon message={t('auth.firstLoginHint')} style={{ marginBottom: 16 }} />
      <ChangePasswordForm
        onDone={async () => {
          message.success(t('auth.passwordChanged'));
          await refresh();
        }}
      />
    </AuthShell>
  );
}

function CodeForm({ onSubmit, button }: { onSubmit(code: string): Promise<void>; button: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      onFinish={async (v: { code: string }) => {
        setBusy(true);
        setError(null);
        try {
          await onSubmit(v.code);
        } catch (err) {
          setError(err instanceof ApiError ? err.message : t('common.networkError'));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="code"
        label={t('auth.totpCode')}
        rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpHint') }]}
      >
        <Input
          inputMode="numeric"
          maxLength={6}
          autoComplete="one-time-code"
          size="large"
          style={{ letterSpacing: 8, textAlign: 'center' }}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {button}
      </Button>
    </Form>
  );
}

export function TotpVerifyPage() {
  const { t } = useI18n();
  const { refresh, logout } = useSession();
  return (
    <AuthShell title={t('auth.totpTitle')}>
      <Typography.Paragraph type="secondary">{t('auth.totpHint')}</Typography.Paragraph>
      <CodeForm
        button={t('auth.verify')}
        onSubmit={async (code) => {
          await api.post('/api/auth/totp/verify', { body: { code } });
          await refresh();
        }}
      />
      <Button type="link" block onClick={logout} style={{ marginTop: 8 }}>
        {t('auth.logout')}
      </Button>
    </AuthShell>
  );
}

export function TotpEnrollPanel({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  // A new secret for this panel (a POST: the server keeps it pending until a code confirms it);
  // asked once however often the panel renders, and forgotten when it closes.
  const { data: setup } = useQuery({
    queryKey: ['api', 'auth', 'totp', 'setup'],
    queryFn: () => api.post('/api/auth/totp/setup'),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('auth.enrollHint')}</Typography.Paragraph>
      {setup && (
        <div style={{ textAlign: 'center', marginBottom: 16 }}>
          <Image src={setup.qrDataUrl} width={200} preview={false} alt="TOTP QR" />
          <Typography.Paragraph copyable={{ text: setup.secret }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {t('auth.secretKey')}: {setup.secret}
          </Typography.Paragraph>
        </div>
      )}
      <CodeForm
        button={t('auth.enable')}
        onSubmit={async (code) => {
          await api.post('/api/auth/totp/enable', { body: { code } });
          onDone();
        }}
      />
    </>
  );
}

export function TotpEnrollPage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <AuthShell title={t('auth.enrollTitle')}>
      <TotpEnrollPanel onDone={() => void refresh()} />
    </AuthShell>
  );
}
