// 用户管理: the accounts of the user's own organisation — list, create (showing the
// one-time password once), edit, roles, password reset, unlock, deactivate / activate.
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Dropdown, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { QueryOf } from '../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import type { Account, Role, WithOneTimePassword } from '../../api/models';
import { ALL_ROLES } from './values';
import { RolesModal, UserFormModal } from './UserForms';
import { useRefData } from './useRefData';
import '../../i18n/areas/admin';

type Filters = QueryOf<'/api/users'> & { page: number };

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message, modal } = AntApp.useApp();
  const [filters, setFilters] = useState<Filters>({ page: 1 });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [rolesOf, setRolesOf] = useState<Account | null>(null);
  const [oneTime, setOneTime] = useState<WithOneTimePassword | null>(null);
  const units = useRefData(me?.user.orgId).data?.units ?? [];
  const home = me?.orgs.find((o) => o.id === me.user.orgId);

  const list = useApiQuery('/api/users', { query: { ...filters, pageSize: PAGE_SIZE } }, KEEP_PAGE);
  const data = list.data;

  /** Runs one account action after an optional confirmation (the list refreshes after the write). */
  const act = (user: Account, run: () => Promise<unknown>, done: string, confirm?: string) => {
    const go = async () => {
      try {
        await run();
        if (done) message.success(done);
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
            async () => setOneTime(await api.post('/api/users/{id}/reset-password', { path: { id: u.id } })),
            '',
            t('admin.confirmReset', { name: u.displayName }),
          ),
      },
      u.locked && {
        key: 'unlock',
        label: t('admin.unlock'),
        onClick: () =>
          act(
            u,
            () => api.post('/api/users/{id}/unlock', { path: { id: u.id } }),
            t('admin.unlocked', { name: u.displayName }),
          ),
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
                  () => api.post('/api/users/{id}/deactivate', { path: { id: u.id } }),
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
                  () => api.post('/api/users/{id}/activate', { path: { id: u.id } }),
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
          aria-label={t('admin.allRoles')}
          style={{ width: 170 }}
          onChange={(role?: Role) => setFilters((f) => ({ ...f, role, page: 1 }))}
          options={ALL_ROLES.map((r) => ({ value: r, label: t(`layout.role_${r}`) }))}
        />
        <Select
          allowClear
          placeholder={t('admin.allStatus')}
          aria-label={t('admin.allStatus')}
          style={{ width: 120 }}
          onChange={(active?: 'true' | 'false') => setFilters((f) => ({ ...f, active, page: 1 }))}
          options={[
            { value: 'true', label: t('admin.active') },
            { value: 'false', label: t('admin.inactive') },
          ]}
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<Account>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
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
        }}
        onSaved={() => {
          setEditing(null);
          message.success(t('admin.saved'));
        }}
      />
      <RolesModal
        user={rolesOf}
        units={units}
        onClose={() => setRolesOf(null)}
        onSaved={() => {
          setRolesOf(null);
          message.success(t('admin.rolesSaved'));
        }}
      />
      <OneTimePasswordModal result={oneTime} onClose={() => setOneTime(null)} />
    </Card>
  );
}
