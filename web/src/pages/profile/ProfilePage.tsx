// The user's own account: who they are, password change, two-factor sign-in.
import { App as AntApp, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Tag } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { TotpEnrollPanel } from '../auth/GatePages';

export function ProfilePage() {
  const { me, refresh } = useSession();
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  if (!me) return null;
  const org = me.orgs.find((o) => o.id === me.user.orgId);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title={t('layout.profile')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('layout.username')}>{me.user.username}</Descriptions.Item>
            <Descriptions.Item label={t('layout.organisation')}>{org?.name}</Descriptions.Item>
            <Descriptions.Item label={t('layout.roles')}>
              {me.user.roles.map((r) => (
                <Tag key={r}>{t(`layout.role_${r}`)}</Tag>
              ))}
            </Descriptions.Item>
            {me.user.phoneMasked && (
              <Descriptions.Item label={t('layout.phone')}>{me.user.phoneMasked}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('layout.twoFactor')}>
              {me.user.totpEnabled ? (
                <Tag color="green">{t('layout.twoFactorOn')}</Tag>
              ) : (
                <Tag>{t('layout.twoFactorOff')}</Tag>
              )}
              {me.user.totpEnabled ? (
                <Button size="small" onClick={() => setDisabling(true)}>
                  {t('layout.disableTwoFactor')}
                </Button>
              ) : (
                <Button size="small" type="primary" onClick={() => setEnrolling(true)}>
                  {t('layout.setupTwoFactor')}
                </Button>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('auth.changePasswordTitle')}>
          <ChangePasswordForm onDone={() => message.success(t('auth.passwordChanged'))} />
        </Card>
      </Col>
      <Modal
        open={enrolling}
        title={t('auth.enrollTitle')}
        footer={null}
        onCancel={() => setEnrolling(false)}
        destroyOnHidden
      >
        <TotpEnrollPanel
          onDone={async () => {
            setEnrolling(false);
            await refresh();
          }}
        />
      </Modal>
      <Modal
        open={disabling}
        title={t('layout.disableTwoFactor')}
        footer={null}
        onCancel={() => setDisabling(false)}
        destroyOnHidden
      >
        <Form
          layout="vertical"
          onFinish={async (v: { password: string }) => {
            try {
              await api.post('/api/auth/totp/disable', { body: v });
              setDisabling(false);
              await refresh();
            } catch (err) {
              message.error(err instanceof ApiError ? err.message : t('common.networkError'));
            }
          }}
        >
          <Form.Item name="password" label={t('auth.currentPassword')} rules={[{ required: true }]}>
            <Input.Password />
          </Form.Item>
          <Button htmlType="submit" danger block>
            {t('layout.disableTwoFactor')}
          </Button>
        </Form>
      </Modal>
    </Row>
  );
}
