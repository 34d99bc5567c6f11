// 联系委员: the liaison pairs listed by party member (each links one or more non-party
// members, with the date since); the office adds a pair by picking both members and removes one.
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Grid, Button, DatePicker, Empty, Flex, Form, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import type { Liaison } from './api';
import { MemberSelect } from './MemberSelect';

type LiaisonForm = { partyMemberId: number; memberId: number; startsOn: dayjs.Dayjs };

export function LiaisonsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const mobile = !Grid.useBreakpoint().md;
  const q = useApiQuery('/api/study/party/liaisons', {});
  const [adding, setAdding] = useState<number | null | false>(false);
  const canEdit = !!q.data?.canEdit;
  const byParty = new Map<number, Liaison[]>();
  for (const l of q.data?.liaisons ?? []) byParty.set(l.partyMember.id, [...(byParty.get(l.partyMember.id) ?? []), l]);

  const add = async (v: LiaisonForm) => {
    await api.post('/api/study/party/liaisons', { body: { ...v, startsOn: v.startsOn.format('YYYY-MM-DD') } });
    message.success(t('studyParty.saved'));
    setAdding(false);
  };
  const unlink = async (l: Liaison) => {
    await api.delete('/api/study/party/liaisons/{id}', { path: { id: l.id } });
    message.success(t('studyParty.deleted'));
  };

  if (q.isLoading) return <Spin />;
  return (
    <Flex vertical gap={8}>
      {!canEdit && <Typography.Text type="secondary">{t('studyParty.readOnly')}</Typography.Text>}
      {canEdit && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(null)}>
            {t('studyParty.addLiaison')}
          </Button>
        </div>
      )}
      <List
        itemLayout={mobile ? 'vertical' : 'horizontal'}
        dataSource={[...byParty.values()]}
        locale={{ emptyText: <Empty description={t('studyParty.noLiaisons')} /> }}
        renderItem={(pairs) => {
          const p = pairs[0]!.partyMember;
          return (
            <List.Item
              data-testid={`liaisons-of-${p.id}`}
              actions={
                canEdit
                  ? [
                      <Button
                        key="add"
                        type="link"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => setAdding(p.id)}
                      >
                        {t('studyParty.addLiaison')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space size={6} wrap>
                    <span>{p.name}</span>
                    {!p.active && <Tag>{t('studyParty.left')}</Tag>}
                    <Typography.Text type="secondary">
                      {t('studyParty.linksCount', { n: pairs.length })}
                    </Typography.Text>
                  </Space>
                }
                description={
                  <Space wrap size={[4, 6]}>
                    {pairs.map((l) => (
                      <Tag
                        key={l.id}
                        closable={canEdit}
                        onClose={(e) => e.preventDefault()}
                        closeIcon={
                          canEdit && (
                            <Popconfirm title={t('studyParty.confirmDelete')} onConfirm={() => unlink(l)}>
                              <CloseOutlined aria-label={t('studyParty.unlink')} />
                            </Popconfirm>
                          )
                        }
                      >
                        {l.member.name}
                        {!l.member.active && ` · ${t('studyParty.left')}`} · {formatDate(l.startsOn)}
                      </Tag>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
      <FormModal<LiaisonForm>
        open={adding !== false}
        title={t('studyParty.addLiaison')}
        initialValues={{ partyMemberId: adding || undefined, startsOn: dayjs() }}
        onCancel={() => setAdding(false)}
        onSubmit={add}
      >
        <Form.Item name="partyMemberId" label={t('studyParty.partyMember')} rules={[{ required: true }]}>
          <MemberSelect filter={(m) => m.party === 'cpc'} />
        </Form.Item>
        <Form.Item name="memberId" label={t('studyParty.linkedMember')} rules={[{ required: true }]}>
          <MemberSelect filter={(m) => m.party !== 'cpc'} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('studyParty.startsOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
