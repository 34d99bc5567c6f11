// Linking the session that carried out a plan item: the organisation's published meetings of
// the plan's year, those of the item's study kind first; one already linked elsewhere is shown
// but cannot be chosen.
import { Form, Select, Tag } from 'antd';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import { timeRange } from '../meetings/api';
import type { PlanItem } from './planApi';

export function LinkSessionDialog(props: { item: PlanItem | null; year: number; onClose(saved: boolean): void }) {
  const { t } = useI18n();
  const { item } = props;
  const list = useApiQuery(
    '/api/study/plan/meetings',
    item ? { query: { year: props.year, studyKind: item.studyKind } } : null,
  );
  return (
    <FormModal<{ meetingId: number }>
      open={!!item}
      title={t('studyPlan.linkTitle')}
      onCancel={() => props.onClose(false)}
      width={640}
      onSubmit={async (v) => {
        await api.post('/api/study/plan/items/{id}/sessions', {
          path: { id: item!.id },
          body: { meetingId: v.meetingId },
        });
        props.onClose(true);
      }}
    >
      <Form.Item name="meetingId" label={t('studyPlan.meeting')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'title' }}
          loading={list.isLoading}
          data-testid="link-meeting"
          options={(list.data ?? []).map((m) => ({
            value: m.id,
            title: m.title,
            disabled: m.linkedItemId !== null,
            label: (
              <span>
                {m.matchesKind && <Tag color="success">{t('studyPlan.sameKind')}</Tag>}
                {m.title}
                <span style={{ opacity: 0.75 }}>
                  {' · '}
                  {m.kindName} · {timeRange(m.startsAt, m.endsAt)}
                  {m.linkedItemId !== null && ` · ${t('studyPlan.linkedElsewhere')}`}
                </span>
              </span>
            ),
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
