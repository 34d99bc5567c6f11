// Assigning follow-ups of a meeting: a decision or action with a deadline, owned by one person
// of the office or sent to one or more handling units (one item each, each tracked on its own).
import { App, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import type { FollowupKind } from '../../../api/models';
import { REFERENCE, useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { chinaToday, FOLLOWUP_KINDS } from './shared';

interface Values {
  kind: FollowupKind;
  title: string;
  detail?: string;
  dueOn: Dayjs;
  ownerType: 'units' | 'user';
  unitIds?: number[];
  userId?: number;
}

export function FollowupDialog({
  meetingId,
  open,
  onClose,
}: {
  meetingId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ownerType = Form.useWatch('ownerType', form);
  const owners = useApiQuery('/api/meeting-followups/owners', open ? {} : null, REFERENCE);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      width={560}
      title={t('meetingMinutes.addTitle')}
      initialValues={{ kind: 'action', ownerType: 'units' }}
      onCancel={onClose}
      onSubmit={async (v) => {
        const made = await api.post('/api/meetings/{id}/followups', {
          path: { id: meetingId },
          body: {
            kind: v.kind,
            title: v.title,
            ...(v.detail?.trim() && { detail: v.detail }),
            dueOn: v.dueOn.format('YYYY-MM-DD'),
            ...(v.ownerType === 'units' ? { unitIds: v.unitIds ?? [] } : { owner: { userId: v.userId! } }),
          },
        });
        form.resetFields();
        onClose();
        message.success(t('meetingMinutes.added', { n: made.length }));
      }}
    >
      <Form.Item name="kind" label={t('meetingMinutes.kind')}>
        <Radio.Group
          options={FOLLOWUP_KINDS.map((k) => ({ value: k, label: t(`meetingMinutes.kind.${k}`) }))}
          optionType="button"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('meetingMinutes.title')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input maxLength={200} data-testid="followup-title" />
      </Form.Item>
      <Form.Item name="detail" label={t('meetingMinutes.detail')} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('meetingMinutes.dueOn')} rules={[{ required: true }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()}
          data-testid="followup-due"
        />
      </Form.Item>
      <Form.Item name="ownerType" label={t('meetingMinutes.ownerType')}>
        <Radio.Group
          options={(['units', 'user'] as const).map((k) => ({ value: k, label: t(`meetingMinutes.ownerType.${k}`) }))}
        />
      </Form.Item>
      {ownerType === 'user' ? (
        <Form.Item name="userId" label={t('meetingMinutes.user')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={owners.isLoading}
            options={owners.data?.users.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="unitIds" label={t('meetingMinutes.units')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={owners.isLoading}
            options={owners.data?.units.map((u) => ({ value: u.id, label: u.name }))}
            data-testid="followup-units"
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
