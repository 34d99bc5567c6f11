// The office's steps on a report, offered as the server allows them (allowedActions): edit the
// text (a new version), adopt, decline with a reason, record forwarding and an instruction, and
// (with `instructionId`) what followed an instruction. Each opens a small form in a dialog.
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n';
import { LEVELS, type ReportDetail } from './reportsApi';

type Step = 'edit' | 'adopt' | 'reject' | 'forward' | 'instruct' | 'followUp';
const STEP_RULE: Record<Step, string> = {
  edit: 'editReport',
  adopt: 'adoptReport',
  reject: 'rejectReport',
  forward: 'forwardReport',
  instruct: 'recordInstruction',
  followUp: 'recordInstruction',
};

export function ReportActions({
  report: r,
  instructionId,
  onDone,
}: {
  report: ReportDetail;
  instructionId?: number;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const steps = (instructionId ? ['followUp'] : ['edit', 'adopt', 'reject', 'forward', 'instruct']) as Step[];
  const offered = steps.filter((s) => r.allowedActions.includes(STEP_RULE[s]));
  if (!offered.length) return null;
  const day = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  const path = { id: r.id };

  const run = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      if (open === 'edit') await api.put('/api/opinions/reports/{id}/text', { path, body: v });
      if (open === 'adopt') await api.post('/api/opinions/reports/{id}/adopt', { path, body: v });
      if (open === 'reject') await api.post('/api/opinions/reports/{id}/reject', { path, body: v });
      if (open === 'forward')
        await api.post('/api/opinions/reports/{id}/forwards', {
          path,
          body: { ...v, forwardedOn: day(v.forwardedOn) },
        });
      if (open === 'instruct')
        await api.post('/api/opinions/reports/{id}/instructions', {
          path,
          body: { ...v, instructedOn: day(v.instructedOn) },
        });
      if (open === 'followUp')
        await api.put('/api/opinions/reports/{id}/instructions/{instructionId}/follow-up', {
          path: { id: r.id, instructionId: instructionId! },
          body: v,
        });
      message.success(t('opinionsReports.done'));
      setOpen(null);
      onDone();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const start = (s: Step) => {
    form.resetFields();
    if (s === 'edit') form.setFieldsValue({ title: r.title, body: r.body });
    if (s === 'forward' || s === 'instruct')
      form.setFieldsValue({ level: 'city', forwardedOn: dayjs(), instructedOn: dayjs() });
    setOpen(s);
  };
  const labels: Record<Step, string> = {
    edit: t('opinionsReports.edit'),
    adopt: t('opinionsReports.adopt'),
    reject: t('opinionsReports.reject'),
    forward: t('opinionsReports.forward'),
    instruct: t('opinionsReports.instruct'),
    followUp: t('opinionsReports.recordFollowUp'),
  };
  const required = [{ required: true }];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {offered.map((s) => (
          <Button
            key={s}
            size={instructionId ? 'small' : 'middle'}
            type={s === 'adopt' ? 'primary' : 'default'}
            danger={s === 'reject'}
            onClick={() => start(s)}
            data-testid={`report-${s}`}
          >
            {labels[s]}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open === 'edit' ? t('opinionsReports.editTitle') : open ? labels[open] : ''}
        onCancel={() => setOpen(null)}
        onOk={run}
        okButtonProps={{ loading: busy, id: 'report-step-ok' }}
        width={open === 'edit' ? 820 : 520}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" requiredMark={false}>
          {open === 'edit' && (
            <>
              <Form.Item name="title" label={t('opinionsReports.title')} rules={required}>
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="body" label={t('opinionsReports.body')} rules={required}>
                <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} data-testid="edit-body" />
              </Form.Item>
              <Form.Item name="note" label={t('opinionsReports.note')}>
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
          {open === 'adopt' && (
            <Form.Item name="reason" label={t('opinionsReports.adoptReason')}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
            </Form.Item>
          )}
          {open === 'reject' && (
            <Form.Item name="reason" label={t('opinionsReports.rejectReason')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
            </Form.Item>
          )}
          {(open === 'forward' || open === 'instruct') && (
            <Form.Item name="level" label={t('opinionsReports.level')} rules={required}>
              <Select options={LEVELS.map((l) => ({ value: l, label: t(`opinionsReports.level.${l}`) }))} />
            </Form.Item>
          )}
          {open === 'forward' && (
            <>
              <Form.Item name="recipient" label={t('opinionsReports.recipient')} rules={required}>
                <Input placeholder={t('opinionsReports.recipientPlaceholder')} maxLength={100} />
              </Form.Item>
              <Form.Item name="forwardedOn" label={t('opinionsReports.forwardedOn')} rules={required}>
                <DatePicker />
              </Form.Item>
            </>
          )}
          {open === 'instruct' && (
            <>
              <Form.Item name="leader" label={t('opinionsReports.leader')} rules={required}>
                <Input maxLength={60} data-testid="instruction-leader" />
              </Form.Item>
              <Form.Item name="instructedOn" label={t('opinionsReports.instructedOn')} rules={required}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="text" label={t('opinionsReports.instructionText')} rules={required}>
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} data-testid="instruction-text" />
              </Form.Item>
            </>
          )}
          {open === 'followUp' && (
            <Form.Item name="followUp" label={t('opinionsReports.followUp')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
