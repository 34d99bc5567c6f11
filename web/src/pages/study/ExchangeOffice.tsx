// The office's (and leaders') view of one month of the party-group learning exchange: who has
// written and who has not, the accounts, and a reminder to the not-yet-written once a day; the
// office also keeps the list of attendees.
import { BellOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Space, Statistic, Table, Tag, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../auth';
import { formatDateTime, useI18n } from '../../i18n';
import { AttendeesDialog } from './AttendeesDialog';
import type { MonthRow } from './exchangeApi';

export function ExchangeOffice({ mobile }: { mobile: boolean }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const { can } = useSession();
  // Early in a month the office looks at the last one, still open for writing.
  const [month, setMonth] = useState(() =>
    (dayjs().date() <= 10 ? dayjs().subtract(1, 'month') : dayjs()).format('YYYY-MM'),
  );
  const [attendeesOpen, setAttendeesOpen] = useState(false);
  const view = useApiQuery('/api/study/exchange/months/{month}', { path: { month } });
  const v = view.data;

  const remind = async () => {
    try {
      const r = await api.post('/api/study/exchange/months/{month}/remind', { path: { month } });
      message.success(t('studyExchange.reminded', { n: r.reminded }));
    } catch (err) {
      message.error((err as Error).message);
    }
    await view.refetch();
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            aria-label={t('studyExchange.month')}
            data-testid="exchange-month"
          />
          {v && <Tag color={v.state === 'open' ? 'processing' : 'default'}>{t(`studyExchange.state.${v.state}`)}</Tag>}
        </Space>
        <Space wrap>
          {can('study.manage') && (
            <Button icon={<TeamOutlined />} onClick={() => setAttendeesOpen(true)} data-testid="set-attendees">
              {t('studyExchange.setAttendees')}
            </Button>
          )}
          {v?.allowedActions.includes('remindExchange') && v.counts.missing > 0 && (
            <Button type="primary" icon={<BellOutlined />} onClick={remind} data-testid="remind">
              {t('studyExchange.remind')}
            </Button>
          )}
        </Space>
      </Space>
      {view.error && <Alert type="error" showIcon title={view.error.message} style={{ marginBottom: 12 }} />}
      {v && (
        <Space size={mobile ? 24 : 48} wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('studyExchange.attendees')} value={v.counts.attendees} />
          <Statistic
            title={t('studyExchange.written')}
            value={v.counts.written}
            styles={{ content: { color: token.colorSuccessText } }}
          />
          <Statistic
            title={t('studyExchange.missing')}
            value={v.counts.missing}
            styles={{ content: { color: v.counts.missing ? token.colorErrorText : undefined } }}
            data-testid="exchange-missing"
          />
          <Typography.Text type="secondary">
            {v.lastRemindedAt
              ? t('studyExchange.lastReminded', { at: formatDateTime(v.lastRemindedAt) })
              : t('studyExchange.remindOnce')}
          </Typography.Text>
        </Space>
      )}
      <Table<MonthRow>
        rowKey="memberId"
        size="small"
        loading={view.isLoading}
        dataSource={v?.rows}
        pagination={false}
        locale={{ emptyText: t('studyExchange.noAttendees') }}
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.body}</Typography.Paragraph>
          ),
          rowExpandable: (r) => r.written,
        }}
        columns={[
          { title: t('studyExchange.name'), dataIndex: 'name', width: 110 },
          {
            title: t('studyExchange.status'),
            width: 100,
            render: (_, r) =>
              r.written ? (
                <Tag color="success">{t('studyExchange.written')}</Tag>
              ) : (
                <Tag color="error">{t('studyExchange.missing')}</Tag>
              ),
          },
          ...(mobile
            ? []
            : [
                {
                  title: t('studyExchange.account'),
                  render: (_: unknown, r: MonthRow) => (
                    <Typography.Text ellipsis style={{ maxWidth: 520 }}>
                      {r.body ?? ''}
                    </Typography.Text>
                  ),
                },
              ]),
          {
            title: t('studyExchange.updatedAt'),
            width: 150,
            render: (_, r) => (r.updatedAt ? formatDateTime(r.updatedAt) : '—'),
          },
        ]}
      />
      <AttendeesDialog
        open={attendeesOpen}
        onClose={(saved) => {
          setAttendeesOpen(false);
          if (saved) void view.refetch();
        }}
      />
    </div>
  );
}
