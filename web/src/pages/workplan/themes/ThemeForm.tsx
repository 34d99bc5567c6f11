// The office's form for a strategic theme: create or edit (name, description, period, active).
// A second theme of the same name is the server's 409; it is shown under the name.
import { DatePicker, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, ApiError } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { Theme } from './shared';

interface Values {
  name: string;
  description?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  active: boolean;
}

const day = (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

export function ThemeForm({ theme, open, onClose }: { theme: Theme | null; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  return (
    <FormModal<Values>
      open={open}
      title={theme ? t('wpe.editTheme') : t('wpe.newTheme')}
      initialValues={
        theme
          ? {
              name: theme.name,
              description: theme.description ?? undefined,
              startsOn: theme.startsOn ? dayjs(theme.startsOn) : null,
              endsOn: theme.endsOn ? dayjs(theme.endsOn) : null,
              active: theme.active,
            }
          : { active: true }
      }
      onCancel={onClose}
      onSubmit={async (v, form) => {
        const body = {
          name: v.name.trim(),
          description: v.description?.trim() || null,
          startsOn: day(v.startsOn),
          endsOn: day(v.endsOn),
          active: v.active,
        };
        try {
          if (theme) await api.patch('/api/workplan/themes/{id}', { path: { id: theme.id }, body });
          else await api.post('/api/workplan/themes', { body });
        } catch (err) {
          // The name clash is a conflict, not a field error: put it where the name is typed.
          if (err instanceof ApiError && err.code === 'THEME_NAME_TAKEN')
            form.setFields([{ name: 'name', errors: [err.message] }]);
          throw err;
        }
        onClose();
      }}
    >
      <Form.Item name="name" label={t('wpe.name')} rules={[{ required: true, whitespace: true, min: 2, max: 30 }]}>
        <Input maxLength={30} data-testid="wpe-theme-name" />
      </Form.Item>
      <Form.Item name="description" label={t('wpe.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('wpe.startsOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endsOn" label={t('wpe.endsOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="active" label={t('wpe.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
