// 组织机构: the organisation tree as the user may administer it — create a county, edit
// names, sharing with the parent, the two-factor requirement, deactivation.
import { PlusOutlined } from '@ant-design/icons';
import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { BodyOf } from '../../api/paths';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { collator, useI18n } from '../../i18n';
import type { AdminOrg } from '../../api/models';
import '../../i18n/areas/admin';

type OrgNode = AdminOrg & { children?: OrgNode[] };

function toTree(orgs: AdminOrg[]): OrgNode[] {
  const byId = new Map<number, OrgNode>(orgs.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId !== null ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => collator.compare(a.name, b.name));
    for (const n of list) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

const CHILD_LEVEL = { province: 'city', city: 'county', county: null } as const;

interface OrgValues {
  name: string;
  shortName: string;
  regionCode?: string;
  totpRequired?: boolean;
  shareWithParent?: boolean;
}

export function OrgsPage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { message, modal } = AntApp.useApp();
  const query = useApiQuery('/api/orgs/tree');
  const orgs = useMemo(() => query.data ?? [], [query.data]);
  const [editing, setEditing] = useState<AdminOrg | null>(null);
  const [parentOf, setParentOf] = useState<AdminOrg | null>(null);
  const tree = useMemo(() => toTree(orgs), [orgs]);
  // Every branch starts open, including ones added later; the user may fold them.
  const [folded, setFolded] = useState<Set<number>>(new Set());
  const expanded = orgs.filter((o) => !folded.has(o.id)).map((o) => o.id);

  /** After any change (the write refreshed the tree): the session too, as the switcher lists visible organisations. */
  const changed = async (text: string) => {
    message.success(text);
    await refresh();
  };
  const fail = (err: unknown) => message.error(err instanceof ApiError ? err.message : t('common.networkError'));

  const patch = (org: AdminOrg, body: BodyOf<'/api/orgs/{id}', 'patch'>, done: string) =>
    api.patch('/api/orgs/{id}', { path: { id: org.id }, body }).then(() => changed(done), fail);

  const toggleShare = (org: AdminOrg, share: boolean) => {
    const go = () =>
      patch(org, { shareWithParent: share }, share ? t('admin.shareTurnedOn') : t('admin.shareTurnedOff'));
    if (share) void go();
    else
      modal.confirm({
        title: t('admin.confirmStopSharing'),
        okText: t('common.confirm'),
        cancelText: t('common.cancel'),
        onOk: go,
      });
  };

  const toggleActive = (org: AdminOrg) =>
    modal.confirm({
      title: t(org.active ? 'admin.confirmDeactivateOrg' : 'admin.confirmActivateOrg', { name: org.name }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: org.active },
      onOk: () =>
        patch(
          org,
          { active: !org.active },
          t(org.active ? 'admin.deactivated' : 'admin.activated', { name: org.name }),
        ),
    });

  // A county committee has no lower level (its button is not shown).
  const childLevel = parentOf ? CHILD_LEVEL[parentOf.level] : null;
  const save = async (v: OrgValues) => {
    const regionCode = v.regionCode?.trim() || null;
    if (editing) {
      await api.patch('/api/orgs/{id}', {
        path: { id: editing.id },
        body: { name: v.name, shortName: v.shortName, regionCode, totpRequired: !!v.totpRequired },
      });
      setEditing(null);
      await changed(t('admin.saved'));
    } else if (parentOf && childLevel) {
      await api.post('/api/orgs', {
        body: {
          parentId: parentOf.id,
          name: v.name,
          shortName: v.shortName,
          level: childLevel,
          regionCode: regionCode ?? undefined,
          shareWithParent: v.shareWithParent ?? true,
        },
      });
      setParentOf(null);
      await changed(t('admin.created'));
    }
  };

  return (
    <Card title={t('admin.orgsTitle')}>
      <Table<OrgNode>
        rowKey="id"
        loading={query.isLoading}
        dataSource={tree}
        pagination={false}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, o) =>
            setFolded((f) => {
              const next = new Set(f);
              if (open) next.delete(o.id);
              else next.add(o.id);
              return next;
            }),
        }}
        scroll={{ x: 1040 }}
        columns={[
          {
            // Plain inline content: the tree indent sits on the same line as the name.
            title: t('admin.orgName'),
            dataIndex: 'name',
            width: 240,
            render: (v: string, o) => (
              <>
                <Typography.Text strong={o.parentId === null} delete={!o.active}>
                  {v}
                </Typography.Text>
                {!o.visible && (
                  <Tooltip title={t('admin.notVisibleHint')}>
                    <Tag style={{ marginInlineStart: 8 }}>{t('admin.notShared')}</Tag>
                  </Tooltip>
                )}
              </>
            ),
          },
          { title: t('admin.shortName'), dataIndex: 'shortName', width: 110 },
          {
            title: t('admin.level'),
            dataIndex: 'level',
            width: 70,
            render: (v: AdminOrg['level']) => t(`admin.level_${v}`),
          },
          { title: t('admin.regionCode'), dataIndex: 'regionCode', width: 120 },
          {
            title: <Tooltip title={t('admin.shareHelp')}>{t('admin.shareWithParent')}</Tooltip>,
            width: 110,
            render: (_, o) =>
              o.parentId === null ? null : o.can.share ? (
                <Switch
                  size="small"
                  checked={o.shareWithParent}
                  onChange={(v) => toggleShare(o, v)}
                  aria-label={t('admin.shareWithParent')}
                />
              ) : (
                <Tag color={o.shareWithParent ? 'green' : undefined}>
                  {o.shareWithParent ? t('admin.shared') : t('admin.notShared')}
                </Tag>
              ),
          },
          {
            title: t('admin.totpRequired'),
            dataIndex: 'totpRequired',
            width: 110,
            render: (v: boolean) => (
              <Tag color={v ? 'blue' : undefined}>{v ? t('admin.totpOn') : t('admin.totpOff')}</Tag>
            ),
          },
          {
            title: t('common.status'),
            dataIndex: 'active',
            width: 80,
            render: (v: boolean) =>
              v ? <Tag color="green">{t('admin.statusActive')}</Tag> : <Tag>{t('admin.statusInactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            fixed: 'right',
            render: (_, o) => (
              <Space size={0} wrap>
                {o.can.edit && (
                  <Button type="link" size="small" onClick={() => setEditing(o)}>
                    {t('common.edit')}
                  </Button>
                )}
                {o.can.createChild && CHILD_LEVEL[o.level] && o.active && (
                  <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setParentOf(o)}>
                    {t('admin.newChild')}
                  </Button>
                )}
                {o.can.deactivate && (
                  <Button type="link" size="small" danger={o.active} onClick={() => toggleActive(o)}>
                    {o.active ? t('admin.deactivate') : t('admin.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<OrgValues>
        open={!!editing || !!parentOf}
        title={
          editing
            ? `${t('admin.editOrg')}：${editing.name}`
            : `${t('admin.newChild')}（${t('admin.parent')}：${parentOf?.name ?? ''}）`
        }
        initialValues={
          editing
            ? {
                name: editing.name,
                shortName: editing.shortName,
                regionCode: editing.regionCode ?? undefined,
                totpRequired: editing.totpRequired,
              }
            : { shareWithParent: true, totpRequired: false }
        }
        onCancel={() => {
          setEditing(null);
          setParentOf(null);
        }}
        onSubmit={save}
      >
        <Form.Item
          name="name"
          label={t('admin.orgName')}
          rules={[{ required: true, whitespace: true, min: 2, max: 80, message: t('admin.orgNameRule') }]}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item
          name="shortName"
          label={t('admin.shortName')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('admin.shortNameRule') }]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('admin.regionCode')}
          rules={[{ pattern: /^\d{6}$/, message: t('admin.regionCodeRule') }]}
        >
          <Input maxLength={6} inputMode="numeric" style={{ width: 160 }} />
        </Form.Item>
        {!editing && (
          <Form.Item name="shareWithParent" valuePropName="checked" extra={t('admin.shareHelp')}>
            <Checkbox>{t('admin.shareWithParent')}</Checkbox>
          </Form.Item>
        )}
        {editing && (
          <Form.Item name="totpRequired" valuePropName="checked">
            <Checkbox>{t('admin.totpRequiredLabel')}</Checkbox>
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}
