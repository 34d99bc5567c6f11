// What the speeches screens share: their texts (a lazily added i18n area), the state label,
// the member's form (hand in or revise) and the programme every viewer of a meeting reads.
import { App, Card, Empty, Form, Input, List, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { valuesOf, type MeetingSpeech, type SpeechStatus } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { addArea, useI18n } from '../../i18n';
import { meetingSpeeches } from '../../i18n/messages/meetingSpeeches';

addArea('meetingSpeeches', meetingSpeeches);

export const SPEECH_STATUSES = valuesOf<SpeechStatus>()(['submitted', 'returned', 'oral', 'written', 'rejected']);
const COLOURS: Record<SpeechStatus, string> = {
  submitted: 'gold',
  returned: 'orange',
  oral: 'green',
  written: 'cyan',
  rejected: 'default',
};

export function SpeechTag({ status }: { status: SpeechStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLOURS[status]} data-testid="speech-status">
      {t(`meetingSpeeches.status.${status}`)}
    </Tag>
  );
}

interface SpeechValues {
  title: string;
  body: string;
}

/** Hands in a new speech, or revises the given one (which goes back to the office). */
export function SpeechForm({
  meetingId,
  speech,
  open,
  onClose,
}: {
  meetingId: number;
  speech?: Pick<MeetingSpeech, 'id' | 'title' | 'body'>;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <FormModal<SpeechValues>
      open={open}
      title={speech ? t('meetingSpeeches.revise') : t('meetingSpeeches.submit')}
      okText={speech ? t('meetingSpeeches.revise') : t('meetingSpeeches.submit')}
      initialValues={speech ? { title: speech.title, body: speech.body } : undefined}
      width={720}
      onCancel={onClose}
      onSubmit={async (v) => {
        const body = { title: v.title.trim(), body: v.body.trim() };
        if (speech)
          await api.put('/api/meetings/{id}/speeches/{speechId}', {
            path: { id: meetingId, speechId: speech.id },
            body,
          });
        else await api.post('/api/meetings/{id}/speeches', { path: { id: meetingId }, body });
        onClose();
        message.success(speech ? t('meetingSpeeches.revised') : t('meetingSpeeches.submitted'));
      }}
    >
      <Form.Item name="title" label={t('meetingSpeeches.title')} rules={[{ required: true, min: 2, max: 100 }]}>
        <Input maxLength={100} placeholder={t('meetingSpeeches.titleHint')} data-testid="speech-title" />
      </Form.Item>
      <Form.Item name="body" label={t('meetingSpeeches.body')} rules={[{ required: true, min: 50, max: 20000 }]}>
        <Input.TextArea
          autoSize={{ minRows: 8, maxRows: 18 }}
          maxLength={20000}
          showCount
          placeholder={t('meetingSpeeches.bodyHint')}
          data-testid="speech-body"
        />
      </Form.Item>
    </FormModal>
  );
}

/** The programme: the oral speeches in their order, then the written exchange (hidden while empty). */
export function ProgrammeCard({ meetingId, mobile }: { meetingId: number; mobile: boolean }) {
  const { t } = useI18n();
  const q = useApiQuery('/api/meetings/{id}/programme', { path: { id: meetingId } });
  const p = q.data;
  if (!p || (!p.oral.length && !p.written.length)) return null;
  const line = (s: (typeof p.oral)[number]) => (
    <List.Item style={{ padding: '6px 0' }}>
      <div style={{ width: '100%' }}>
        <Typography.Text strong>{s.oralOrder !== null ? `${s.oralOrder}. ` : ''}</Typography.Text>
        <Typography.Text>{s.title}</Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {s.speaker}
            {s.sector ? ` · ${s.sector}` : ''}
          </Typography.Text>
        </div>
      </div>
    </List.Item>
  );
  return (
    <Card size={mobile ? 'small' : 'default'} title={t('meetingSpeeches.programme')} data-testid="programme">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('meetingSpeeches.oralList')}
      </Typography.Title>
      <List
        size="small"
        dataSource={p.oral}
        renderItem={line}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetingSpeeches.noProgramme')} />,
        }}
        data-testid="programme-oral"
      />
      {p.written.length > 0 && (
        <>
          <Typography.Title level={5}>{t('meetingSpeeches.writtenList')}</Typography.Title>
          <List size="small" dataSource={p.written} renderItem={line} data-testid="programme-written" />
        </>
      )}
    </Card>
  );
}
