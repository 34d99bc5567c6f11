// The handling unit's buttons on a proposal's page: sign for it, decline it with a reason,
// apply for a later deadline, record a contact with the proposer, send a co-handling
// opinion. Each shows only when the server lists the step in allowedActions.
import { CheckOutlined, ClockCircleOutlined, CommentOutlined, PhoneOutlined, StopOutlined } from '@ant-design/icons';
import { App as AntApp, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { formatDate, useI18n } from '../../../i18n';
import { step } from '../api';
import type { ActionContext } from '../DetailActions';
import type { ContactWay } from '../../../api/models';
import { CONTACT_WAYS } from './values';
import '../../../i18n/areas/proposalsHandling';

export const isoDay = (d: Dayjs) => d.format('YYYY-MM-DD');

export function SignButton({ p, block, changed }: ActionContext) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const sign = () =>
    modal.confirm({
      title: t('proposalsHandling.signTitle'),
      content: t('proposalsHandling.signConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          changed(await step(p.id, 'sign'));
          message.success(t('proposalsHandling.signed'));
        } catch (err) {
          message.error(err instanceof ApiError ? err.message : t('common.networkError'));
          changed(null);
        } finally {
          setBusy(false);
        }
      },
    });
  return (
    <Button
      type="primary"
      icon={<CheckOutlined />}
      block={block}
      loading={busy}
      onClick={sign}
      data-testid="action-sign"
    >
      {t('proposalsHandling.sign')}
    </Button>
  );
}

/** A button opening a one-form modal whose submit is one workflow step. */
function StepFormButton<T extends object>({
  ctx,
  label,
  icon,
  title,
  testId,
  done,
  danger,
  initialValues,
  submit,
  children,
}: {
  ctx: ActionContext;
  label: string;
  icon: ReactNode;
  title: string;
  testId: string;
  done: string;
  danger?: boolean;
  initialValues?: Partial<T>;
  submit(values: T): Promise<Parameters<ActionContext['changed']>[0]>;
  children: ReactNode;
}) {
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={icon} danger={danger} block={ctx.block} onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </Button>
      <FormModal<T>
        open={open}
        title={title}
        initialValues={initialValues}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) => {
          ctx.changed(await submit(values));
          setOpen(false);
          message.success(done);
        }}
      >
        {children}
      </FormModal>
    </>
  );
}

export function DeclineButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ reason: string }>
      ctx={ctx}
      danger
      icon={<StopOutlined />}
      label={t('proposalsHandling.decline')}
      title={t('proposalsHandling.declineTitle')}
      testId="action-decline"
      done={t('proposalsHandling.declined')}
      submit={(v) => step(ctx.p.id, 'decline', v)}
    >
      <Form.Item
        name="reason"
        label={t('proposalsHandling.declineReason')}
        extra={t('proposalsHandling.declineHint')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount data-testid="field-decline-reason" />
      </Form.Item>
    </StepFormButton>
  );
}

export function ExtensionButton(ctx: ActionContext) {
  const { t } = useI18n();
  const after = ctx.p.replyDeadline ? dayjs(ctx.p.replyDeadline) : dayjs();
  return (
    <StepFormButton<{ requestedDeadline: Dayjs; reason: string }>
      ctx={ctx}
      icon={<ClockCircleOutlined />}
      label={t('proposalsHandling.applyExtension')}
      title={t('proposalsHandling.extensionTitle')}
      testId="action-extension"
      done={t('proposalsHandling.extensionApplied')}
      submit={(v) => step(ctx.p.id, 'extensions', { requestedDeadline: isoDay(v.requestedDeadline), reason: v.reason })}
    >
      <Form.Item
        name="requestedDeadline"
        label={t('proposalsHandling.requestedDeadline')}
        extra={
          ctx.p.replyDeadline
            ? t('proposalsHandling.currentDeadline', { date: formatDate(ctx.p.replyDeadline) })
            : undefined
        }
        rules={[{ required: true, message: t('proposalsHandling.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => !d.isAfter(after, 'day')} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('proposalsHandling.extensionReason')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount />
      </Form.Item>
    </StepFormButton>
  );
}

export function ContactButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ contactedOn: Dayjs; way: ContactWay; notes: string }>
      ctx={ctx}
      icon={<PhoneOutlined />}
      label={t('proposalsHandling.contact')}
      title={t('proposalsHandling.contactTitle')}
      testId="action-contact"
      done={t('proposalsHandling.contactSaved')}
      initialValues={{ contactedOn: dayjs(), way: 'visit' }}
      submit={(v) => step(ctx.p.id, 'contacts', { contactedOn: isoDay(v.contactedOn), way: v.way, notes: v.notes })}
    >
      <Form.Item
        name="contactedOn"
        label={t('proposalsHandling.contactedOn')}
        rules={[{ required: true, message: t('proposalsHandling.dateRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="way" label={t('proposalsHandling.contactWay')} rules={[{ required: true }]}>
        <Select options={CONTACT_WAYS.map((w) => ({ value: w, label: t(`proposalsHandling.way.${w}`) }))} />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('proposalsHandling.contactNotes')}
        extra={t('proposalsHandling.contactNotesHint')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.notesRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={2000} showCount data-testid="field-contact-notes" />
      </Form.Item>
    </StepFormButton>
  );
}

export function CoOpinionButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ body: string }>
      ctx={ctx}
      icon={<CommentOutlined />}
      label={t('proposalsHandling.coOpinion')}
      title={t('proposalsHandling.coOpinionTitle')}
      testId="action-co-opinion"
      done={t('proposalsHandling.coOpinionSent')}
      submit={(v) => step(ctx.p.id, 'co-opinion', v)}
    >
      <Form.Item
        name="body"
        label={t('proposalsHandling.coOpinionBody')}
        extra={t('proposalsHandling.coOpinionHint')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.bodyRequired') }]}
      >
        <Input.TextArea rows={8} maxLength={20000} showCount />
      </Form.Item>
    </StepFormButton>
  );
}

export function CloseButton(ctx: ActionContext) {
  const { t } = useI18n();
  return (
    <StepFormButton<{ note?: string }>
      ctx={ctx}
      icon={<CheckOutlined />}
      label={t('proposalsHandling.close')}
      title={t('proposalsHandling.closeTitle')}
      testId="action-close"
      done={t('proposalsHandling.closed')}
      submit={(v) => step(ctx.p.id, 'close', v)}
    >
      <p>{t('proposalsHandling.closeHint')}</p>
      <Form.Item name="note" label={t('proposalsHandling.closeNote')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepFormButton>
  );
}

export { StepFormButton };
