// The office's roster: every invitee with his group, seat, lodging and bus, filtered to those
// still missing one; "安排" opens the dialog that sets them for one member.
import { Button, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { GuideGroup, GuideRosterEntry } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { formatDateTime, useI18n } from '../../../i18n';
import { chinaInstant } from '../api';

type Missing = 'group' | 'seat' | 'lodging';

export function RosterTab({ meetingId, groups }: { meetingId: number; groups: GuideGroup[] }) {
  const { t } = useI18n();
  const [missing, setMissing] = useState<Missing | undefined>();
  const [editing, setEditing] = useState<GuideRosterEntry | null>(null);
  const q = useApiQuery('/api/meetings/{id}/guide/roster', { path: { id: meetingId }, query: { missing } });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{t('meetingGuide.missing')}</Typography.Text>
        <Select<Missing>
          allowClear
          style={{ width: 160 }}
          value={missing}
          onChange={setMissing}
          aria-label={t('meetingGuide.missing')}
          options={(['group', 'seat', 'lodging'] as const).map((m) => ({
            value: m,
            label: t(`meetingGuide.missing.${m}`),
          }))}
        />
      </Space>
      <Table<GuideRosterEntry>
        rowKey="memberId"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          {
            title: t('meetingGuide.member'),
            dataIndex: 'name',
            render: (name, r) => (
              <>
                {name} {!r.coming && <Tag>{t('meetingGuide.notComing')}</Tag>}
              </>
            ),
          },
          { title: t('meetingGuide.sector'), dataIndex: 'sector' },
          { title: t('meetingGuide.group'), dataIndex: 'groupName' },
          { title: t('meetingGuide.seat'), dataIndex: 'seat' },
          {
            title: t('meetingGuide.lodging'),
            key: 'lodging',
            render: (_, r) => (r.lodging ? `${r.lodging.hotel} ${r.lodging.room ?? ''}` : ''),
          },
          {
            title: t('meetingGuide.transport'),
            key: 'transport',
            render: (_, r) =>
              r.transport
                ? `${r.transport.vehicle} ${r.transport.pickupAt ? formatDateTime(r.transport.pickupAt) : ''}`
                : '',
          },
          {
            key: 'arrange',
            width: 80,
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="guide-arrange">
                {t('meetingGuide.arrange')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <ArrangeDialog meetingId={meetingId} entry={editing} groups={groups} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

interface ArrangeValues {
  groupId?: number | null;
  seat?: string;
  hotel?: string;
  room?: string;
  stay?: [Dayjs | null, Dayjs | null] | null;
  vehicle?: string;
  pickupPoint?: string;
  pickupAt?: Dayjs | null;
}

const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

function ArrangeDialog({
  meetingId,
  entry: e,
  groups,
  onClose,
}: {
  meetingId: number;
  entry: GuideRosterEntry;
  groups: GuideGroup[];
  onClose(): void;
}) {
  const { t } = useI18n();
  const initial: ArrangeValues = {
    groupId: e.groupId,
    seat: e.seat ?? '',
    hotel: e.lodging?.hotel ?? '',
    room: e.lodging?.room ?? '',
    stay: e.lodging?.checkInOn
      ? [dayjs(e.lodging.checkInOn), e.lodging.checkOutOn ? dayjs(e.lodging.checkOutOn) : null]
      : null,
    vehicle: e.transport?.vehicle ?? '',
    pickupPoint: e.transport?.pickupPoint ?? '',
    pickupAt: e.transport?.pickupAt ? dayjs(e.transport.pickupAt) : null,
  };
  const save = (v: ArrangeValues) =>
    api.put('/api/meetings/{id}/guide/members/{memberId}', {
      path: { id: meetingId, memberId: e.memberId },
      body: {
        groupId: v.groupId ?? null,
        seat: v.seat || null,
        lodging: v.hotel
          ? { hotel: v.hotel, room: v.room || null, checkInOn: day(v.stay?.[0]), checkOutOn: day(v.stay?.[1]) }
          : null,
        transport: v.vehicle
          ? {
              vehicle: v.vehicle,
              pickupPoint: v.pickupPoint || null,
              pickupAt: v.pickupAt ? chinaInstant(v.pickupAt) : null,
            }
          : null,
      },
    });
  return (
    <FormModal<ArrangeValues>
      open
      title={t('meetingGuide.arrangeTitle', { name: e.name })}
      initialValues={initial}
      onCancel={onClose}
      onSubmit={async (v) => {
        await save(v);
        onClose();
      }}
    >
      <Form.Item name="groupId" label={t('meetingGuide.group')}>
        <Select allowClear options={groups.map((g) => ({ value: g.id, label: g.name }))} data-testid="arrange-group" />
      </Form.Item>
      <Form.Item name="seat" label={t('meetingGuide.seat')} rules={[{ max: 20 }]}>
        <Input placeholder={t('meetingGuide.seatHint')} data-testid="arrange-seat" />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="hotel" label={t('meetingGuide.hotel')} style={{ flex: 2 }} rules={[{ max: 60 }]}>
          <Input data-testid="arrange-hotel" />
        </Form.Item>
        <Form.Item name="room" label={t('meetingGuide.hotelRoom')} style={{ flex: 1 }} rules={[{ max: 20 }]}>
          <Input data-testid="arrange-room" />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="stay" label={`${t('meetingGuide.checkIn')} – ${t('meetingGuide.checkOut')}`}>
        <DatePicker.RangePicker allowEmpty={[false, true]} style={{ width: '100%' }} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item name="vehicle" label={t('meetingGuide.vehicle')} style={{ flex: 1 }} rules={[{ max: 30 }]}>
          <Input data-testid="arrange-vehicle" />
        </Form.Item>
        <Form.Item name="pickupPoint" label={t('meetingGuide.pickupPoint')} style={{ flex: 2 }} rules={[{ max: 60 }]}>
          <Input data-testid="arrange-pickup" />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="pickupAt" label={t('meetingGuide.pickupAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
