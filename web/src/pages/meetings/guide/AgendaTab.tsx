// The office's agenda: the items by day with a remove button, and a form that adds one (a date
// within the meeting's days; the server says so under the field otherwise).
import { App, Button, Checkbox, DatePicker, Form, Input, Popconfirm, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { GuideAgendaItem } from '../../../api/models';
import { applyApiError } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { AgendaDays } from './parts';

interface ItemValues {
  day: Dayjs;
  start: Dayjs;
  end?: Dayjs;
  title: string;
  place?: string;
  session?: string;
  byGroup?: boolean;
}

export function AgendaTab({ meetingId, items }: { meetingId: number; items: GuideAgendaItem[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const [editing, setEditing] = useState<number | null>(null);
  const edit = (i: GuideAgendaItem) => {
    const at = (hm: string) => dayjs(`${i.day}T${hm}`);
    setEditing(i.id);
    form.setFieldsValue({
      day: dayjs(i.day),
      start: at(i.startTime),
      end: i.endTime ? at(i.endTime) : undefined,
      title: i.title,
      place: i.place ?? undefined,
      session: i.session ?? undefined,
      byGroup: i.byGroup,
    });
  };
  const done = () => {
    setEditing(null);
    form.resetFields(['title', 'place', 'start', 'end', 'byGroup']);
  };
  const save = async (v: ItemValues) => {
    const body = {
      day: v.day.format('YYYY-MM-DD'),
      startTime: v.start.format('HH:mm'),
      endTime: v.end ? v.end.format('HH:mm') : null,
      title: v.title,
      place: v.place || null,
      session: v.session || null,
      byGroup: !!v.byGroup,
    };
    try {
      if (editing)
        await api.put('/api/meetings/{id}/guide/agenda/{itemId}', { path: { id: meetingId, itemId: editing }, body });
      else await api.post('/api/meetings/{id}/guide/agenda', { path: { id: meetingId }, body });
      done();
    } catch (err) {
      message.error(applyApiError(form, err));
    }
  };
  const remove = async (itemId: number) => {
    try {
      await api.delete('/api/meetings/{id}/guide/agenda/{itemId}', { path: { id: meetingId, itemId } });
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <>
      <AgendaDays
        items={items}
        extra={(i) => (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => edit(i)}>
              {t('meetingGuide.edit')}
            </Button>
            <Popconfirm title={t('meetingGuide.removeConfirm')} onConfirm={() => remove(i.id)}>
              <Button type="link" danger size="small">
                {t('meetingGuide.remove')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      />
      <Form<ItemValues> form={form} layout="vertical" onFinish={save} style={{ marginTop: 16, maxWidth: 720 }}>
        <Space wrap align="start">
          <Form.Item name="day" label={t('meetingGuide.day')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="start" label={t('meetingGuide.startTime')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
          <Form.Item name="end" label={t('meetingGuide.endTime')}>
            <TimePicker format="HH:mm" minuteStep={5} />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={t('meetingGuide.itemTitle')}
          rules={[{ required: true, whitespace: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="place" label={t('meetingGuide.place')} rules={[{ max: 100 }]}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="session" label={t('meetingGuide.session')} rules={[{ max: 50 }]}>
            <Input placeholder={t('meetingGuide.sessionHint')} style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Form.Item name="byGroup" valuePropName="checked">
          <Checkbox>{t('meetingGuide.byGroup')}</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="guide-add-item">
            {editing ? t('meetingGuide.saveItem') : t('meetingGuide.addItem')}
          </Button>
          {editing && <Button onClick={done}>{t('meetingGuide.cancelEdit')}</Button>}
        </Space>
      </Form>
    </>
  );
}
