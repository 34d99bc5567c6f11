// The form of a named, ordered record (a sector, a committee): name and sort order.
import { Form, Input, InputNumber } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { Named } from '../../../api/models';
import '../../../i18n/areas/admin';

export interface NamedValues {
  name: string;
  sortOrder: number;
}

export function NamedFormModal({
  open,
  record,
  title,
  nextOrder,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  record: Named | null;
  title: string;
  nextOrder: number;
  onCancel(): void;
  onSubmit(v: NamedValues): Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <FormModal<NamedValues>
      open={open}
      title={title}
      onCancel={onCancel}
      onSubmit={onSubmit}
      initialValues={record ? { name: record.name, sortOrder: record.sortOrder } : { sortOrder: nextOrder }}
    >
      <Form.Item
        name="name"
        label={t('admin.name')}
        rules={[{ required: true, whitespace: true, message: t('admin.nameRequired') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('admin.sortOrder')} extra={t('admin.sortOrderHelp')}>
        <InputNumber min={0} max={9999} />
      </Form.Item>
    </FormModal>
  );
}
