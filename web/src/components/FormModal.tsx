// A modal holding one form: client-side checks first, then the request; the server's
// field messages appear under their fields and its overall message above the form.
import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { t } from '../i18n';
import { useFormSubmit } from './useFormSubmit';

/** Shows an API error on a form; returns the text to show above it. */
export function applyApiError(form: FormInstance, err: unknown): string {
  if (!(err instanceof ApiError)) return t('common.networkError');
  const fields = Object.entries(err.fieldErrors()).filter(([path]) => path && path !== 'body');
  form.setFields(fields.map(([path, message]) => ({ name: path.split('.'), errors: [message] })));
  return err.message;
}

export interface FormModalProps<T> {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<T>;
  okText?: string;
  width?: number;
  /** Pass one to watch fields from outside (Form.useWatch); otherwise the modal makes its own. */
  form?: FormInstance<T>;
  onCancel(): void;
  /** Resolves when saved; a rejection with an ApiError is shown on the form. */
  onSubmit(values: T, form: FormInstance<T>): Promise<unknown>;
  children: ReactNode;
}

export function FormModal<T extends object>({
  open,
  title,
  initialValues,
  okText,
  width,
  form: given,
  onCancel,
  onSubmit,
  children,
}: FormModalProps<T>) {
  const [own] = Form.useForm<T>();
  const form = given ?? own;
  const { submit, error, busy, reset } = useFormSubmit(form, async (values) => void (await onSubmit(values, form)));

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onCancel}
      destroyOnHidden
      // A click beside the dialog must not throw away what was typed into it.
      mask={{ closable: false }}
      width={width}
      afterClose={reset}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} preserve={false} onFinish={submit}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
        {children}
        {/* Enter in a text field submits the form. */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
