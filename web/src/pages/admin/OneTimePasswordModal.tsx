// Shows a new one-time password exactly once, with a copy button.
import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import type { WithOneTimePassword } from '../../api/models';
import '../../i18n/areas/admin';

export function OneTimePasswordModal({ result, onClose }: { result: WithOneTimePassword | null; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={!!result}
      title={
        <Space>
          <KeyOutlined />
          {t('admin.otpTitle')}
        </Space>
      }
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          {t('admin.otpDone')}
        </Button>
      }
    >
      {result && (
        <>
          <Typography.Paragraph>
            {t('admin.otpIntro', { name: result.user.displayName, username: result.user.username })}
          </Typography.Paragraph>
          <Typography.Paragraph
            data-testid="one-time-password"
            copyable={{ text: result.oneTimePassword, tooltips: [t('admin.copy'), t('admin.copied')] }}
            style={{
              fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
              fontSize: 22,
              letterSpacing: 1,
              textAlign: 'center',
              padding: '12px 0',
              background: '#fafafa',
              borderRadius: 6,
            }}
          >
            {result.oneTimePassword}
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('admin.otpOnce')} />
        </>
      )}
    </Modal>
  );
}
