// 组织体系: the chain 党组 → 机关党委 → 党支部 as a tree, each party organisation with its members
// and their roles. The office adds organisations under the right parent, renames and moves them,
// adds members (current CPC members of the roster), changes a member's role or branch, removes.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input, Popconfirm, Select, Space, Spin, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { PartyOrg, PartyOrgKind, PartyRole } from './api';
import { MemberSelect } from './MemberSelect';

const CHILD_KIND: Record<PartyOrgKind, PartyOrgKind | null> = {
  party_group: 'organ_committee',
  organ_committee: 'branch',
  branch: null,
};
const PARENT_KIND: Record<PartyOrgKind, PartyOrgKind | null> = {
  party_group: null,
  organ_committee: 'party_group',
  branch: 'organ_committee',
};
const ROLES: PartyRole[] = ['secretary', 'deputy_secretary', 'committee_member', 'member'];
type Membership = PartyOrg['members'][number];
type OrgForm = { kind: PartyOrgKind; name: string; parentId?: number | null };

export function OrgsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const q = useApiQuery('/api/study/party/orgs', {});
  const [orgForm, setOrgForm] = useState<{ org?: PartyOrg; kind: PartyOrgKind; parentId: number | null } | null>(null);
  const [adding, setAdding] = useState<PartyOrg | null>(null);
  const [member, setMember] = useState<{ m: Membership; org: PartyOrg } | null>(null);
  const orgs = q.data?.orgs ?? [];
  const canEdit = !!q.data?.canEdit;
  const done = () => message.success(t('studyParty.saved'));
  const roleLabel = (r: PartyRole) => t(`studyParty.role.${r}`);
  const ofKind = (k: PartyOrgKind | null) => orgs.filter((o) => o.kind === k);

  const saveOrg = async (v: OrgForm) => {
    if (orgForm?.org)
      await api.patch('/api/study/party/orgs/{id}', {
        path: { id: orgForm.org.id },
        body: {
          name: v.name,
          ...(v.parentId !== undefined && orgForm.org.parentId !== null && { parentId: v.parentId }),
        },
      });
    else
      await api.post('/api/study/party/orgs', {
        body: { kind: orgForm!.kind, name: v.name, parentId: v.parentId ?? null },
      });
    done();
    setOrgForm(null);
  };
  const removeOrg = async (o: PartyOrg) => {
    try {
      await api.delete('/api/study/party/orgs/{id}', { path: { id: o.id } });
      message.success(t('studyParty.deleted'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const addMember = async (v: { memberId: number; role: PartyRole }) => {
    await api.post('/api/study/party/orgs/{id}/members', { path: { id: adding!.id }, body: v });
    done();
    setAdding(null);
  };
  const updateMember = async (v: { role: PartyRole; partyOrgId: number }) => {
    await api.patch('/api/study/party/memberships/{id}', { path: { id: member!.m.id }, body: v });
    done();
    setMember(null);
  };
  const removeMember = async () => {
    await api.delete('/api/study/party/memberships/{id}', { path: { id: member!.m.id } });
    message.success(t('studyParty.deleted'));
    setMember(null);
  };

  const node = (o: PartyOrg, depth: number) => {
    const child = CHILD_KIND[o.kind];
    return (
      <div
        key={o.id}
        data-testid={`party-org-${o.id}`}
        style={{
          marginLeft: depth ? 12 : 0,
          paddingLeft: depth ? 12 : 0,
          borderLeft: depth ? `2px solid ${token.colorBorderSecondary}` : undefined,
        }}
      >
        <Flex vertical gap={6} style={{ padding: '8px 0' }}>
          <Space wrap size={6}>
            <Tag color={o.kind === 'branch' ? 'blue' : 'red'}>{t(`studyParty.kind.${o.kind}`)}</Tag>
            <Typography.Text strong>{o.name}</Typography.Text>
            <Typography.Text type="secondary">{t('studyParty.memberCount', { n: o.members.length })}</Typography.Text>
          </Space>
          <Space wrap size={[4, 6]}>
            {o.members.map((m) => (
              <Tag
                key={m.id}
                color={m.role === 'member' ? undefined : 'gold'}
                style={{ cursor: canEdit ? 'pointer' : undefined }}
                onClick={canEdit ? () => setMember({ m, org: o }) : undefined}
                data-testid={`membership-${m.id}`}
              >
                {m.member.name} · {roleLabel(m.role)}
                {!m.member.active && ` · ${t('studyParty.left')}`}
              </Tag>
            ))}
          </Space>
          {canEdit && (
            <Space wrap size={0}>
              <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setAdding(o)}>
                {t('studyParty.addMember')}
              </Button>
              {child && (
                <Button type="link" size="small" onClick={() => setOrgForm({ kind: child, parentId: o.id })}>
                  {t('studyParty.addChild')}
                </Button>
              )}
              <Button
                type="link"
                size="small"
                onClick={() => setOrgForm({ org: o, kind: o.kind, parentId: o.parentId })}
              >
                {t('studyParty.rename')}
              </Button>
              <Popconfirm title={t('studyParty.confirmDelete')} onConfirm={() => removeOrg(o)}>
                <Button type="link" size="small" danger>
                  {t('studyParty.removeOrg')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Flex>
        {orgs.filter((c) => c.parentId === o.id).map((c) => node(c, depth + 1))}
      </div>
    );
  };

  if (q.isLoading) return <Spin />;
  const roots = orgs.filter((o) => o.parentId === null);
  return (
    <Flex vertical gap={8}>
      {!canEdit && <Typography.Text type="secondary">{t('studyParty.readOnly')}</Typography.Text>}
      {canEdit && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setOrgForm({ kind: 'party_group', parentId: null })}>
            {t('studyParty.addOrg')}
          </Button>
        </div>
      )}
      {roots.length === 0 && <Empty description={t('studyParty.noOrgs')} />}
      {roots.map((o) => node(o, 0))}

      <FormModal<OrgForm>
        open={orgForm !== null}
        title={orgForm?.org ? `${t('studyParty.rename')}：${orgForm.org.name}` : t('studyParty.addOrg')}
        initialValues={{ kind: orgForm?.kind, name: orgForm?.org?.name, parentId: orgForm?.parentId }}
        onCancel={() => setOrgForm(null)}
        onSubmit={saveOrg}
      >
        <Form.Item name="kind" label={t('studyParty.kind')}>
          <Select
            disabled
            options={(['party_group', 'organ_committee', 'branch'] as const).map((k) => ({
              value: k,
              label: t(`studyParty.kind.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('studyParty.name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        {orgForm && PARENT_KIND[orgForm.kind] && (
          <Form.Item name="parentId" label={t('studyParty.parent')} rules={[{ required: true }]}>
            <Select options={ofKind(PARENT_KIND[orgForm.kind]).map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        )}
      </FormModal>

      <FormModal<{ memberId: number; role: PartyRole }>
        open={adding !== null}
        title={`${t('studyParty.addMember')}：${adding?.name ?? ''}`}
        initialValues={{ role: 'member' }}
        onCancel={() => setAdding(null)}
        onSubmit={addMember}
      >
        <Form.Item name="memberId" label={t('studyParty.member')} rules={[{ required: true }]}>
          <MemberSelect filter={(m) => m.party === 'cpc' && !adding?.members.some((x) => x.member.id === m.id)} />
        </Form.Item>
        <Form.Item name="role" label={t('studyParty.role')} rules={[{ required: true }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        </Form.Item>
      </FormModal>

      <FormModal<{ role: PartyRole; partyOrgId: number }>
        open={member !== null}
        title={member?.m.member.name}
        initialValues={{ role: member?.m.role, partyOrgId: member?.org.id }}
        onCancel={() => setMember(null)}
        onSubmit={updateMember}
      >
        <Form.Item name="role" label={t('studyParty.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        </Form.Item>
        <Form.Item name="partyOrgId" label={t('studyParty.moveTo')}>
          <Select
            options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${t(`studyParty.kind.${o.kind}`)}）` }))}
          />
        </Form.Item>
        <Popconfirm title={t('studyParty.confirmDelete')} onConfirm={removeMember}>
          <Button danger>{t('studyParty.removeMember')}</Button>
        </Popconfirm>
      </FormModal>
    </Flex>
  );
}
