// 会议活动: the organisation's meetings for the office (and, read only, for leaders), filtered
// by status, kind and dates in the address bar; the office starts a new one from here.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { MeetingItem, MeetingStatus } from '../../api/models';
import { KEEP_PAGE, REFERENCE, useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { useI18n } from '../../i18n';
import { chinaInstant, chinaPickerValue, MEETING_STATUSES, timeRange } from './api';
import { StatusTag } from './MeetingTags';

const PAGE_SIZE = 20;

export function MeetingListPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as MeetingStatus | undefined;
  const kindId = params.get('kindId') ? Number(params.get('kindId')) : undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const page = Number(params.get('page') ?? 1) || 1;
  const kinds = useApiQuery('/api/meeting-kinds', {}, REFERENCE);
  const list = useApiQuery(
    '/api/meetings',
    { query: { scope: 'org', status, kindId, from, to, page, pageSize: PAGE_SIZE } },
    KEEP_PAGE,
  );

  const set = (values: Record<string, string | undefined>) =>
    setParams((prev) => {
      const sp = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(values)) {
        if (v) sp.set(k, v);
        else sp.delete(k);
      }
      if (!('page' in values)) sp.delete('page');
      return sp;
    });
  const range: [Dayjs, Dayjs] | null =
    from && to ? [chinaPickerValue(from), chinaPickerValue(to).subtract(1, 'day')] : null;

  return (
    <Card
      title={t('meetings.listTitle')}
      extra={
        can('meetings.manage') && (
          <Link to="/meetings/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-meeting">
              {t('meetings.newMeeting')}
            </Button>
          </Link>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<MeetingStatus>
          allowClear
          placeholder={t('meetings.allStatuses')}
          aria-label={t('meetings.allStatuses')}
          value={status}
          onChange={(v) => set({ status: v })}
          style={{ width: 140 }}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
          data-testid="filter-status"
        />
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('meetings.allKinds')}
          aria-label={t('meetings.allKinds')}
          value={kindId}
          onChange={(v) => set({ kindId: v ? String(v) : undefined })}
          style={{ width: 220 }}
          options={(kinds.data ?? []).map((k) => ({ value: k.id, label: k.name }))}
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(r) =>
            set({
              from: r?.[0] ? chinaInstant(r[0].startOf('day')) : undefined,
              to: r?.[1] ? chinaInstant(r[1].startOf('day').add(1, 'day')) : undefined,
            })
          }
        />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<MeetingItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        size="middle"
        onRow={(r) => ({ onClick: () => navigate(`/meetings/${r.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: (p) => set({ page: String(p) }),
          showTotal: (n) => t('common.total', { n }),
        }}
        locale={{ emptyText: t('meetings.none') }}
        columns={[
          {
            title: t('meetings.title'),
            render: (_, m) => (
              <Link to={`/meetings/${m.id}`} onClick={(e) => e.stopPropagation()}>
                {m.title}
              </Link>
            ),
          },
          { title: t('meetings.kind'), width: 180, render: (_, m) => m.kind.name },
          { title: t('meetings.time'), width: 240, render: (_, m) => timeRange(m.startsAt, m.endsAt) },
          {
            title: t('meetings.venue'),
            width: 200,
            render: (_, m) => <Typography.Text ellipsis>{m.venue}</Typography.Text>,
          },
          { title: t('meetings.attendanceMode'), width: 100, render: (_, m) => t(`meetings.mode.${m.attendanceMode}`) },
          { title: t('meetings.statusLabel'), width: 90, render: (_, m) => <StatusTag status={m.status} /> },
        ]}
      />
    </Card>
  );
}
