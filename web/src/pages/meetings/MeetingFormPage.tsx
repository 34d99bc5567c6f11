// The meeting builder: a new draft, or changes to a meeting (a published meeting's new time or
// place is announced to its invitees by the server). The kind is chosen once, at creation.
// Times are picked and shown on China's clock, whatever the browser's own time zone.
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { AttendanceMode, MeetingBody, MeetingDetail } from '../../api/models';
import { REFERENCE, useApiQuery } from '../../api/query';
import { useFillOnce } from '../../components/useFillOnce';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useI18n } from '../../i18n';
import { ATTENDANCE_MODES, chinaInstant, chinaPickerValue } from './api';

interface Values {
  kindId?: number;
  title: string;
  when: [Dayjs, Dayjs];
  venue?: string;
  venueLat?: number | null;
  venueLng?: number | null;
  checkinRadiusM?: number | null;
  onlineUrl?: string;
  attendanceMode?: AttendanceMode;
  replyDeadline?: Dayjs | null;
  capacity?: number | null;
  questionsEnabled?: boolean;
  description?: string;
}

const orNull = <T,>(v: T | undefined | null | ''): T | null => (v === undefined || v === '' ? null : v);

function toBody(v: Values): Omit<MeetingBody, 'kindId'> {
  return {
    title: v.title.trim(),
    startsAt: chinaInstant(v.when[0]),
    endsAt: chinaInstant(v.when[1]),
    venue: orNull(v.venue?.trim()),
    venueLat: orNull(v.venueLat),
    venueLng: orNull(v.venueLng),
    checkinRadiusM: orNull(v.checkinRadiusM),
    onlineUrl: orNull(v.onlineUrl?.trim()),
    ...(v.attendanceMode ? { attendanceMode: v.attendanceMode } : {}),
    replyDeadline: v.replyDeadline ? chinaInstant(v.replyDeadline) : null,
    capacity: orNull(v.capacity),
    questionsEnabled: !!v.questionsEnabled,
    description: orNull(v.description?.trim()),
  };
}

function toValues(m: MeetingDetail): Values {
  return {
    kindId: m.kind.id,
    title: m.title,
    when: [chinaPickerValue(m.startsAt), chinaPickerValue(m.endsAt)],
    venue: m.venue ?? undefined,
    venueLat: m.venueLat,
    venueLng: m.venueLng,
    checkinRadiusM: m.checkinRadiusM,
    onlineUrl: m.onlineUrl ?? undefined,
    attendanceMode: m.attendanceMode,
    replyDeadline: m.replyDeadline ? chinaPickerValue(m.replyDeadline) : null,
    capacity: m.capacity,
    questionsEnabled: m.questionsEnabled,
    description: m.description ?? undefined,
  };
}

export function MeetingFormPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const param = useParams().id;
  const id = param ? Number(param) : null;
  const [form] = Form.useForm<Values>();
  const kinds = useApiQuery('/api/meeting-kinds', {}, REFERENCE);
  const existing = useApiQuery('/api/meetings/{id}', id ? { path: { id } } : null);
  useFillOnce(existing.data, existing.data ? `${existing.data.id}:${existing.data.version}` : undefined, (m) =>
    form.setFieldsValue(toValues(m)),
  );
  const { submit, error, busy } = useFormSubmit(form, async (v) => {
    const saved = id
      ? await api.patch('/api/meetings/{id}', { path: { id }, body: toBody(v) })
      : await api.post('/api/meetings', { body: { kindId: v.kindId!, ...toBody(v) } });
    navigate(`/meetings/${saved.id}`);
  });
  const activeKinds = (kinds.data ?? []).filter((k) => k.active || k.id === existing.data?.kind.id);

  return (
    <Card title={t(id ? 'meetings.editMeeting' : 'meetings.newMeeting')} style={{ maxWidth: 960 }}>
      {existing.error && <Alert type="error" showIcon title={existing.error.message} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ questionsEnabled: false }}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="kindId" label={t('meetings.kind')} rules={[{ required: true }]}>
              <Select
                disabled={!!id}
                showSearch={{ optionFilterProp: 'label' }}
                loading={kinds.isLoading}
                options={activeKinds.map((k) => ({ value: k.id, label: k.name }))}
                data-testid="meeting-kind"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="title" label={t('meetings.title')} rules={[{ required: true, min: 2, max: 120 }]}>
              <Input maxLength={120} data-testid="meeting-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="when" label={t('meetings.time')} rules={[{ required: true }]}>
              <DatePicker.RangePicker
                showTime={{ format: 'HH:mm', minuteStep: 5 }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                data-testid="meeting-when"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="venue" label={t('meetings.venue')} rules={[{ max: 120 }]}>
              <Input maxLength={120} data-testid="meeting-venue" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Typography.Text strong>{t('meetings.coordinates')}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('meetings.coordinatesHint')}
            </Typography.Paragraph>
          </Col>
          <Col xs={8}>
            <Form.Item name="venueLat" label={t('meetings.lat')}>
              <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="venueLng" label={t('meetings.lng')}>
              <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8}>
            <Form.Item name="checkinRadiusM" label={t('meetings.radius')}>
              <InputNumber min={20} max={5000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="attendanceMode"
              label={t('meetings.attendanceMode')}
              extra={t('meetings.attendanceModeHint')}
            >
              <Select
                allowClear
                options={ATTENDANCE_MODES.map((a) => ({ value: a, label: t(`meetings.mode.${a}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="replyDeadline" label={t('meetings.replyDeadline')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="capacity" label={t('meetings.capacity')}>
              <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="onlineUrl" label={t('meetings.onlineUrl')} rules={[{ type: 'url' }]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="questionsEnabled" label={t('meetings.questionsEnabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('meetings.description')}>
              <Input.TextArea rows={4} maxLength={4000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="meeting-save">
            {t('meetings.saveDraft')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
