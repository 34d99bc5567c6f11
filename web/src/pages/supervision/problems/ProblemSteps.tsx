// The office's steps on a problem, as its allowed actions say: edit (description, deadline), urge,
// send the answer back, settle, close with a reason.
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { chinaToday } from '../inspections/shared';
import type { ProblemDetail } from './shared';

type Step = 'edit' | 'urge' | 'send-back' | 'complete' | 'close';
const BUTTONS: [Step, string, string][] = [
  ['edit', 'editProblem', 'prob.edit'],
  ['urge', 'urgeProblem', 'prob.urge'],
  ['send-back', 'sendBackProblem', 'prob.sendBack'],
  ['complete', 'completeProblem', 'prob.complete'],
  ['close', 'closeProblem', 'prob.close'],
];
const TITLES: Record<Exclude<Step, 'edit'>, string> = {
  urge: 'prob.urgeTitle',
  'send-back': 'prob.sendBack',
  complete: 'prob.completeTitle',
  close: 'prob.closeTitle',
};

export function ProblemSteps({ p, onDone }: { p: ProblemDetail; onDone: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Step | null>(null);
  const shown = BUTTONS.filter(([, action]) => p.allowedActions.includes(action));
  if (!shown.length) return null;
  const path = { path: { id: p.id } };
  const done = () => {
    setOpen(null);
    onDone();
  };
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {shown.map(([step, , label]) => (
          <Button key={step} danger={step === 'close'} onClick={() => setOpen(step)} data-testid={`problem-${step}`}>
            {t(label)}
          </Button>
        ))}
      </Space>
      <FormModal<{ description: string; dueOn: Dayjs }>
        open={open === 'edit'}
        title={t('prob.edit')}
        initialValues={{ description: p.description, dueOn: dayjs(p.dueOn) }}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          await api.patch('/api/supervision/problems/{id}', {
            ...path,
            body: { description: v.description, dueOn: v.dueOn.format('YYYY-MM-DD') },
          });
          done();
        }}
      >
        <Form.Item
          name="description"
          label={t('prob.description')}
          rules={[{ required: true, whitespace: true, max: 4000 }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('prob.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
        </Form.Item>
      </FormModal>
      <FormModal<{ text: string }>
        open={open !== null && open !== 'edit'}
        title={open && open !== 'edit' ? t(TITLES[open]) : ''}
        onCancel={() => setOpen(null)}
        onSubmit={async (v) => {
          if (open === 'urge')
            await api.post('/api/supervision/problems/{id}/urge', { ...path, body: { note: v.text } });
          if (open === 'send-back')
            await api.post('/api/supervision/problems/{id}/send-back', { ...path, body: { reason: v.text } });
          if (open === 'complete')
            await api.post('/api/supervision/problems/{id}/complete', { ...path, body: { note: v.text } });
          if (open === 'close')
            await api.post('/api/supervision/problems/{id}/close', { ...path, body: { reason: v.text } });
          done();
        }}
      >
        <Form.Item
          name="text"
          label={t(open === 'urge' || open === 'complete' ? 'prob.note' : 'prob.reason')}
          rules={[{ required: open !== 'urge', whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="problem-step-text" />
        </Form.Item>
      </FormModal>
    </div>
  );
}
