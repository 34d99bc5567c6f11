// The office's tools after the door: closing attendance once the meeting has ended (everyone
// still without a state is recorded absent) and correcting one invitee's state with a reason.
import { App, Button, Form, Input, Popconfirm, Select } from 'antd';
import { api } from '../../api/client';
import type { BoardRow, MeetingDetail } from '../../api/models';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';

/** States the office may set by hand (the server's SETTABLE_STATES): a walk-in is how someone came. */
const SETTABLE = ['attended', 'late', 'left_early', 'remote', 'leave', 'absent'] as const;
type Settable = (typeof SETTABLE)[number];

export function CloseAttendanceButton({ m }: { m: MeetingDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  if (!m.allowedActions.includes('closeAttendance')) return null;
  const close = async () => {
    try {
      const r = await api.post('/api/meetings/{id}/attendance/close', { path: { id: m.id } });
      message.success(t('meetingDesk.closeDone', { absent: r.absent }));
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Popconfirm title={t('meetingDesk.closeConfirm')} onConfirm={close} overlayStyle={{ maxWidth: 360 }}>
      <Button type="primary" data-testid="close-attendance">
        {t('meetingDesk.closeAttendance')}
      </Button>
    </Popconfirm>
  );
}

export function CorrectionDialog({ m, row, onClose }: { m: MeetingDetail; row: BoardRow | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <FormModal<{ state: Settable; reason: string }>
      open={!!row}
      title={t('meetingDesk.correctTitle', { name: row?.name ?? '' })}
      onCancel={onClose}
      onSubmit={async (v) => {
        await api.put('/api/meetings/{id}/invitations/{invitationId}/attendance', {
          path: { id: m.id, invitationId: row!.id },
          body: { state: v.state, reason: v.reason.trim() },
        });
        onClose();
        message.success(t('meetingDesk.corrected'));
      }}
    >
      <Form.Item name="state" label={t('meetingDesk.state')} rules={[{ required: true }]}>
        <Select<Settable>
          options={SETTABLE.map((s) => ({ value: s, label: t(`meetings.attendance.${s}`) }))}
          data-testid="correct-state"
        />
      </Form.Item>
      <Form.Item name="reason" label={t('meetingDesk.reason')} rules={[{ required: true, min: 2, max: 200 }]}>
        <Input.TextArea
          rows={2}
          maxLength={200}
          placeholder={t('meetingDesk.reasonHint')}
          data-testid="correct-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
