// The office's list of the exchange's attendees: serving members of its own roster, searched by name.
import { Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/useDebounced';
import { useI18n } from '../../i18n';

export function AttendeesDialog(props: { open: boolean; onClose(saved: boolean): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const current = useApiQuery('/api/study/exchange/attendees', props.open ? {} : null);
  const found = useApiQuery(
    '/api/members',
    props.open ? { query: { q: search || undefined, active: 'true', pageSize: 50 } } : null,
  );
  const names = new Map<number, string>([
    ...(current.data ?? []).map((a) => [a.memberId, a.name] as [number, string]),
    ...(found.data?.items ?? []).map((m) => [m.id, m.name] as [number, string]),
  ]);
  if (props.open && !current.data) return null;
  return (
    <FormModal<{ memberIds: number[] }>
      open={props.open}
      title={t('studyExchange.attendeesTitle')}
      initialValues={{ memberIds: (current.data ?? []).map((a) => a.memberId) }}
      onCancel={() => props.onClose(false)}
      onSubmit={async (v) => {
        await api.put('/api/study/exchange/attendees', { body: { memberIds: v.memberIds } });
        props.onClose(true);
      }}
      width={600}
    >
      <Typography.Paragraph type="secondary">{t('studyExchange.attendeesHint')}</Typography.Paragraph>
      <Form.Item name="memberIds" label={t('studyExchange.attendeesTitle')}>
        <Select
          mode="multiple"
          placeholder={t('studyExchange.searchMember')}
          showSearch={{ filterOption: false, onSearch: setQ }}
          loading={found.isFetching}
          options={[...names].map(([value, label]) => ({ value, label }))}
          data-testid="attendees-select"
        />
      </Form.Item>
    </FormModal>
  );
}
