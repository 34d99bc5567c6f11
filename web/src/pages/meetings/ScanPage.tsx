// The office's scanner at the door (a phone or a desk computer): reads the members' personal
// check-in codes (MyCodePage) with the camera where the browser has a BarcodeDetector, or
// takes what a scanner gun types or a pasted code, and checks each member in. Every scan shows
// the member's name and state (no photo) or the server's reason for refusing it.
import { CameraOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { applyApiError } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { AttendanceTag } from './MeetingTags';
import { timeRange } from './api';

type Scanned = Awaited<ReturnType<typeof api.post<'/api/meetings/{id}/scan'>>>;

/** The part of the Shape Detection API used here (Chromium on Android and desktop). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (o: { formats: string[] }) => Detector;
const detectorClass = (): DetectorClass | undefined =>
  (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** The camera and its detector, scanning a few times a second until stopped. */
function useCamera(onCode: (code: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    if (!on) return;
    const Detector = detectorClass()!;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = '';
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        const v = video.current!;
        v.srcObject = s;
        await v.play();
        const detector = new Detector({ formats: ['qr_code'] });
        timer = setInterval(async () => {
          const [found] = await detector.detect(v).catch(() => []);
          // The same code stays in front of the camera for a while: sent once.
          if (found && found.rawValue !== last) {
            last = found.rawValue;
            latest.current(found.rawValue);
          }
        }, 300);
      })
      .catch((e: Error) => {
        setError(e.message);
        setOn(false);
      });
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);

  return { video, on, setOn, error, supported: !!detectorClass() && !!navigator.mediaDevices };
}

export function ScanPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const meeting = useApiQuery('/api/meetings/{id}', { path: { id } });
  const [form] = Form.useForm<{ code: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Scanned[]>([]);

  const submit = async (code: string) => {
    if (!code.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.post('/api/meetings/{id}/scan', { path: { id }, body: { code: code.trim() } });
      setDone((d) => [r, ...d].slice(0, 50));
      form.resetFields();
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  const camera = useCamera((code) => void submit(code));

  const m = meeting.data;
  if (meeting.isLoading) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (!m) return <Alert type="error" showIcon title={meeting.error?.message} />;
  const last = done[0];

  return (
    <Card style={{ maxWidth: 640, margin: '0 auto' }} title={t('meetingGuests.scannerTitle')}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        <Link to={`/meetings/${id}`}>{m.title}</Link>
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {timeRange(m.startsAt, m.endsAt)}
        {m.venue ? ` · ${m.venue}` : ''}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('meetingGuests.scannerHint')}</Typography.Paragraph>
      {camera.supported ? (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Button icon={<CameraOutlined />} onClick={() => camera.setOn(!camera.on)} data-testid="scan-camera">
            {camera.on ? t('meetingGuests.stopCamera') : t('meetingGuests.startCamera')}
          </Button>
          <video
            ref={camera.video}
            muted
            playsInline
            style={{ width: '100%', maxHeight: 360, background: '#000', display: camera.on ? 'block' : 'none' }}
          />
        </Space>
      ) : (
        <Alert type="info" showIcon title={t('meetingGuests.noCamera')} style={{ marginBottom: 12 }} />
      )}
      {camera.error && (
        <Alert type="warning" showIcon title={t('meetingGuests.cameraFailed', { reason: camera.error })} />
      )}
      {last && !error && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          style={{ margin: '12px 0', fontSize: 18 }}
          data-testid="scan-done"
          title={
            <span>
              {t(last.walkIn ? 'meetingGuests.doneWalkIn' : 'meetingGuests.done', { name: last.name })}{' '}
              <AttendanceTag attendance={last.attendance} />
            </span>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} data-testid="form-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => submit(v.code)}>
        <Form.Item name="code" label={t('meetingGuests.codeLabel')} rules={[{ required: true, message: '' }]}>
          <Input
            size="large"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={t('meetingGuests.codePlaceholder')}
            style={{ fontFamily: 'monospace' }}
            data-testid="scan-code"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={busy} data-testid="scan-submit">
          {t('meetingGuests.submit')}
        </Button>
      </Form>
      {done.length > 0 && (
        <div style={{ marginTop: 16 }} data-testid="scan-recent">
          <Typography.Text strong>{t('meetingGuests.recent')}</Typography.Text>
          {done.map((r) => (
            <div key={r.invitationId} style={{ padding: '6px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}>
              {r.name} · {formatDateTime(r.checkedInAt)} <AttendanceTag attendance={r.attendance} />
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
