// The office's form of an inspection: title, topic, kind, planned dates and the leader (a
// member of the roster or a leader's account); on creation also its participants. The people
// offered are the organisation's own (the server's choices).
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import type { InspectionDetail, InspectionKind } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { INSPECTION_KINDS } from './shared';

interface Values {
  title: string;
  subject: string;
  kind: InspectionKind;
  dates: [Dayjs, Dayjs];
  /** "m:<memberId>" or "u:<userId>". */
  leader?: string;
  participantIds?: number[];
}

const leaderBody = (v?: string) =>
  !v ? null : v.startsWith('m:') ? { memberId: Number(v.slice(2)) } : { userId: Number(v.slice(2)) };

export function InspectionForm({
  inspection,
  onCancel,
  onSaved,
}: {
  /** Absent: a new inspection. */
  inspection?: InspectionDetail;
  onCancel(): void;
  onSaved(id: number): void;
}) {
  const { t } = useI18n();
  const choices = useApiQuery('/api/supervision/inspections/choices').data;
  const i = inspection;
  const initial: Partial<Values> = i
    ? {
        title: i.title,
        subject: i.subject,
        kind: i.kind,
        dates: [dayjs(i.startsOn), dayjs(i.endsOn)],
        leader: i.leader ? `${i.leader.kind === 'member' ? 'm' : 'u'}:${i.leader.id}` : undefined,
      }
    : { kind: 'thematic' };

  return (
    <FormModal<Values>
      open
      width={640}
      title={t(i ? 'insp.editTitle' : 'insp.newTitle')}
      initialValues={initial}
      onCancel={onCancel}
      onSubmit={async (v) => {
        const fields = {
          title: v.title,
          subject: v.subject,
          kind: v.kind,
          startsOn: v.dates[0].format('YYYY-MM-DD'),
          endsOn: v.dates[1].format('YYYY-MM-DD'),
          leader: leaderBody(v.leader),
        };
        const saved = i
          ? await api.patch('/api/supervision/inspections/{id}', { path: { id: i.id }, body: fields })
          : await api.post('/api/supervision/inspections', {
              body: { ...fields, participantIds: v.participantIds ?? [] },
            });
        onSaved(saved.id);
      }}
    >
      <Form.Item name="title" label={t('insp.title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input maxLength={200} data-testid="inspection-title" />
      </Form.Item>
      <Form.Item name="subject" label={t('insp.subject')} rules={[{ required: true, whitespace: true, max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="inspection-subject" />
      </Form.Item>
      <Form.Item name="kind" label={t('insp.kind')} rules={[{ required: true }]}>
        <Select options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`insp.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="dates" label={t('insp.dates')} rules={[{ required: true }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} data-testid="inspection-dates" />
      </Form.Item>
      <Form.Item name="leader" label={t('insp.leader')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('insp.noLeader')}
          options={[
            {
              label: t('insp.leaderUser'),
              options: (choices?.accounts ?? []).map((a) => ({
                value: `u:${a.id}`,
                label: a.leaderTitle ? `${a.name}（${a.leaderTitle}）` : a.name,
              })),
            },
            {
              label: t('insp.leaderMember'),
              options: (choices?.members ?? []).map((m) => ({ value: `m:${m.id}`, label: m.name })),
            },
          ]}
        />
      </Form.Item>
      {!i && (
        <Form.Item name="participantIds" label={t('insp.participants')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('insp.pickMembers')}
            options={(choices?.members ?? []).map((m) => ({
              value: m.id,
              label: m.sectorName ? `${m.name}（${m.sectorName}）` : m.name,
            }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
