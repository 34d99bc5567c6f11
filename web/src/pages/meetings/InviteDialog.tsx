// The office's "invite" dialog: the audience picker (AudienceFields); the server resolves the
// audience and skips those already invited.
import { App, Form } from 'antd';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { AudienceFields, toAudience, type AudienceValues } from './AudienceFields';

export function InviteDialog({ meetingId, open, onClose }: { meetingId: number; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<AudienceValues>();

  return (
    <FormModal<AudienceValues>
      open={open}
      form={form}
      width={640}
      title={t('meetings.inviteTitle')}
      okText={t('meetings.invite')}
      onCancel={onClose}
      onSubmit={async (v) => {
        const body = { audience: toAudience(v) };
        const r = await api.post('/api/meetings/{id}/invitations', { path: { id: meetingId }, body });
        message.success(t('meetings.invited', { added: r.added, already: r.alreadyInvited }));
        onClose();
      }}
    >
      <AudienceFields form={form} enabled={open} />
    </FormModal>
  );
}
