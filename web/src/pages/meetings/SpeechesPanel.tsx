// The office's 发言 tab of a meeting: every speech handed in, filtered by state, each with its
// text to read and the four decisions (oral, written exchange, back for revision, rejected; the
// last two with a reason the speaker reads); the oral speeches in programme order with buttons
// to move one up or down. Leaders read the same list without the buttons.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import type { MeetingDetail, MeetingSpeech, SpeechDecision, SpeechStatus } from '../../api/models';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { formatDateTime, useI18n } from '../../i18n';
import { SPEECH_STATUSES, SpeechTag } from './SpeechParts';

/** The decisions each state offers (the server's SPEECH_STEPS.review, without the no-ops). */
const DECISIONS_FROM: Partial<Record<SpeechStatus, SpeechDecision[]>> = {
  submitted: ['oral', 'written', 'return', 'reject'],
  oral: ['written', 'return'],
  written: ['oral', 'return'],
};

export function SpeechesPanel({ m, manage }: { m: MeetingDetail; manage: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<SpeechStatus | 'all'>('all');
  const [asking, setAsking] = useState<{ s: MeetingSpeech; d: SpeechDecision } | null>(null);
  const q = useApiQuery('/api/meetings/{id}/speeches', {
    path: { id: m.id },
    query: status === 'all' ? {} : { status },
  });
  const items = q.data?.items ?? [];
  const oral = items.filter((s) => s.status === 'oral').map((s) => s.id);
  const open = manage && m.status === 'published' && new Date(m.endsAt).getTime() > Date.now();

  const review = async (s: MeetingSpeech, d: SpeechDecision, note?: string) => {
    const r = await api.post('/api/meetings/{id}/speeches/{speechId}/review', {
      path: { id: m.id, speechId: s.id },
      body: { decision: d, ...(note ? { note } : {}) },
    });
    message.success(t('meetingSpeeches.decided', { state: t(`meetingSpeeches.status.${r.status}`) }));
  };
  const decide = (s: MeetingSpeech, d: SpeechDecision) =>
    d === 'return' || d === 'reject'
      ? setAsking({ s, d })
      : review(s, d).catch((err: Error) => message.error(err.message));
  const move = async (id: number, by: -1 | 1) => {
    const i = oral.indexOf(id);
    const next = [...oral];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    try {
      await api.put('/api/meetings/{id}/programme', { path: { id: m.id }, body: { speechIds: next } });
      message.success(t('meetingSpeeches.reordered'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="speeches-panel">
      <Segmented<SpeechStatus | 'all'>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'all', label: t('meetingSpeeches.all') },
          ...SPEECH_STATUSES.map((s) => ({ value: s, label: t(`meetingSpeeches.status.${s}`) })),
        ]}
      />
      <Table<MeetingSpeech>
        rowKey="id"
        size="middle"
        loading={q.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t('meetingSpeeches.none') }}
        expandable={{
          expandedRowRender: (s) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.body}</Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('meetingSpeeches.order'),
            width: 110,
            render: (_, s) =>
              s.status !== 'oral' ? null : (
                <Space size={4}>
                  <span>{s.oralOrder}</span>
                  {open && status === 'all' && (
                    <>
                      <Button
                        size="small"
                        icon={<ArrowUpOutlined />}
                        aria-label={t('meetingSpeeches.up')}
                        disabled={oral.indexOf(s.id) === 0}
                        onClick={() => move(s.id, -1)}
                      />
                      <Button
                        size="small"
                        icon={<ArrowDownOutlined />}
                        aria-label={t('meetingSpeeches.down')}
                        disabled={oral.indexOf(s.id) === oral.length - 1}
                        onClick={() => move(s.id, 1)}
                      />
                    </>
                  )}
                </Space>
              ),
          },
          { title: t('meetingSpeeches.speaker'), dataIndex: 'speaker', width: 100 },
          { title: t('meetingSpeeches.title'), dataIndex: 'title' },
          {
            title: t('meetingSpeeches.state'),
            width: 200,
            render: (_, s) => (
              <>
                <SpeechTag status={s.status} />
                {s.reviewNote && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {s.reviewNote}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('meetingSpeeches.submittedAt'), width: 150, render: (_, s) => formatDateTime(s.submittedAt) },
          ...(open
            ? [
                {
                  title: '',
                  width: 220,
                  render: (_: unknown, s: MeetingSpeech) => (
                    <Space size={4} wrap>
                      {(DECISIONS_FROM[s.status] ?? []).map((d) => (
                        <Button key={d} size="small" onClick={() => decide(s, d)} data-testid={`speech-${d}`}>
                          {t(`meetingSpeeches.decide.${d}`)}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ note: string }>
        open={!!asking}
        title={
          asking
            ? t('meetingSpeeches.reasonTitle', {
                action: t(`meetingSpeeches.decide.${asking.d}`),
                title: asking.s.title,
              })
            : ''
        }
        onCancel={() => setAsking(null)}
        onSubmit={async (v) => {
          await review(asking!.s, asking!.d, v.note.trim());
          setAsking(null);
        }}
      >
        <Form.Item name="note" label={t('meetingSpeeches.reason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('meetingSpeeches.reasonHint')}
            data-testid="speech-reason"
          />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
