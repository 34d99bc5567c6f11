// The audience picker the office uses to address people: the whole body, or any mix of
// members, committees, sectors, member groups and parties. Shared by the invitation dialog
// and the notice form (which adds the county offices); the server resolves the audience.
import { Checkbox, Form, Select, type FormInstance } from 'antd';
import type { Audience } from '../../api/models';
import { REFERENCE, useApiQuery } from '../../api/query';
import { useI18n } from '../../i18n';
import { CoProposerPicker, type PickedMember } from '../proposals/CoProposerPicker';
import { PARTY_CODES } from '../members/api';

export interface AudienceValues {
  all?: boolean;
  members?: PickedMember[];
  committeeIds?: number[];
  sectorIds?: number[];
  groupIds?: number[];
  parties?: NonNullable<Audience['parties']>;
  newOnly?: boolean;
}

export function toAudience(v: AudienceValues): Audience {
  const newOnly = v.newOnly ? { newOnly: true } : {};
  if (v.all) return { all: true, ...newOnly };
  const some = <T,>(list?: T[]) => (list && list.length > 0 ? list : undefined);
  return {
    memberIds: some(v.members?.map((m) => m.value)),
    committeeIds: some(v.committeeIds),
    sectorIds: some(v.sectorIds),
    groupIds: some(v.groupIds),
    parties: some(v.parties),
    ...newOnly,
  };
}

/** The form items of an audience, inside a Form whose values extend AudienceValues. */
export function AudienceFields({ form, enabled = true }: { form: FormInstance; enabled?: boolean }) {
  const { t } = useI18n();
  const all = Form.useWatch('all', form) as boolean | undefined;
  const ref = useApiQuery('/api/refdata', {}, { ...REFERENCE, enabled });
  const committees = ref.data?.committees ?? [];
  const groups = committees.flatMap((c) => c.groups.map((g) => ({ value: g.id, label: `${c.name} · ${g.name}` })));
  return (
    <>
      <Form.Item name="all" valuePropName="checked">
        <Checkbox data-testid="invite-all">{t('meetings.inviteWhole')}</Checkbox>
      </Form.Item>
      {/* Narrows whoever is named to the new members; alone, every new member (a training class for them). */}
      <Form.Item name="newOnly" valuePropName="checked">
        <Checkbox data-testid="invite-new-only">{t('meetings.inviteNewOnly')}</Checkbox>
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
    </>
  );
}
