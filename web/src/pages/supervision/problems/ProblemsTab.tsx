// The campaign's 问题整改 tab: the problems found at its objects and how far each is followed;
// the office records one on an object, or promotes a visit's comment into one, routed to the
// object's handling unit unless it names another, with an answer deadline.
import { Button, DatePicker, Form, Input, Segmented, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { EvalCampaign } from '../campaigns/campaignsApi';
import { chinaToday } from '../inspections/shared';
import { ProblemList } from './ProblemList';
import { PROBLEM_FILTERS, type ProblemFilter } from './shared';

const PAGE_SIZE = 20;

interface RecordValues {
  objectId: number;
  visitId?: number;
  description?: string;
  unitId?: number;
  dueOn: Dayjs;
}

export function ProblemsTab({ campaign, mayRecord }: { campaign: EvalCampaign; mayRecord: boolean }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<ProblemFilter>('all');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const path = { id: campaign.id };
  const q = useApiQuery('/api/supervision/campaigns/{id}/problems', {
    path,
    query: { ...PROBLEM_FILTERS[filter], page, pageSize: PAGE_SIZE },
  });
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <Segmented<ProblemFilter>
          value={filter}
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
          options={(Object.keys(PROBLEM_FILTERS) as ProblemFilter[]).map((f) => ({
            value: f,
            label: t(`prob.filter.${f}`),
          }))}
        />
        {mayRecord && (
          <Button type="primary" onClick={() => setRecording(true)} data-testid="problem-record">
            {t('prob.record')}
          </Button>
        )}
      </Space>
      <ProblemList
        items={q.data?.items ?? []}
        loading={q.isLoading}
        showCampaign={false}
        pagination={{ current: page, total: q.data?.total ?? 0, pageSize: PAGE_SIZE, onChange: setPage }}
      />
      {recording && (
        <RecordModal
          campaignId={campaign.id}
          onClose={(saved) => {
            setRecording(false);
            if (saved) void q.refetch();
          }}
        />
      )}
    </Space>
  );
}

/**
 * Records a problem; `fromVisit` (the visits tab's 转为问题) starts it on that visit's object with
 * its comment chosen, which the office may still change or add to.
 */
export function RecordModal({
  campaignId,
  fromVisit,
  onClose,
}: {
  campaignId: number;
  fromVisit?: { objectId: number; visitId: number };
  onClose: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<RecordValues>();
  const objectId = Form.useWatch('objectId', form);
  const visitId = Form.useWatch('visitId', form);
  const path = { id: campaignId };
  const objects = useApiQuery('/api/supervision/campaigns/{id}/objects', { path });
  const visits = useApiQuery(
    '/api/supervision/campaigns/{id}/visits',
    { path, query: { objectId } },
    { enabled: objectId !== undefined },
  );
  const choices = useApiQuery('/api/supervision/inspections/choices');
  const commented = (visits.data ?? []).filter((v) => v.comment.trim());
  return (
    <FormModal<RecordValues>
      open
      form={form}
      initialValues={fromVisit}
      title={t(fromVisit ? 'prob.promote' : 'prob.record')}
      onCancel={() => onClose(false)}
      onSubmit={async (v) => {
        await api.post('/api/supervision/campaigns/{id}/problems', {
          path,
          body: {
            objectId: v.objectId,
            ...(v.visitId !== undefined && { visitId: v.visitId }),
            ...(v.description?.trim() && { description: v.description }),
            ...(v.unitId !== undefined && { unitId: v.unitId }),
            dueOn: v.dueOn.format('YYYY-MM-DD'),
          },
        });
        onClose(true);
      }}
    >
      <Form.Item name="objectId" label={t('prob.object')} rules={[{ required: true }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="problem-object"
          options={(objects.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          onChange={() => form.setFieldValue('visitId', undefined)}
        />
      </Form.Item>
      {commented.length > 0 && (
        <Form.Item name="visitId" label={t('prob.fromVisit')}>
          <Select
            allowClear
            options={commented.map((v) => ({ value: v.id, label: `${v.memberName}：${v.comment}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('prob.description')}
        rules={[{ required: visitId === undefined, whitespace: true, max: 4000 }]}
      >
        <Input.TextArea rows={4} maxLength={4000} placeholder={t('prob.descriptionHint')} data-testid="problem-text" />
      </Form.Item>
      <Form.Item name="unitId" label={t('prob.unit')} extra={t('prob.unitDefault')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="problem-unit"
          options={(choices.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item name="dueOn" label={t('prob.dueOn')} rules={[{ required: true }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.format('YYYY-MM-DD') < chinaToday()}
          data-testid="problem-due"
        />
      </Form.Item>
    </FormModal>
  );
}
