// 扫码签到 on the member's phone. The door screen's QR holds this page's address with the
// current code (…/meetings/12/checkin?code=…), so the phone's own camera app opens it with
// the code filled in; the code can also be typed from the screen. Where the meeting has a
// venue position the phone's location goes with the code (the server decides whether the
// meeting's kind asks for it and how far is too far).
import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Result, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { applyApiError } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { AttendanceTag } from './MeetingTags';
import { timeRange } from './api';

interface Position {
  lat: number;
  lng: number;
  accuracyM: number;
}

/** The phone's position, or the browser's reason for not giving it. */
function locate(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('unsupported'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracyM: Math.round(p.coords.accuracy) }),
      (e) => reject(new Error(e.message || String(e.code))),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  });
}

type Done = Awaited<ReturnType<typeof api.post<'/api/meetings/{id}/checkin'>>>;

export function CheckinPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const meeting = useApiQuery('/api/meetings/{id}', { path: { id } });
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [where, setWhere] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const m = meeting.data;
  const wantsPlace = !!m && m.venueLat !== null && m.venueLng !== null && m.checkinRadiusM !== null;

  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      let place: Position | undefined;
      if (wantsPlace) {
        setWhere(t('meetings.locating'));
        try {
          place = await locate();
          setWhere(t('meetings.locationUsed', { m: place.accuracyM }));
        } catch (err) {
          // Sent without a position: the server says whether this meeting needs one.
          setWhere(t('meetings.locationFailed', { reason: (err as Error).message }));
        }
      }
      setDone(await api.post('/api/meetings/{id}/checkin', { path: { id }, body: { code: code.trim(), ...place } }));
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };

  if (meeting.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!m) return <Alert type="error" showIcon title={meeting.error?.message} />;
  const back = (
    <Link to={`/meetings/${id}`}>
      <Button size="large" block>
        {t('meetings.backToMeeting')}
      </Button>
    </Link>
  );

  const whereLine = where && (
    <Typography.Paragraph type="secondary" data-testid="checkin-location">
      {where}
    </Typography.Paragraph>
  );

  return (
    <Card style={{ maxWidth: 480, margin: '0 auto' }} title={t('meetings.checkinTitle')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {m.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {timeRange(m.startsAt, m.endsAt)}
        {m.venue ? ` · ${m.venue}` : ''}
      </Typography.Paragraph>
      {done ? (
        <Result
          icon={<CheckCircleOutlined />}
          status="success"
          title={t('meetings.checkedIn')}
          subTitle={
            <span data-testid="checkin-done">
              {t('meetings.checkedInAt', { time: formatDateTime(done.checkedInAt) })}{' '}
              <AttendanceTag attendance={done.attendance} />
            </span>
          }
          extra={
            <>
              {whereLine}
              {back}
            </>
          }
        />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ code: params.get('code') ?? '' }} onFinish={submit}>
          {wantsPlace && (
            <Alert type="info" showIcon title={t('meetings.locationNeeded')} style={{ marginBottom: 12 }} />
          )}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
          {whereLine}
          <Form.Item
            name="code"
            label={t('meetings.codeLabel')}
            rules={[{ required: true, message: t('meetings.codeRequired') }]}
          >
            <Input
              size="large"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              placeholder={t('meetings.codePlaceholder')}
              style={{ fontFamily: 'monospace', fontSize: 16 }}
              data-testid="checkin-code"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="checkin-submit">
            {t('meetings.submitCheckIn')}
          </Button>
          <div style={{ marginTop: 12 }}>{back}</div>
        </Form>
      )}
    </Card>
  );
}
