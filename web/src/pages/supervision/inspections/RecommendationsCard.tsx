// An inspection's recommendations, each with its unit, deadline and state, and the office's
// form to make one (routed to a handling unit of the organisation with a deadline).
import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { InspectionDetail } from '../../../api/models';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../auth';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { RecommendationList } from './RecommendationList';
import { chinaToday } from './shared';

type Values = { title: string; body: string; unitId: number; dueOn: Dayjs; siteId?: number };

export function RecommendationsCard({ i }: { i: InspectionDetail }) {
  const { t } = useI18n();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const may = i.allowedActions.includes('addRecommendation');
  const choices = useApiQuery('/api/supervision/inspections/choices', undefined, { enabled: may }).data;
  return (
    <Card
      size="small"
      title={`${t('insp.recommendations')}（${i.recommendations.length}）`}
      extra={
        may && (
          <Button onClick={() => setAdding(true)} data-testid="recommendation-add">
            {t('insp.addRec')}
          </Button>
        )
      }
    >
      <RecommendationList
        items={i.recommendations}
        showInspection={false}
        linked={can('supervision.manage') || can('supervision.read_all')}
      />
      <FormModal<Values>
        open={adding}
        width={640}
        title={t('insp.addRec')}
        onCancel={() => setAdding(false)}
        onSubmit={async (v) => {
          await api.post('/api/supervision/inspections/{id}/recommendations', {
            path: { id: i.id },
            body: {
              title: v.title,
              body: v.body,
              unitId: v.unitId,
              dueOn: v.dueOn.format('YYYY-MM-DD'),
              siteId: v.siteId ?? null,
            },
          });
          setAdding(false);
        }}
      >
        <Form.Item name="title" label={t('insp.recTitle')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t('insp.recBody')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item name="siteId" label={t('insp.fromSite')}>
          <Select
            allowClear
            placeholder={t('insp.wholeInspection')}
            options={i.sites.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('insp.unit')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(choices?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="dueOn" label={t('insp.dueOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
