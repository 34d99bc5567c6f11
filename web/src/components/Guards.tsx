import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Permission } from '../api/models';
import { useSession } from '../auth';
import { useI18n } from '../i18n';

/** Hides a page from users without the permission; the server refuses them anyway. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission | Permission[];
  children: ReactNode;
}) {
  const { can } = useSession();
  const { t } = useI18n();
  const list = Array.isArray(permission) ? permission : [permission];
  if (!list.some(can)) {
    return (
      <Result
        status="403"
        title={t('common.forbidden')}
        subTitle={t('common.forbiddenHint')}
        extra={
          <Link to="/">
            <Button>{t('common.goHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={
        <Link to="/">
          <Button>{t('common.goHome')}</Button>
        </Link>
      }
    />
  );
}
