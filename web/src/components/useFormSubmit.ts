// Submitting a form (FormModal, drawers): check the fields first, then send; the server's
// field messages go under their fields and its overall message above the form.
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyApiError } from './FormModal';

export function useFormSubmit<T>(form: FormInstance<T>, send: (values: T) => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return; // the fields show what is wrong
    }
    setBusy(true);
    setError(null);
    try {
      await send(values);
    } catch (err) {
      setError(applyApiError(form, err));
    } finally {
      setBusy(false);
    }
  };
  return { submit, error, busy, reset: () => setError(null) };
}
