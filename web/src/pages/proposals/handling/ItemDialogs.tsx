// Buttons on single items of the handling record, each with its small form: urge a unit
// (office), decide an extension (office), send a reply back (office), report progress on a
// commitment (its unit) and stop following one (office). The item's own allowedActions
// decide whether a button shows; the caller passes what the server answered back up.
import { Button, Checkbox, Form, Input, Radio } from 'antd';
import { useState, type ReactNode } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { ProposalDetail } from '../../../api/models';
import { step } from '../api';
import type { HandlingView } from '../../../api/models';
import '../../../i18n/areas/proposalsHandling';

export function DialogButton<T extends object>({
  label,
  title,
  testId,
  danger,
  type = 'link',
  initialValues,
  onSubmit,
  children,
}: {
  label: string;
  title: string;
  testId: string;
  danger?: boolean;
  type?: 'link' | 'default' | 'primary';
  initialValues?: Partial<T>;
  onSubmit(values: T): Promise<void>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        type={type}
        danger={danger}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid={testId}
        style={type === 'link' ? { paddingInline: 0 } : undefined}
      >
        {label}
      </Button>
      <FormModal<T>
        open={open}
        title={title}
        initialValues={initialValues}
        onCancel={() => setOpen(false)}
        onSubmit={async (v) => {
          await onSubmit(v);
          setOpen(false);
        }}
      >
        {children}
      </FormModal>
    </>
  );
}

export function UrgeButton({
  proposalId,
  assignmentId,
  unitName,
  type,
  onDone,
}: {
  proposalId: number;
  assignmentId: number;
  unitName: string;
  type?: 'link' | 'default';
  /** The proposal afterwards (the pages showing it refresh by themselves). */
  onDone?(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  return (
    <DialogButton<{ note?: string }>
      label={t('proposalsHandling.urge')}
      title={t('proposalsHandling.urgeTitle', { unit: unitName })}
      testId={`urge-${assignmentId}`}
      type={type}
      onSubmit={async (v) =>
        onDone?.(await step(proposalId, 'urge', { assignmentId, note: v.note?.trim() || undefined }))
      }
    >
      <Form.Item name="note" label={t('proposalsHandling.urgeNote')} extra={t('proposalsHandling.urgeHint')}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="field-urge-note" />
      </Form.Item>
    </DialogButton>
  );
}

export function DecideExtensionButton({
  proposalId,
  extensionId,
  onDone,
}: {
  proposalId: number;
  extensionId: number;
  /** The proposal afterwards (the pages showing it refresh by themselves). */
  onDone?(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  return (
    <DialogButton<{ approve: boolean; note?: string }>
      label={t('proposalsHandling.decideExtension')}
      title={t('proposalsHandling.decideExtensionTitle')}
      testId={`decide-extension-${extensionId}`}
      type="default"
      initialValues={{ approve: true }}
      onSubmit={async (v) =>
        onDone?.(
          await api.post('/api/proposals/{id}/extensions/{extensionId}/decide', {
            path: { id: proposalId, extensionId },
            body: { approve: v.approve, note: v.note?.trim() || undefined },
          }),
        )
      }
    >
      <Form.Item name="approve" label={t('proposalsHandling.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('proposalsHandling.approveExtension') },
            { value: false, label: t('proposalsHandling.refuseExtension') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('proposalsHandling.decisionNote')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </DialogButton>
  );
}

export function SendBackButton({
  proposalId,
  replyId,
  onDone,
}: {
  proposalId: number;
  replyId: number;
  /** The proposal afterwards (the pages showing it refresh by themselves). */
  onDone?(p: ProposalDetail): void;
}) {
  const { t } = useI18n();
  return (
    <DialogButton<{ note: string }>
      label={t('proposalsHandling.sendBack')}
      title={t('proposalsHandling.sendBackTitle')}
      testId={`send-back-${replyId}`}
      danger
      type="default"
      onSubmit={async (v) => onDone?.(await step(proposalId, 'send-back', { replyId, note: v.note }))}
    >
      <Form.Item
        name="note"
        label={t('proposalsHandling.sendBackNote')}
        extra={t('proposalsHandling.sendBackHint')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.notesRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </DialogButton>
  );
}

export function ProgressButton({ commitmentId, onDone }: { commitmentId: number; onDone?(v: HandlingView): void }) {
  const { t } = useI18n();
  return (
    <DialogButton<{ note: string; done?: boolean }>
      label={t('proposalsHandling.reportProgress')}
      title={t('proposalsHandling.progressTitle')}
      testId={`progress-${commitmentId}`}
      initialValues={{ done: false }}
      onSubmit={async (v) =>
        onDone?.(
          await api.post('/api/proposals/commitments/{id}/progress', {
            path: { id: commitmentId },
            body: { note: v.note, done: !!v.done },
          }),
        )
      }
    >
      <Form.Item
        name="note"
        label={t('proposalsHandling.progressNote')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.notesRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="done" valuePropName="checked">
        <Checkbox>{t('proposalsHandling.markDone')}</Checkbox>
      </Form.Item>
    </DialogButton>
  );
}

export function DropButton({ commitmentId, onDone }: { commitmentId: number; onDone?(v: HandlingView): void }) {
  const { t } = useI18n();
  return (
    <DialogButton<{ reason: string }>
      label={t('proposalsHandling.drop')}
      title={t('proposalsHandling.dropTitle')}
      testId={`drop-${commitmentId}`}
      danger
      onSubmit={async (v) =>
        onDone?.(await api.post('/api/proposals/commitments/{id}/drop', { path: { id: commitmentId }, body: v }))
      }
    >
      <Form.Item
        name="reason"
        label={t('proposalsHandling.dropReason')}
        rules={[{ required: true, whitespace: true, message: t('proposalsHandling.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </DialogButton>
  );
}
