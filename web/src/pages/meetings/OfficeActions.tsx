// The office's buttons on a meeting: edit, publish, cancel (with a reason), and the door
// screen while check-in is open. Each appears when the server offers the step.
import { EditOutlined, QrcodeOutlined, ScanOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { MeetingDetail } from '../../api/models';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';

export function OfficeActions({ m }: { m: MeetingDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [cancelling, setCancelling] = useState(false);
  const may = (a: string) => m.allowedActions.includes(a);
  const path = { path: { id: m.id } };

  const publish = async () => {
    try {
      await api.post('/api/meetings/{id}/publish', path);
      message.success(t('meetings.published'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <Space wrap>
      {may('showCode') && (
        <Link to={`/meetings/${m.id}/door`} target="_blank">
          <Button icon={<QrcodeOutlined />} data-testid="open-door">
            {t('meetings.doorCode')}
          </Button>
        </Link>
      )}
      {may('scanCode') && (
        <Link to={`/meetings/${m.id}/scan`}>
          <Button icon={<ScanOutlined />} data-testid="open-scanner">
            {t('meetingGuests.scanner')}
          </Button>
        </Link>
      )}
      {may('edit') && (
        <Link to={`/meetings/${m.id}/edit`}>
          <Button icon={<EditOutlined />} data-testid="edit-meeting">
            {t('meetings.edit')}
          </Button>
        </Link>
      )}
      {may('publish') && (
        <Popconfirm title={t('meetings.publishConfirm')} onConfirm={publish}>
          <Button type="primary" data-testid="publish-meeting">
            {t('meetings.publish')}
          </Button>
        </Popconfirm>
      )}
      {may('cancel') && (
        <Button danger onClick={() => setCancelling(true)} data-testid="cancel-meeting">
          {t('meetings.cancel')}
        </Button>
      )}
      <FormModal<{ reason: string }>
        open={cancelling}
        title={t('meetings.cancel')}
        okText={t('meetings.cancel')}
        onCancel={() => setCancelling(false)}
        onSubmit={async (v) => {
          await api.post('/api/meetings/{id}/cancel', { ...path, body: { reason: v.reason.trim() } });
          setCancelling(false);
          message.success(t('meetings.cancelled'));
        }}
      >
        <Form.Item name="reason" label={t('meetings.cancelReason')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
