// 用户管理: the accounts of the user's own organisation — list, create (showing the
// one-time password once), edit, roles, password reset, unlock, deactivate / activate.
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Dropdown, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, http, qs } from '../../api/client';
import type { Paged } from '../../api/types';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import { ALL_ROLES, type Account, type Role, type WithOneTimePassword } from './types';
import { RolesModal, UserFormModal } from './UserForms';
import { useRefData } from './useRefData';

interface Filters {
  q?: string;
  role?: Role;
  active?: 'true' | 'false';
  page: number;
}

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message, modal } = AntApp.useApp();
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [data, setData] = useState<Paged<Account> | null>(null);
  const [loading, setLoading] = useState(false);
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [rolesOf, setRolesOf] = useState<Account | null>(null);
  const [oneTime, setOneTime] = useState<WithOneTimePassword | null>(null);
  const units = useRefData(me?.user.orgId).data?.units ?? [];
  const home = me?.orgs.find((o) => o.id === me.user.orgId);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await http.get<Paged<Account>>(`/api/users${qs({ ...filters, pageSize: PAGE_SIZE })}`));
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : t('common.networkError'));
    } finally {
      setLoading(false);
    }
  }, [filters, message, t]);
  useEffect(() => void load(), [load]);

  /** Runs one account action after an optional confirmation, then refreshes the list. */
  const act = (user: Account, run: () => Promise<unknown>, done: string, confirm?: string) => {
    const go = async () => {
      try {
        await run();
        if (done) message.success(done);
        await load();
      } catch (err) {
        message.error(err instanceof ApiError ? err.message : t('common.networkError'));
      }
    };
    if (confirm)
      modal.confirm({ title: confirm, okText: t('common.confirm'), cancelText: t('common.cancel'), onOk: go });
    else void go();
  };

  const actionsFor = (u: Account) =>
    [
      u.can.resetPassword && {
        key: 'reset',
        label: t('admin.resetPassword'),
        onClick: () =>
          act(
            u,
            async () => setOneTime(await http.post<WithOneTimePassword>(`/api/users/${u.id}/reset-password`)),
            '',
            t('admin.confirmReset', { name: u.displayName }),
          ),
      },
      u.locked && {
        key: 'unlock',
        label: t('admin.unlock'),
        onClick: () =>
          act(u, () => http.post(`/api/users/${u.id}/unlock`), t('admin.unlocked', { name: u.displayName })),
      },
      u.can.deactivate &&
        (u.active
          ? {
              key: 'deactivate',
              danger: true,
              label: t('admin.deactivate'),
              onClick: () =>
                act(
                  u,
                  () => http.post(`/api/users/${u.id}/deactivate`),
                  t('admin.deactivated', { name: u.displayName }),
                  t('admin.confirmDeactivate', { name: u.displayName }),
                ),
            }
          : {
              key: 'activate',
              label: t('admin.activate'),
              onClick: () =>
                act(
                  u,
                  () => http.post(`/api/users/${u.id}/activate`),
                  t('admin.activated', { name: u.displayName }),
                  t('admin.confirmActivate', { name: u.displayName }),
                ),
            }),
    ].filter((x) => !!x);

  return (
    <Card
      title={t('admin.usersTitle')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('admin.newUser')}
        </Button>
      }
    >
      <Alert
        type="info"
        showIcon
        title={t('admin.usersScope', { org: home?.name ?? '' })}
        style={{ marginBottom: 16 }}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('admin.searchUser')}
          style={{ width: 240 }}
          onSearch={(v) => setFilters((f) => ({ ...f, q: v.trim() || undefined, page: 1 }))}
        />
        <Select
          allowClear
          placeholder={t('admin.allRoles')}
          style={{ width: 170 }}
          onChange={(role?: Role) => setFilters((f) => ({ ...f, role, page: 1 }))}
          options={ALL_ROLES.map((r) => ({ value: r, label: t(`layout.role_${r}`) }))}
        />
        <Select
          allowClear
          placeholder={t('admin.allStatus')}
          style={{ width: 120 }}
          onChange={(active?: 'true' | 'false') => setFilters((f) => ({ ...f, active, page: 1 }))}
          options={[
            { value: 'true', label: t('admin.active') },
            { value: 'false', label: t('admin.inactive') },
          ]}
        />
      </Space>
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items}
        scroll={{ x: 1060 }}
        pagination={{
          current: filters.page,
          pageSize: PAGE_SIZE,
          total: data?.total,
          showSizeChanger: false,
          onChange: (page) => setFilters((f) => ({ ...f, page })),
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          {
            title: t('admin.username'),
            dataIndex: 'username',
            width: 140,
            render: (v: string, u) => (
              <Space size={4}>
                <Typography.Text code>{v}</Typography.Text>
                {u.id === me?.user.id && <Tag>{t('admin.self')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('admin.displayName'),
            dataIndex: 'displayName',
            width: 140,
            render: (v: string, u) => (
              <>
                {v}
                {u.leaderTitle && <Typography.Text type="secondary">（{u.leaderTitle}）</Typography.Text>}
              </>
            ),
          },
          {
            title: t('admin.roles'),
            dataIndex: 'roles',
            render: (roles: Role[]) =>
              roles.map((r) => (
                <Tag
                  key={r}
                  color={r === 'auditor' ? 'purple' : r === 'staff' || r === 'county_admin' ? 'red' : undefined}
                >
                  {t(`layout.role_${r}`)}
                </Tag>
              )),
          },
          { title: t('admin.phone'), dataIndex: 'phoneMasked', width: 120 },
          {
            title: t('common.status'),
            width: 150,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.active ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>}
                {u.locked && <Tag color="orange">{t('admin.locked')}</Tag>}
                {u.mustChangePassword && u.active && <Tag color="blue">{t('admin.mustChange')}</Tag>}
                {u.totpEnabled && <Tag color="cyan">{t('admin.totp')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('admin.lastLogin'),
            dataIndex: 'lastLoginAt',
            width: 175,
            render: (v: string | null) =>
              v ? formatDateTime(v) : <Typography.Text type="secondary">{t('admin.never')}</Typography.Text>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            fixed: 'right',
            render: (_, u) => {
              const more = actionsFor(u);
              return (
                <Space size={0}>
                  {u.can.edit && (
                    <Button type="link" size="small" onClick={() => setEditing(u)}>
                      {t('common.edit')}
                    </Button>
                  )}
                  {u.can.changeRoles && (
                    <Button type="link" size="small" onClick={() => setRolesOf(u)}>
                      {t('admin.changeRoles')}
                    </Button>
                  )}
                  {more.length > 0 && (
                    <Dropdown menu={{ items: more }} trigger={['click']}>
                      <Button type="link" size="small" data-testid={`more-${u.username}`}>
                        {t('common.more')}
                        <DownOutlined />
                      </Button>
                    </Dropdown>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      <UserFormModal
        open={editing !== null}
        user={editing === 'new' ? null : editing}
        units={units}
        onClose={() => setEditing(null)}
        onCreated={(r) => {
          setEditing(null);
          setOneTime(r);
          void load();
        }}
        onSaved={() => {
          setEditing(null);
          message.success(t('admin.saved'));
          void load();
        }}
      />
      <RolesModal
        user={rolesOf}
        units={units}
        onClose={() => setRolesOf(null)}
        onSaved={() => {
          setRolesOf(null);
          message.success(t('admin.rolesSaved'));
          void load();
        }}
      />
      <OneTimePasswordModal result={oneTime} onClose={() => setOneTime(null)} />
    </Card>
  );
}
