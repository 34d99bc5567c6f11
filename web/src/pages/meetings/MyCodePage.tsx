// 我的签到码 on the member's phone: a QR of his personal code for one meeting, fetched again as
// each 30-second window ends, for the office's scanner at the door (ScanPage). The server signs
// it for this member and meeting, so a screenshot passed on is refused a minute later.
import { Alert, Button, Card, QRCode, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { untilExpiry } from './api';

export function MyCodePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const code = useApiQuery(
    '/api/meetings/{id}/my-code',
    { path: { id } },
    {
      retry: false,
      refetchInterval: (q) =>
        q.state.data ? untilExpiry(q.state.data.expiresAt, q.state.data.windowSeconds) + 300 : false,
      refetchIntervalInBackground: true,
    },
  );
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  const c = code.data;
  const left = c ? Math.ceil(untilExpiry(c.expiresAt, c.windowSeconds) / 1000) : 0;

  return (
    <Card style={{ maxWidth: 480, margin: '0 auto', textAlign: 'center' }} title={t('meetingGuests.myCode')}>
      {code.error ? (
        <Alert type="warning" showIcon title={t('meetingGuests.myCodeClosed')} description={code.error.message} />
      ) : c ? (
        <div data-testid="my-code" data-code={c.code}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {c.title}
          </Typography.Title>
          {!c.invited && (
            <Alert type="info" showIcon title={t('meetingGuests.myCodeWalkIn')} style={{ marginBottom: 12 }} />
          )}
          <div style={{ display: 'flex', justifyContent: 'center', margin: '12px 0' }}>
            <QRCode value={c.code} size={260} errorLevel="M" aria-label={t('meetingGuests.myCode')} />
          </div>
          <Typography.Paragraph>{t('meetingGuests.myCodeHint')}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('meetingGuests.myCodeRefresh', { s: left })}</Typography.Text>
        </div>
      ) : (
        <Spin size="large" />
      )}
      <Link to={`/meetings/${id}`}>
        <Button size="large" block style={{ marginTop: 16 }}>
          {t('meetings.backToMeeting')}
        </Button>
      </Link>
    </Card>
  );
}
