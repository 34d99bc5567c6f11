// The account forms: create / edit, and the roles. The fields a role needs (a handling
// unit, a leader's title) appear when that role is chosen.
import { Alert, Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { BodyOf } from '../../api/paths';
import { KEEP_PAGE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/useDebounced';
import { collator, useI18n } from '../../i18n';
import type { Account, HandlingUnit, MemberOption, Role, WithOneTimePassword } from '../../api/models';
import { assignableRoles, TITLED_ROLES } from './values';
import '../../i18n/areas/admin';

function useAssignableRoles(): Role[] {
  const { me, can } = useSession();
  const home = me?.orgs.find((o) => o.id === me.user.orgId);
  return assignableRoles(home?.level, can('org.manage'));
}

/** A form control (Form.Item passes value and onChange): one checkbox per role, with what the role does. */
function RoleChoices({ roles, value, onChange }: { roles: Role[]; value?: Role[]; onChange?(v: Role[]): void }) {
  const { t } = useI18n();
  return (
    <Checkbox.Group style={{ width: '100%' }} value={value} onChange={(v) => onChange?.(v as Role[])}>
      <Row gutter={[8, 8]}>
        {roles.map((r) => (
          <Col key={r} xs={24} sm={12}>
            <Checkbox value={r}>
              {t(`layout.role_${r}`)}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                {t(`admin.roleDesc_${r}`)}
              </Typography.Text>
            </Checkbox>
          </Col>
        ))}
      </Row>
    </Checkbox.Group>
  );
}

/** Unit and title fields, shown only when the chosen roles need them. */
function RoleDetails({ units, roles }: { units: HandlingUnit[]; roles: Role[] | undefined }) {
  const { t } = useI18n();
  const unitOptions = useMemo(
    () =>
      units
        .filter((u) => u.active)
        .sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name))
        .map((u) => ({ value: u.id, label: u.name })),
    [units],
  );
  return (
    <>
      {roles?.includes('unit') && (
        <Form.Item name="unitId" label={t('admin.unit')} rules={[{ required: true, message: t('admin.unitRequired') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
        </Form.Item>
      )}
      {roles?.some((r) => TITLED_ROLES.includes(r)) && (
        <Form.Item
          name="leaderTitle"
          label={t('admin.leaderTitle')}
          rules={[{ required: true, whitespace: true, message: t('admin.leaderTitleRequired') }]}
        >
          <Input maxLength={30} placeholder={t('admin.leaderTitlePlaceholder')} />
        </Form.Item>
      )}
    </>
  );
}

/** Picks a roster member of the organisation by name or pinyin initials. */
function MemberSelect({
  id,
  value,
  onChange,
  current,
}: {
  /** From Form.Item: ties the field's label to the input. */
  id?: string;
  value?: number | null;
  onChange?(v: number | null): void;
  current?: { id: number; name: string };
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const search = useApiQuery('/api/users/member-options', { query: { q: useDebounced(q, 250) } }, KEEP_PAGE);
  const options: MemberOption[] = search.data ?? [];
  const all =
    current && !options.some((o) => o.id === current.id) ? [{ ...current, hasAccount: false }, ...options] : options;
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder={t('admin.memberPlaceholder')}
      options={all.map((o) => ({
        value: o.id,
        disabled: o.hasAccount && o.id !== current?.id,
        label: o.hasAccount && o.id !== current?.id ? `${o.name}（${t('admin.hasAccount')}）` : o.name,
      }))}
    />
  );
}

const PHONE = /^(\+?86)?1[3-9]\d{9}$/;

interface UserValues {
  username: string;
  displayName: string;
  roles: Role[];
  phone?: string;
  clearPhone?: boolean;
  email?: string;
  memberId?: number | null;
  unitId?: number;
  leaderTitle?: string;
}

export function UserFormModal({
  open,
  user,
  units,
  onClose,
  onCreated,
  onSaved,
}: {
  open: boolean;
  user: Account | null;
  units: HandlingUnit[];
  onClose(): void;
  onCreated(result: WithOneTimePassword): void;
  onSaved(user: Account): void;
}) {
  const { t } = useI18n();
  const roles = useAssignableRoles();
  const [form] = Form.useForm<UserValues>();
  const chosen = Form.useWatch('roles', form) ?? user?.roles;
  const clearPhone = Form.useWatch('clearPhone', form);

  const submit = async (v: UserValues) => {
    const phone = v.phone?.replace(/[\s-]/g, '') || undefined;
    const email = v.email?.trim() || undefined;
    if (!user) {
      const body = {
        username: v.username,
        displayName: v.displayName,
        roles: v.roles,
        phone,
        email,
        memberId: v.memberId ?? undefined,
        unitId: v.unitId,
        leaderTitle: v.leaderTitle,
      };
      onCreated(await api.post('/api/users', { body }));
      return;
    }
    const body: BodyOf<'/api/users/{id}', 'patch'> = {
      displayName: v.displayName,
      email: email ?? null,
      memberId: v.memberId ?? null,
    };
    if (v.clearPhone) body.phone = null;
    else if (phone) body.phone = phone;
    if (v.unitId !== undefined) body.unitId = v.unitId;
    if (v.leaderTitle !== undefined) body.leaderTitle = v.leaderTitle;
    onSaved(await api.patch('/api/users/{id}', { path: { id: user.id }, body }));
  };

  const initial: Partial<UserValues> = user
    ? {
        displayName: user.displayName,
        email: user.email ?? undefined,
        memberId: user.memberId,
        unitId: user.unitId ?? undefined,
        leaderTitle: user.leaderTitle ?? undefined,
      }
    : { roles: ['member'] };

  return (
    <FormModal<UserValues>
      open={open}
      title={user ? `${t('admin.editUser')}：${user.username}` : t('admin.newUser')}
      width={640}
      initialValues={initial}
      onCancel={onClose}
      onSubmit={submit}
      form={form}
    >
      {!user && (
        <Form.Item
          name="username"
          label={t('admin.username')}
          extra={t('admin.usernameHelp')}
          normalize={(v: string) => v?.toLowerCase()}
          rules={[{ required: true, pattern: /^[a-z0-9_.-]{3,32}$/, message: t('admin.usernameRule') }]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('admin.displayName')}
        rules={[{ required: true, whitespace: true, message: t('admin.displayNameRequired') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      {!user && (
        <Form.Item
          name="roles"
          label={t('admin.roles')}
          extra={roles.includes('auditor') ? t('admin.rolesSodHint') : undefined}
          rules={[{ required: true, type: 'array', min: 1, message: t('admin.rolesRequired') }]}
        >
          <RoleChoices roles={roles} />
        </Form.Item>
      )}
      <RoleDetails units={units} roles={chosen} />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="phone"
            label={t('admin.phone')}
            extra={user?.phoneMasked ? t('admin.phoneKeep', { masked: user.phoneMasked }) : t('admin.phoneHelp')}
            rules={[
              {
                validator: (_, v?: string) =>
                  !v || PHONE.test(v.replace(/[\s-]/g, ''))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('admin.phoneRule'))),
              },
            ]}
          >
            <Input inputMode="tel" maxLength={20} disabled={clearPhone} />
          </Form.Item>
          {user?.phoneMasked && (
            <Form.Item name="clearPhone" valuePropName="checked" style={{ marginTop: -12 }}>
              <Checkbox>{t('admin.phoneClear')}</Checkbox>
            </Form.Item>
          )}
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('admin.email')} rules={[{ type: 'email', message: t('admin.emailRule') }]}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="memberId" label={t('admin.member')}>
        <MemberSelect
          current={user?.memberId ? { id: user.memberId, name: user.memberName ?? String(user.memberId) } : undefined}
        />
      </Form.Item>
    </FormModal>
  );
}

export function RolesModal({
  user,
  units,
  onClose,
  onSaved,
}: {
  user: Account | null;
  units: HandlingUnit[];
  onClose(): void;
  onSaved(user: Account): void;
}) {
  const { t } = useI18n();
  const assignable = useAssignableRoles();
  const [form] = Form.useForm<{ roles: Role[]; unitId?: number; leaderTitle?: string }>();
  const chosen = Form.useWatch('roles', form);
  // A role the user holds stays listed even if this organisation would not hand it out now.
  const roles = user ? [...new Set([...assignable, ...user.roles])] : assignable;

  const submit = async (v: { roles: Role[]; unitId?: number; leaderTitle?: string }) => {
    if (!user) return;
    // A new role's details are saved with the account first, then the roles.
    const details: BodyOf<'/api/users/{id}', 'patch'> = {};
    if (v.unitId !== undefined && v.unitId !== user.unitId) details.unitId = v.unitId;
    if (v.leaderTitle !== undefined && v.leaderTitle !== user.leaderTitle) details.leaderTitle = v.leaderTitle;
    if (Object.keys(details).length) await api.patch('/api/users/{id}', { path: { id: user.id }, body: details });
    onSaved(await api.put('/api/users/{id}/roles', { path: { id: user.id }, body: { roles: v.roles } }));
  };

  return (
    <FormModal
      open={!!user}
      title={user ? `${t('admin.changeRoles')}：${user.displayName}` : ''}
      width={600}
      form={form}
      initialValues={
        user
          ? { roles: user.roles, unitId: user.unitId ?? undefined, leaderTitle: user.leaderTitle ?? undefined }
          : undefined
      }
      onCancel={onClose}
      onSubmit={submit}
    >
      {roles.includes('auditor') && (
        <Alert type="info" showIcon title={t('admin.rolesSodHint')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('admin.rolesRequired') }]}>
        <RoleChoices roles={roles} />
      </Form.Item>
      <RoleDetails units={units} roles={chosen} />
    </FormModal>
  );
}
