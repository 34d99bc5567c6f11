// The office's step of a topic to its next stage: dates (no earlier than the stage before),
// participants, the meeting (a consultation takes one of a consultation kind), documents and a
// note. The server's refusals appear on their fields (dates, meeting) or above the form.
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client';
import type { FileSummary } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { AttachmentsField } from '../proposals/AttachmentsField';
import type { TopicDetail } from './shared';

interface AdvanceValues {
  startsOn: Dayjs;
  endsOn?: Dayjs;
  participants?: string[];
  meetingId?: number;
  note?: string;
  files?: FileSummary[];
}

export function AdvanceForm({ topic, open, onClose }: { topic: TopicDetail; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const stage = topic.nextStage!;
  const meetings = useApiQuery(
    '/api/meetings',
    { query: { scope: 'org', status: 'published', pageSize: 100 } },
    { enabled: open && (stage === 'consultation' || stage === 'research' || stage === 'set') },
  );
  return (
    <FormModal<AdvanceValues>
      open={open}
      title={t('wp.advance', { stage: t(`wp.stage.${stage}`) })}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.post('/api/workplan/topics/{id}/advance', {
          path: { id: topic.id },
          body: {
            stage,
            startsOn: v.startsOn.format('YYYY-MM-DD'),
            endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
            participants: v.participants ?? [],
            meetingId: v.meetingId ?? null,
            note: v.note || null,
            fileIds: (v.files ?? []).map((f) => f.id),
          },
        });
        onClose();
      }}
    >
      <Form.Item name="startsOn" label={t('wp.startsOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} data-testid="wp-advance-starts" />
      </Form.Item>
      <Form.Item name="endsOn" label={t('wp.endsOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="participants" label={t('wp.participants')} extra={t('wp.participantsHelp')}>
        <Select mode="tags" open={false} tokenSeparators={['、', ',', '，']} data-testid="wp-advance-participants" />
      </Form.Item>
      {stage !== 'done' && stage !== 'proposed' && (
        <Form.Item
          name="meetingId"
          label={t('wp.meeting')}
          extra={stage === 'consultation' ? t('wp.meetingHelp') : undefined}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={meetings.isLoading}
            options={(meetings.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.title}（${formatDateTime(m.startsAt)}）`,
            }))}
            data-testid="wp-advance-meeting"
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('wp.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="files" label={t('wp.files')}>
        <AttachmentsField kept={0} />
      </Form.Item>
    </FormModal>
  );
}
