// The office signs up its own organisation's participants (members and party members of its
// roster), searched by name.
import { Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useDebounced } from '../../../components/useDebounced';
import { useI18n } from '../../../i18n';

export function ParticipantsDialog(props: {
  open: boolean;
  campaignId: number;
  current: { memberId: number; name: string }[];
  onClose(saved: boolean): void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const found = useApiQuery(
    '/api/members',
    props.open ? { query: { q: search || undefined, active: 'true', pageSize: 50 } } : null,
  );
  const names = new Map<number, string>([
    ...props.current.map((a) => [a.memberId, a.name] as [number, string]),
    ...(found.data?.items ?? []).map((m) => [m.id, m.name] as [number, string]),
  ]);
  return (
    <FormModal<{ memberIds: number[] }>
      open={props.open}
      title={t('opinionsIntake.signUp')}
      initialValues={{ memberIds: props.current.map((a) => a.memberId) }}
      onCancel={() => props.onClose(false)}
      onSubmit={async (v) => {
        await api.put('/api/opinions/campaigns/{id}/participants', {
          path: { id: props.campaignId },
          body: { memberIds: v.memberIds },
        });
        props.onClose(true);
      }}
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('opinionsIntake.signUpHint')}</Typography.Paragraph>
      <Form.Item name="memberIds" label={t('opinionsIntake.participantsLabel')}>
        <Select
          mode="multiple"
          placeholder={t('opinionsIntake.searchMember')}
          showSearch={{ filterOption: false, onSearch: setQ }}
          loading={found.isFetching}
          options={[...names].map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
    </FormModal>
  );
}
