// A member's own learning exchange, phone first: this month's and last month's accounts, each
// written and revised in place while open, and his earlier accounts below.
import { Alert, App, Button, Card, Collapse, Empty, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { formatDateTime, useI18n } from '../../i18n';
import { monthLabel, type MineMonth } from './exchangeApi';

const MAX = 2000;

export function ExchangeMine() {
  const { t } = useI18n();
  const mine = useApiQuery('/api/study/exchange/mine', {});
  const m = mine.data;
  if (mine.error) return <Alert type="error" showIcon title={mine.error.message} />;
  if (!m) return null;
  if (m.memberId === null) return <Alert type="info" showIcon title={t('studyExchange.noMember')} />;
  return (
    <div>
      {m.attendee ? (
        <Typography.Paragraph type="secondary">{t('studyExchange.mineHint')}</Typography.Paragraph>
      ) : (
        <Alert type="info" showIcon title={t('studyExchange.notAttendee')} style={{ marginBottom: 12 }} />
      )}
      {m.attendee &&
        m.open.map((o) => (
          <MonthEditor key={o.month} memberId={m.memberId!} entry={o} onSaved={() => void mine.refetch()} />
        ))}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('studyExchange.history')}
      </Typography.Title>
      {m.history.length ? (
        <Collapse
          size="small"
          items={m.history.map((h) => ({
            key: h.month,
            label: monthLabel(h.month),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{h.body}</Typography.Paragraph>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('studyExchange.noHistory')} />
      )}
    </div>
  );
}

function MonthEditor({ memberId, entry, onSaved }: { memberId: number; entry: MineMonth; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState(entry.body ?? '');
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(entry.body ?? ''), [entry.body]);
  const save = async () => {
    setBusy(true);
    try {
      await api.put('/api/study/exchange/months/{month}/accounts/{memberId}', {
        path: { month: entry.month, memberId },
        body: { body: text },
      });
      message.success(t('studyExchange.saved'));
      onSaved();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const id = `exchange-${entry.month}`;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={<label htmlFor={id}>{monthLabel(entry.month)}</label>}
      extra={
        <Typography.Text type={entry.updatedAt ? 'success' : 'danger'} style={{ fontSize: 12 }}>
          {entry.updatedAt
            ? t('studyExchange.writtenAt', { at: formatDateTime(entry.updatedAt) })
            : t('studyExchange.notWritten')}
        </Typography.Text>
      }
      data-testid={id}
    >
      <Space direction="vertical" size={24} style={{ width: '100%' }}>
        <Input.TextArea
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={MAX}
          showCount
          placeholder={t('studyExchange.placeholder')}
          disabled={!entry.writable}
        />
        <Button
          type="primary"
          block
          loading={busy}
          disabled={!entry.writable || text.trim().length < 10 || text === (entry.body ?? '')}
          onClick={save}
        >
          {t('studyExchange.save')}
        </Button>
      </Space>
    </Card>
  );
}
