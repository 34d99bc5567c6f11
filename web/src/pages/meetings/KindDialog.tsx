// The form of one meeting kind: a new one (with its code and category, fixed once made) or an
// existing one's settings. What counts as study asks which of the six forms of study it is.
import { App, Form, Input, InputNumber, Select, Switch } from 'antd';
import { api } from '../../api/client';
import { valuesOf, type MeetingKind } from '../../api/models';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';

// Value lists checked against the OpenAPI document's enums (valuesOf: none missing, none unknown).
const CATEGORIES = valuesOf<MeetingKind['category']>()([
  'plenary',
  'standing',
  'chair',
  'consultation',
  'symposium',
  'inspection',
  'research',
  'study',
  'training',
  'activity_week',
  'forum',
  'home_activity',
  'open',
]);
const CHECKIN = valuesOf<MeetingKind['checkinMethod']>()(['qr', 'qr_location', 'manual']);
const STUDY = valuesOf<NonNullable<MeetingKind['studyKind']>>()([
  'party_group',
  'chair',
  'standing',
  'training',
  'committee',
  'symposium',
]);
type Audience = 'none' | 'all' | 'committeeOfOrganiser';

interface Values {
  code: string;
  category: MeetingKind['category'];
  name: string;
  attendanceMode: MeetingKind['attendanceMode'];
  checkinMethod: MeetingKind['checkinMethod'];
  countsAs: MeetingKind['countsAs'] | 'none';
  studyKind: MeetingKind['studyKind'];
  audience: Audience;
  allowsDecline: boolean;
  questionsEnabled: boolean;
  lateGraceMinutes: number;
  sortOrder: number;
}

const audienceOf = (k: MeetingKind): Audience =>
  k.defaultAudience.all ? 'all' : k.defaultAudience.committeeOfOrganiser ? 'committeeOfOrganiser' : 'none';

export function KindDialog({ kind, onClose }: { kind: MeetingKind | 'new' | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const isNew = kind === 'new';
  const existing = kind && kind !== 'new' ? kind : null;
  const initial: Partial<Values> = existing
    ? { ...existing, countsAs: existing.countsAs ?? 'none', audience: audienceOf(existing) }
    : {
        attendanceMode: 'required',
        checkinMethod: 'qr',
        countsAs: 'none',
        audience: 'none',
        allowsDecline: false,
        questionsEnabled: false,
        lateGraceMinutes: 10,
        sortOrder: 1000,
      };

  const submit = async (v: Values) => {
    const countsAs = v.countsAs === 'none' ? null : v.countsAs;
    const settings = {
      name: v.name.trim(),
      attendanceMode: v.attendanceMode,
      checkinMethod: v.checkinMethod,
      countsAs,
      studyKind: countsAs === 'study' ? (v.studyKind ?? null) : countsAs === 'training' ? 'training' : null,
      defaultAudience: v.audience === 'none' ? {} : { [v.audience]: true },
      allowsDecline: v.allowsDecline,
      questionsEnabled: v.questionsEnabled,
      lateGraceMinutes: v.lateGraceMinutes,
      sortOrder: v.sortOrder,
    } as const;
    if (existing) await api.patch('/api/meeting-kinds/{id}', { path: { id: existing.id }, body: settings });
    else await api.post('/api/meeting-kinds', { body: { ...settings, code: v.code, category: v.category } });
    onClose();
    message.success(t('meetingKinds.saved'));
  };

  return (
    <FormModal<Values>
      open={!!kind}
      title={t(isNew ? 'meetingKinds.add' : 'meetingKinds.edit')}
      initialValues={initial}
      onCancel={onClose}
      onSubmit={submit}
    >
      {isNew && (
        <>
          <Form.Item
            name="code"
            label={t('meetingKinds.code')}
            extra={t('meetingKinds.codeHint')}
            rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/ }]}
          >
            <Input maxLength={40} data-testid="kind-code" />
          </Form.Item>
          <Form.Item name="category" label={t('meetingKinds.category')} rules={[{ required: true }]}>
            <Select
              options={CATEGORIES.map((c) => ({ value: c, label: t(`meetingKinds.category.${c}`) }))}
              data-testid="kind-category"
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="name" label={t('meetingKinds.name')} rules={[{ required: true, max: 40, whitespace: true }]}>
        <Input maxLength={40} data-testid="kind-name" />
      </Form.Item>
      <Form.Item name="attendanceMode" label={t('meetingKinds.attendanceMode')}>
        <Select
          options={(['required', 'signup'] as const).map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
        />
      </Form.Item>
      <Form.Item name="checkinMethod" label={t('meetingKinds.checkinMethod')}>
        <Select options={CHECKIN.map((c) => ({ value: c, label: t(`meetingKinds.checkin.${c}`) }))} />
      </Form.Item>
      <Form.Item name="countsAs" label={t('meetingKinds.countsAs')}>
        <Select
          options={(['none', 'study', 'training'] as const).map((c) => ({
            value: c,
            label: c === 'none' ? t('meetingKinds.none') : t(`meetingKinds.counts.${c}`),
          }))}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.countsAs !== b.countsAs}>
        {({ getFieldValue }) =>
          getFieldValue('countsAs') === 'study' && (
            <Form.Item name="studyKind" label={t('meetingKinds.studyKind')} rules={[{ required: true }]}>
              <Select options={STUDY.map((s) => ({ value: s, label: t(`meetingKinds.study.${s}`) }))} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="audience" label={t('meetingKinds.defaultAudience')}>
        <Select
          options={(['none', 'all', 'committeeOfOrganiser'] as const).map((a) => ({
            value: a,
            label: t(`meetingKinds.audience.${a}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="allowsDecline" label={t('meetingKinds.allowsDecline')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="questionsEnabled" label={t('meetingKinds.questionsEnabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="lateGraceMinutes" label={t('meetingKinds.lateGraceMinutes')}>
        <InputNumber min={0} max={120} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('meetingKinds.sortOrder')}>
        <InputNumber min={0} max={9999} />
      </Form.Item>
    </FormModal>
  );
}
