// The office's moderation of a forum's live questions (desktop): the public and screen links,
// the questions by state (refreshed every few seconds while the forum runs), and on each the
// steps its state allows: approve, do not show (with a reason), correct, merge into a similar
// one, put on the screen, record the answer.
import { Button, Card, Form, Input, Radio, Segmented, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { MeetingDetail, MeetingQuestion, QuestionStatus } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { formatDateTime, useI18n } from '../../../i18n';
import { QUESTION_MAX, QUESTION_STATUSES, QuestionTag } from './parts';

type Dialog = { kind: 'reject' | 'edit' | 'merge' | 'answer'; q: MeetingQuestion } | null;
const POLL_MS = 5_000;

export function QuestionsPanel({ m }: { m: MeetingDetail }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<QuestionStatus | 'all'>('all');
  const [dialog, setDialog] = useState<Dialog>(null);
  const q = useApiQuery('/api/meetings/{id}/questions', { path: { id: m.id } }, { refetchInterval: POLL_MS });
  const all = q.data?.items ?? [];
  const items = status === 'all' ? all : all.filter((x) => x.status === status);
  const board = q.data?.board;
  const path = { path: { id: m.id } };
  const step = (x: MeetingQuestion, what: 'approve') =>
    api.post(`/api/meetings/{id}/questions/{questionId}/${what}`, { path: { id: m.id, questionId: x.id } });
  const show = (questionId: number | null) =>
    api.put('/api/meetings/{id}/question-board/current', { ...path, body: { questionId } });
  const close = () => setDialog(null);
  const qp = (x: MeetingQuestion) => ({ path: { id: m.id, questionId: x.id } });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="questions-panel">
      <Card size="small" title={t('meetingQuestions.links')}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap>
            <Switch
              aria-label={t('meetingQuestions.publicOn')}
              checked={!!board?.publicEnabled}
              onChange={(on) =>
                void api.put('/api/meetings/{id}/question-board', { ...path, body: { publicEnabled: on } })
              }
              data-testid="public-switch"
            />
            <span>{t('meetingQuestions.publicOn')}</span>
          </Space>
          {board?.publicToken && board.publicEnabled && (
            <LinkLine
              label={t('meetingQuestions.publicLink')}
              url={`${location.origin}/public/questions/${board.publicToken}`}
              testId="public-link"
              onRotate={() =>
                void api.post('/api/meetings/{id}/question-board/rotate', { ...path, body: { link: 'public' } })
              }
            />
          )}
          {board?.screenToken && (
            <LinkLine
              label={t('meetingQuestions.screenLink')}
              url={`${location.origin}/public/screen/${board.screenToken}`}
              testId="screen-link"
              onRotate={() =>
                void api.post('/api/meetings/{id}/question-board/rotate', { ...path, body: { link: 'screen' } })
              }
            />
          )}
          <Button href={`/meetings/${m.id}/screen`} target="_blank" data-testid="open-screen">
            {t('meetingQuestions.openScreen')}
          </Button>
        </Space>
      </Card>
      <Segmented<QuestionStatus | 'all'>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'all', label: `${t('meetingQuestions.all')} ${all.length}` },
          ...QUESTION_STATUSES.map((s) => ({
            value: s,
            label: `${t(`meetingQuestions.status.${s}`)} ${all.filter((x) => x.status === s).length}`,
          })),
        ]}
      />
      <Table<MeetingQuestion>
        rowKey="id"
        size="middle"
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('meetingQuestions.none') }}
        rowClassName={(x) => (x.id === board?.currentQuestionId ? 'ant-table-row-selected' : '')}
        columns={[
          {
            title: t('meetingQuestions.asker'),
            width: 140,
            render: (_, x) => (
              <>
                <div>{x.asker}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`meetingQuestions.source.${x.source}`)}
                  {x.anonymous && ` · ${t('meetingQuestions.anonymousMark')}`}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('meetingQuestions.body'),
            render: (_, x) => (
              <>
                {x.addressedTo && (
                  <Typography.Text type="secondary">
                    {t('meetingQuestions.to')} {x.addressedTo}：
                  </Typography.Text>
                )}
                <span data-testid="question-text">{x.body}</span>
                {x.originalBody && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('meetingQuestions.original')}：{x.originalBody}
                  </Typography.Text>
                )}
                {x.answer && (
                  <Typography.Paragraph type="success" style={{ margin: '4px 0 0' }}>
                    {x.answeredBy}：{x.answer}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          {
            title: t('meetingQuestions.state'),
            width: 150,
            render: (_, x) => (
              <>
                <QuestionTag status={x.status} />
                {x.id === board?.currentQuestionId && (
                  <Typography.Text type="danger">{t('meetingQuestions.onScreen')}</Typography.Text>
                )}
                {x.rejectReason && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {x.rejectReason}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(x.createdAt)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '',
            width: 250,
            render: (_, x) => (
              <Space size={4} wrap data-testid={`question-actions-${x.id}`}>
                {(x.status === 'pending' || x.status === 'rejected') && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => void step(x, 'approve')}
                    data-testid="question-approve"
                  >
                    {t('meetingQuestions.approve')}
                  </Button>
                )}
                {(x.status === 'pending' || x.status === 'approved') && (
                  <>
                    <Button size="small" onClick={() => setDialog({ kind: 'reject', q: x })}>
                      {t('meetingQuestions.reject')}
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', q: x })}>
                      {t('meetingQuestions.edit')}
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'merge', q: x })}>
                      {t('meetingQuestions.merge')}
                    </Button>
                  </>
                )}
                {(x.status === 'approved' || x.status === 'answered') &&
                  (x.id === board?.currentQuestionId ? (
                    <Button size="small" danger onClick={() => void show(null)}>
                      {t('meetingQuestions.clearScreen')}
                    </Button>
                  ) : (
                    <Button size="small" onClick={() => void show(x.id)} data-testid="question-show">
                      {t('meetingQuestions.show')}
                    </Button>
                  ))}
                {(x.status === 'approved' || x.status === 'answered') && (
                  <Button size="small" onClick={() => setDialog({ kind: 'answer', q: x })}>
                    {t('meetingQuestions.record')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{ reason: string }>
        open={dialog?.kind === 'reject'}
        title={t('meetingQuestions.reject')}
        onCancel={close}
        onSubmit={async (v) => (
          await api.post('/api/meetings/{id}/questions/{questionId}/reject', { ...qp(dialog!.q), body: v }),
          close()
        )}
      >
        <Form.Item name="reason" label={t('meetingQuestions.rejectReason')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
      <FormModal<{ body: string; addressedTo?: string }>
        open={dialog?.kind === 'edit'}
        title={t('meetingQuestions.editTitle')}
        initialValues={{ body: dialog?.q.body, addressedTo: dialog?.q.addressedTo ?? undefined }}
        onCancel={close}
        onSubmit={async (v) => (
          await api.put('/api/meetings/{id}/questions/{questionId}', { ...qp(dialog!.q), body: v }),
          close()
        )}
      >
        <Form.Item name="body" label={t('meetingQuestions.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={QUESTION_MAX} showCount />
        </Form.Item>
        <Form.Item name="addressedTo" label={t('meetingQuestions.addressedTo')}>
          <Input maxLength={40} />
        </Form.Item>
      </FormModal>
      <FormModal<{ intoId: number }>
        open={dialog?.kind === 'merge'}
        title={t('meetingQuestions.mergeTitle')}
        onCancel={close}
        onSubmit={async (v) => (
          await api.post('/api/meetings/{id}/questions/{questionId}/merge', { ...qp(dialog!.q), body: v }),
          close()
        )}
      >
        <Form.Item name="intoId" label={t('meetingQuestions.mergeInto')} rules={[{ required: true }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {all
              .filter((x) => x.id !== dialog?.q.id && ['pending', 'approved', 'answered'].includes(x.status))
              .map((x) => (
                <Radio key={x.id} value={x.id}>
                  {x.body}
                </Radio>
              ))}
          </Radio.Group>
        </Form.Item>
      </FormModal>
      <FormModal<{ answeredBy: string; answer: string }>
        open={dialog?.kind === 'answer'}
        title={t('meetingQuestions.recordTitle')}
        initialValues={{
          answeredBy: dialog?.q.answeredBy ?? dialog?.q.addressedTo ?? undefined,
          answer: dialog?.q.answer ?? undefined,
        }}
        onCancel={close}
        onSubmit={async (v) => (
          await api.post('/api/meetings/{id}/questions/{questionId}/answer', { ...qp(dialog!.q), body: v }),
          close()
        )}
      >
        <Form.Item name="answeredBy" label={t('meetingQuestions.answeredBy')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="answer" label={t('meetingQuestions.answer')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

function LinkLine({ label, url, testId, onRotate }: { label: string; url: string; testId: string; onRotate(): void }) {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Space wrap style={{ display: 'flex' }}>
        <Typography.Text copyable={{ text: url }} code data-testid={testId}>
          {url}
        </Typography.Text>
        <Button size="small" onClick={onRotate}>
          {t('meetingQuestions.rotate')}
        </Button>
      </Space>
    </div>
  );
}
