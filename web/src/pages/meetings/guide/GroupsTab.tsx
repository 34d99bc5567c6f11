// The office's discussion groups: the list with room, convener and size, a form that adds one,
// and the bulk assignment of a committee's or a sector's invitees to a group.
import { App, Button, Form, Input, Popconfirm, Radio, Select, Space, Table, Typography } from 'antd';
import { api } from '../../../api/client';
import type { GuideGroup } from '../../../api/models';
import { REFERENCE, useApiQuery } from '../../../api/query';
import { applyApiError } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';

interface GroupValues {
  name: string;
  room?: string;
  convener?: string;
}
interface AssignValues {
  groupId: number;
  by: 'committee' | 'sector';
  ref: number;
}

export function GroupsTab({ meetingId, groups }: { meetingId: number; groups: GuideGroup[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupValues>();
  const [assign] = Form.useForm<AssignValues>();
  const by = Form.useWatch('by', assign) ?? 'committee';
  const ref = useApiQuery('/api/refdata', {}, REFERENCE);
  const refs = (by === 'committee' ? ref.data?.committees : ref.data?.sectors) ?? [];

  const add = async (v: GroupValues) => {
    try {
      await api.post('/api/meetings/{id}/guide/groups', { path: { id: meetingId }, body: v });
      form.resetFields();
    } catch (err) {
      message.error(applyApiError(form, err));
    }
  };
  const remove = async (groupId: number) => {
    try {
      await api.delete('/api/meetings/{id}/guide/groups/{groupId}', { path: { id: meetingId, groupId } });
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const bulk = async (v: AssignValues) => {
    try {
      const r = await api.post('/api/meetings/{id}/guide/assign', {
        path: { id: meetingId },
        body: { groupId: v.groupId, ...(v.by === 'committee' ? { committeeId: v.ref } : { sectorId: v.ref }) },
      });
      message.success(t('meetingGuide.assigned', { count: r.assigned }));
    } catch (err) {
      message.error(applyApiError(assign, err));
    }
  };

  return (
    <>
      <Table<GuideGroup>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={groups}
        columns={[
          { title: t('meetingGuide.groupName'), dataIndex: 'name' },
          { title: t('meetingGuide.room'), dataIndex: 'room' },
          { title: t('meetingGuide.convener'), dataIndex: 'convener' },
          { title: t('meetingGuide.memberCount'), dataIndex: 'memberCount', width: 80 },
          {
            key: 'remove',
            width: 80,
            render: (_, g) => (
              <Popconfirm title={t('meetingGuide.removeConfirm')} onConfirm={() => remove(g.id)}>
                <Button type="link" danger size="small">
                  {t('meetingGuide.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form<GroupValues> form={form} layout="inline" onFinish={add} style={{ margin: '16px 0', rowGap: 8 }}>
        <Form.Item name="name" rules={[{ required: true, whitespace: true, max: 30 }]}>
          <Input placeholder={t('meetingGuide.groupNameHint')} aria-label={t('meetingGuide.groupName')} />
        </Form.Item>
        <Form.Item name="room" rules={[{ max: 60 }]}>
          <Input placeholder={t('meetingGuide.room')} aria-label={t('meetingGuide.room')} />
        </Form.Item>
        <Form.Item name="convener" rules={[{ max: 60 }]}>
          <Input placeholder={t('meetingGuide.convener')} aria-label={t('meetingGuide.convener')} />
        </Form.Item>
        <Button htmlType="submit" data-testid="guide-add-group">
          {t('meetingGuide.addGroup')}
        </Button>
      </Form>
      <Typography.Title level={5}>{t('meetingGuide.assign')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('meetingGuide.assignHint')}</Typography.Paragraph>
      <Form<AssignValues>
        form={assign}
        layout="inline"
        initialValues={{ by: 'committee' }}
        onFinish={bulk}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="by">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'committee', label: t('meetingGuide.byCommittee') },
              { value: 'sector', label: t('meetingGuide.bySector') },
            ]}
            onChange={() => assign.setFieldValue('ref', undefined)}
          />
        </Form.Item>
        <Form.Item name="ref" rules={[{ required: true }]}>
          <Select
            style={{ width: 200 }}
            aria-label={by === 'committee' ? t('meetingGuide.byCommittee') : t('meetingGuide.bySector')}
            options={refs.map((r) => ({ value: r.id, label: r.name }))}
            data-testid="guide-assign-ref"
          />
        </Form.Item>
        <Form.Item name="groupId" label={t('meetingGuide.assignTo')} rules={[{ required: true }]}>
          <Select
            style={{ width: 200 }}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            data-testid="guide-assign-group"
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="guide-assign">
            {t('meetingGuide.assign')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
