// The office's guests of a meeting (嘉宾): experts, grassroots and units' representatives, the
// public. Added by name with kind, organisation and title, the unit that sent them and an
// optional phone (stored sealed, listed masked; the whole number is shown on request, audited,
// to those who may unmask the roster). The office checks a guest in by hand here; guests
// appear on the board and the sheets, counted apart from the members.
import { PhoneOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { GuestBody, MeetingDetail, MeetingGuest } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { GUEST_KINDS } from './api';
import { AttendanceTag } from './MeetingTags';

export function GuestsPanel({ m }: { m: MeetingDetail }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [phones, setPhones] = useState<Record<number, string>>({});
  const list = useApiQuery('/api/meetings/{id}/guests', { path: { id: m.id } });
  const path = (g: MeetingGuest) => ({ path: { id: m.id, invitationId: g.invitationId } });
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const showPhone = (g: MeetingGuest) =>
    run(async () => {
      const { phone } = await api.get('/api/meetings/{id}/guests/{invitationId}/phone', path(g));
      setPhones((p) => ({ ...p, [g.invitationId]: phone }));
    }, t('meetingGuests.phone'));
  // Hand check-in follows the door's hours (the server's rule); the button is offered while the meeting is published.
  const open = m.status === 'published';

  return (
    <Card
      title={t('meetingGuests.tab')}
      extra={
        m.allowedActions.includes('addGuest') && (
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="add-guest">
            {t('meetingGuests.add')}
          </Button>
        )
      }
    >
      <Table<MeetingGuest>
        rowKey="invitationId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t('meetingGuests.empty')}</Typography.Text> }}
        onRow={(r) => ({ 'data-testid': `guest-${r.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('meetingGuests.name'), dataIndex: 'name', width: 100 },
          { title: t('meetingGuests.kindLabel'), width: 110, render: (_, g) => t(`meetingGuests.kind.${g.kind}`) },
          { title: t('meetingGuests.affiliation'), dataIndex: 'affiliation' },
          { title: t('meetingGuests.unit'), dataIndex: 'unit', width: 140 },
          {
            title: t('meetingGuests.phone'),
            width: 150,
            render: (_, g) =>
              g.phone && (
                <Space size={4}>
                  <span>{phones[g.invitationId] ?? g.phone}</span>
                  {can('members.unmask') && !phones[g.invitationId] && (
                    <Button
                      size="small"
                      type="link"
                      icon={<PhoneOutlined />}
                      aria-label={t('meetingGuests.showPhone')}
                      onClick={() => showPhone(g)}
                    />
                  )}
                </Space>
              ),
          },
          {
            title: t('meetings.attendanceLabel'),
            width: 170,
            render: (_, g) => (
              <Space size={4} wrap>
                <AttendanceTag attendance={g.attendance} />
                {g.checkedInAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(g.checkedInAt)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('meetings.actions'),
            width: 130,
            render: (_, g) => (
              <Space size={0}>
                {open && !g.checkedInAt && (
                  <Button
                    size="small"
                    type="link"
                    data-testid="guest-checkin"
                    onClick={() =>
                      run(
                        () =>
                          api.post('/api/meetings/{id}/invitations/{invitationId}/checkin', {
                            ...path(g),
                            body: { remote: false },
                          }),
                        t('meetingGuests.checkedIn'),
                      )
                    }
                  >
                    {t('meetingGuests.checkIn')}
                  </Button>
                )}
                {!g.checkedInAt && m.status !== 'cancelled' && (
                  <Popconfirm
                    title={t('meetingGuests.removeConfirm', { name: g.name })}
                    onConfirm={() =>
                      run(
                        () => api.delete('/api/meetings/{id}/guests/{invitationId}', path(g)),
                        t('meetingGuests.removed'),
                      )
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('meetingGuests.remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<GuestBody>
        open={adding}
        title={t('meetingGuests.addTitle')}
        initialValues={{ kind: 'expert' }}
        onCancel={() => setAdding(false)}
        onSubmit={async (body) => {
          await api.post('/api/meetings/{id}/guests', { path: { id: m.id }, body });
          setAdding(false);
          message.success(t('meetingGuests.added'));
        }}
      >
        <Form.Item name="name" label={t('meetingGuests.name')} rules={[{ required: true, min: 2, max: 40 }]}>
          <Input data-testid="guest-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('meetingGuests.kindLabel')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={GUEST_KINDS.map((k) => ({ value: k, label: t(`meetingGuests.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="affiliation" label={t('meetingGuests.affiliation')} rules={[{ max: 100 }]}>
          <Input placeholder={t('meetingGuests.affiliationHint')} data-testid="guest-affiliation" />
        </Form.Item>
        <Form.Item name="unit" label={t('meetingGuests.unit')} rules={[{ max: 100 }]}>
          <Input placeholder={t('meetingGuests.unitHint')} />
        </Form.Item>
        <Form.Item name="phone" label={t('meetingGuests.phone')} extra={t('meetingGuests.phoneHint')}>
          <Input inputMode="tel" data-testid="guest-phone" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
