// The form of one plan item: its kind, topic, planned day or month, who attends (a short text,
// and optionally an audience as invitations name it) and notes. A new item goes into the plan
// of its planned year (made on the first one).
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { STUDY_KINDS, type PlanItem, type StudyKind } from './planApi';

type AudienceChoice = 'none' | 'all' | 'cpc';
interface Values {
  studyKind: StudyKind;
  topic: string;
  mode: 'month' | 'day';
  date: Dayjs;
  attendees: string;
  audience: AudienceChoice;
  notes?: string;
}

const audienceOf = (a: PlanItem['audience']): AudienceChoice =>
  a?.all ? 'all' : a?.parties?.length === 1 && a.parties[0] === 'cpc' ? 'cpc' : 'none';
const audienceBody = (c: AudienceChoice) =>
  c === 'all' ? { all: true } : c === 'cpc' ? { parties: ['cpc' as const] } : null;

export function PlanItemDialog(props: { item: PlanItem | 'new' | null; year: number; onClose(saved: boolean): void }) {
  const { t } = useI18n();
  const { item } = props;
  const editing = item && item !== 'new' ? item : null;
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'month' | 'day'>(editing?.plannedOn.length === 10 ? 'day' : 'month');
  // The audience the page cannot show as a choice (members by name, committees) is kept as it is.
  const keepsAudience = editing?.audience && audienceOf(editing.audience) === 'none';
  const initial: Partial<Values> = editing
    ? {
        studyKind: editing.studyKind,
        topic: editing.topic,
        mode: editing.plannedOn.length === 10 ? 'day' : 'month',
        date: dayjs(editing.plannedOn.length === 7 ? `${editing.plannedOn}-01` : editing.plannedOn),
        attendees: editing.attendees,
        audience: audienceOf(editing.audience),
        notes: editing.notes ?? undefined,
      }
    : {
        mode: 'month',
        audience: 'none',
        date: dayjs(`${props.year}-${dayjs().year() === props.year ? dayjs().format('MM') : '01'}-01`),
      };

  const submit = async (v: Values) => {
    const body = {
      studyKind: v.studyKind,
      topic: v.topic,
      plannedOn: v.date.format(v.mode === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'),
      attendees: v.attendees,
      notes: v.notes?.trim() ? v.notes : null,
      ...(!(keepsAudience && v.audience === 'none') && { audience: audienceBody(v.audience) }),
    };
    if (editing) await api.patch('/api/study/plan/items/{id}', { path: { id: editing.id }, body });
    else await api.post('/api/study/plan/items', { body });
    props.onClose(true);
  };

  return (
    <FormModal<Values>
      open={item !== null}
      title={t(editing ? 'studyPlan.editTitle' : 'studyPlan.addTitle')}
      form={form}
      initialValues={initial}
      onCancel={() => props.onClose(false)}
      onSubmit={submit}
      width={560}
    >
      <Form.Item name="studyKind" label={t('studyPlan.studyKind')} rules={[{ required: true }]}>
        <Select
          data-testid="item-kind"
          options={STUDY_KINDS.map((k) => ({ value: k, label: t(`studyPlan.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="topic" label={t('studyPlan.topic')} rules={[{ required: true, min: 2, max: 200 }]}>
        <Input maxLength={200} data-testid="item-topic" />
      </Form.Item>
      <Form.Item label={t('studyPlan.plannedOn')} required>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item name="mode" noStyle>
            <Radio.Group
              optionType="button"
              onChange={(e) => setMode(e.target.value)}
              options={(['month', 'day'] as const).map((m) => ({ value: m, label: t(`studyPlan.dateMode.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="date" noStyle rules={[{ required: true }]}>
            <DatePicker
              picker={mode === 'month' ? 'month' : 'date'}
              allowClear={false}
              aria-label={t('studyPlan.plannedOn')}
              disabledDate={editing ? (d) => d.year() !== Number(editing.plannedOn.slice(0, 4)) : undefined}
            />
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item name="attendees" label={t('studyPlan.attendees')} rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} data-testid="item-attendees" />
      </Form.Item>
      <Form.Item name="audience" label={t('studyPlan.audience')}>
        <Radio.Group
          options={(['none', 'all', 'cpc'] as const).map((a) => ({ value: a, label: t(`studyPlan.audience.${a}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('studyPlan.notes')} rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
