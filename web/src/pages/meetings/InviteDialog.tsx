// The office's "invite" dialog: whole body, or any mix of members, committees, sectors,
// member groups and parties; the server resolves the audience and skips those already invited.
import { App, Checkbox, Form, Select } from 'antd';
import { api } from '../../api/client';
import type { Audience } from '../../api/models';
import { REFERENCE, useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { CoProposerPicker, type PickedMember } from '../proposals/CoProposerPicker';
import { PARTY_CODES } from '../members/api';

interface Values {
  all?: boolean;
  members?: PickedMember[];
  committeeIds?: number[];
  sectorIds?: number[];
  groupIds?: number[];
  parties?: NonNullable<Audience['parties']>;
}

function toAudience(v: Values): Audience {
  if (v.all) return { all: true };
  const some = <T,>(list?: T[]) => (list && list.length > 0 ? list : undefined);
  return {
    memberIds: some(v.members?.map((m) => m.value)),
    committeeIds: some(v.committeeIds),
    sectorIds: some(v.sectorIds),
    groupIds: some(v.groupIds),
    parties: some(v.parties),
  };
}

export function InviteDialog({ meetingId, open, onClose }: { meetingId: number; open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const all = Form.useWatch('all', form);
  const ref = useApiQuery('/api/refdata', {}, { ...REFERENCE, enabled: open });
  const committees = ref.data?.committees ?? [];
  const groups = committees.flatMap((c) => c.groups.map((g) => ({ value: g.id, label: `${c.name} · ${g.name}` })));

  return (
    <FormModal<Values>
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
      <Form.Item name="all" valuePropName="checked">
        <Checkbox data-testid="invite-all">{t('meetings.inviteWhole')}</Checkbox>
      </Form.Item>
      <Form.Item name="members" label={t('meetings.inviteMembers')}>
        <CoProposerPicker excludeId={null} />
      </Form.Item>
      <Form.Item name="committeeIds" label={t('meetings.inviteCommittees')}>
        <Select
          mode="multiple"
          disabled={all}
          showSearch={{ optionFilterProp: 'label' }}
          options={committees.map((c) => ({ value: c.id, label: c.name }))}
          data-testid="invite-committees"
        />
      </Form.Item>
      <Form.Item name="sectorIds" label={t('meetings.inviteSectors')}>
        <Select
          mode="multiple"
          disabled={all}
          showSearch={{ optionFilterProp: 'label' }}
          options={(ref.data?.sectors ?? []).map((s) => ({ value: s.id, label: s.name }))}
        />
      </Form.Item>
      <Form.Item name="groupIds" label={t('meetings.inviteGroups')}>
        <Select mode="multiple" disabled={all} showSearch={{ optionFilterProp: 'label' }} options={groups} />
      </Form.Item>
      <Form.Item name="parties" label={t('meetings.inviteParties')}>
        <Select
          mode="multiple"
          disabled={all}
          options={PARTY_CODES.map((p) => ({ value: p, label: t(`party.${p}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
