// The opinions of one group, as the office reads them under the group's row (desktop) or card
// (phone): source, status, date, text, the office's correction; and, for the office, taking an
// opinion out of the group or moving it into another.
import { Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { formatDate, useI18n } from '../../../i18n';
import type { Group, Member } from './groupsApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './groupsApi';

export function GroupMembers(props: {
  group: Group;
  canManage: boolean;
  onTakeOut: (m: Member) => void;
  onMove: (m: Member) => void;
  /** False where the group's card already names its members (the phone's summary line). */
  header?: boolean;
}) {
  const { t } = useI18n();
  const { group, canManage } = props;
  const hidden = group.size - group.members.length;
  return (
    <List<Member>
      size="small"
      header={
        props.header === false ? undefined : (
          <Typography.Text strong>{t('opinionGroups.members', { n: group.size })}</Typography.Text>
        )
      }
      dataSource={group.members}
      footer={
        hidden > 0 ? (
          <Typography.Text type="secondary">{t('opinionGroups.more', { n: hidden })}</Typography.Text>
        ) : undefined
      }
      renderItem={(m) => (
        <List.Item
          data-testid={`member-${m.id}`}
          actions={
            canManage
              ? [
                  <Popconfirm
                    key="out"
                    title={t('opinionGroups.takeOutConfirm')}
                    okText={t('opinionGroups.ok')}
                    cancelText={t('opinionGroups.cancel')}
                    onConfirm={() => props.onTakeOut(m)}
                  >
                    <Button type="link" size="small" danger>
                      {t('opinionGroups.takeOut')}
                    </Button>
                  </Popconfirm>,
                  <Button key="move" type="link" size="small" onClick={() => props.onMove(m)}>
                    {t('opinionGroups.moveTo')}
                  </Button>,
                ]
              : undefined
          }
        >
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space size={4} wrap>
              <Tag>{t(`opinionGroups.channel.${m.channel}`)}</Tag>
              <Tag color={m.status === 'answered' ? 'success' : m.status === 'routed' ? 'processing' : 'default'}>
                {t(`opinionGroups.status.${m.status}`)}
              </Tag>
              {m.id === group.representative?.id && <Tag color="gold">{t('opinionGroups.representative')}</Tag>}
              {m.fixed && <Tag color="purple">{t(`opinionGroups.fixed.${m.fixed}`)}</Tag>}
              <Typography.Text type="secondary">{formatDate(m.createdAt)}</Typography.Text>
            </Space>
            {m.title && <Typography.Text strong>{m.title}</Typography.Text>}
            <Typography.Paragraph style={{ marginBottom: 0 }}>{m.body}</Typography.Paragraph>
          </Space>
        </List.Item>
      )}
    />
  );
}
