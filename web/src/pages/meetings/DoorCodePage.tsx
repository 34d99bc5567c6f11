// The door screen (for a projector or a tablet at the entrance): the rotating check-in code
// as a large QR holding the member's check-in address with the code, and the code as text
// for typing. A new code is fetched as the current one's window ends; the server accepts the
// previous window's code too, so a scan made as the code turns over still counts.
import { Alert, Card, QRCode, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { timeRange, untilExpiry } from './api';

export function DoorCodePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const meeting = useApiQuery('/api/meetings/{id}', { path: { id } });
  const code = useApiQuery(
    '/api/meetings/{id}/checkin-code',
    { path: { id } },
    {
      retry: false,
      refetchInterval: (q) =>
        q.state.data ? untilExpiry(q.state.data.expiresAt, q.state.data.windowSeconds) + 300 : 15_000,
      refetchIntervalInBackground: true,
    },
  );
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);

  const m = meeting.data;
  const c = code.data;
  const link = c ? `${window.location.origin}/meetings/${id}/checkin?code=${encodeURIComponent(c.code)}` : '';
  const left = c ? Math.ceil(untilExpiry(c.expiresAt, c.windowSeconds) / 1000) : 0;

  return (
    <Card style={{ maxWidth: 760, margin: '0 auto', textAlign: 'center' }}>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {m?.title ?? <Spin />}
      </Typography.Title>
      {m && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 18 }}>
          {timeRange(m.startsAt, m.endsAt)}
          {m.venue ? ` · ${m.venue}` : ''}
        </Typography.Paragraph>
      )}
      {code.error ? (
        <Alert type="warning" showIcon title={t('meetings.doorClosed')} description={code.error.message} />
      ) : c ? (
        <div data-testid="door-code" data-code={c.code} data-link={link}>
          <Typography.Title level={3}>{t('meetings.doorHint')}</Typography.Title>
          <div style={{ display: 'flex', justifyContent: 'center', margin: '16px 0' }}>
            <QRCode value={link} size={420} errorLevel="M" bordered={false} aria-label={t('meetings.doorQrName')} />
          </div>
          <Typography.Paragraph style={{ fontSize: 20 }}>
            {t('meetings.doorCodeLabel')}{' '}
            <Typography.Text code copyable style={{ fontSize: 20 }} data-testid="door-code-text">
              {c.code}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('meetings.doorRefresh', { s: left })}</Typography.Text>
        </div>
      ) : (
        <Spin size="large" />
      )}
    </Card>
  );
}
