// The office's dialogs on an opinion: route it (a department with a due date, a proposal
// draft, a 社情民意 report; the whole group at once), keep it on record with a reason, correct
// its classification. Each is one request; the server's refusals show on the form.
import { Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api/client';
import { REFERENCE, useApiQuery } from '../../../api/query';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import type { Processing } from './processingApi';
// Its messages: a type-only import is erased, and the area with it (the page showed the keys).
import './processingApi';

interface RouteValues {
  kind: 'unit' | 'proposal' | 'report';
  unitId?: number;
  dueOn?: Dayjs;
  note?: string;
  title?: string;
  body?: string;
  wholeGroup: boolean;
}

export function RouteDialog({ p, open, onClose }: { p: Processing; open: boolean; onClose(done: boolean): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<RouteValues>();
  const kind = Form.useWatch('kind', form);
  const refdata = useApiQuery('/api/refdata', open ? { query: { orgId: p.orgId } } : null, REFERENCE);
  const units = (refdata.data?.units ?? []).filter((u) => u.active);
  const submit = async (v: RouteValues) => {
    const body = {
      kind: v.kind,
      ...(v.kind === 'unit' && { unitId: v.unitId, dueOn: v.dueOn?.format('YYYY-MM-DD'), note: v.note || undefined }),
      ...(v.kind !== 'unit' && { title: v.title || undefined, body: v.body || undefined }),
    };
    if (v.wholeGroup && p.groupId !== null)
      await api.post('/api/opinions/groups/{id}/route', { path: { id: p.groupId }, body });
    else await api.post('/api/opinions/{id}/route', { path: { id: p.opinionId }, body });
    onClose(true);
  };
  return (
    <FormModal<RouteValues>
      open={open}
      form={form}
      title={t('opinionProcessing.route')}
      okText={t('opinionProcessing.route')}
      initialValues={{ kind: 'unit', wholeGroup: p.groupSize > 1 }}
      onCancel={() => onClose(false)}
      onSubmit={submit}
    >
      <Form.Item name="kind" label={t('opinionProcessing.routeKind')}>
        <Radio.Group
          optionType="button"
          options={(['unit', 'proposal', 'report'] as const).map((k) => ({
            value: k,
            label: t(`opinionProcessing.kind.${k}`),
          }))}
          data-testid="route-kind"
        />
      </Form.Item>
      {kind === 'unit' ? (
        <>
          <Form.Item name="unitId" label={t('opinionProcessing.unit')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={units.map((u) => ({ value: u.id, label: u.name }))}
              data-testid="route-unit"
            />
          </Form.Item>
          <Form.Item name="dueOn" label={t('opinionProcessing.dueOn')} extra={t('opinionProcessing.dueDefault')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('opinionProcessing.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('opinionProcessing.prefillHint')}</Typography.Paragraph>
          <Form.Item name="title" label={t('opinionProcessing.draftTitle')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="body" label={t('opinionProcessing.draftBody')}>
            <Input.TextArea rows={4} maxLength={10000} />
          </Form.Item>
        </>
      )}
      {p.groupSize > 1 && (
        <Form.Item name="wholeGroup" valuePropName="checked">
          <Checkbox data-testid="route-group">{t('opinionProcessing.routeGroup', { n: p.groupSize })}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}

export function CloseDialog({ p, open, onClose }: { p: Processing; open: boolean; onClose(done: boolean): void }) {
  const { t } = useI18n();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('opinionProcessing.close')}
      okText={t('opinionProcessing.close')}
      onCancel={() => onClose(false)}
      onSubmit={async (v) => {
        await api.post('/api/opinions/{id}/close', { path: { id: p.opinionId }, body: { reason: v.reason } });
        onClose(true);
      }}
    >
      <Typography.Paragraph type="secondary">{t('opinionProcessing.closeHint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('opinionProcessing.closeReason')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} maxLength={500} data-testid="close-reason" />
      </Form.Item>
    </FormModal>
  );
}

export function CorrectDialog({ p, open, onClose }: { p: Processing; open: boolean; onClose(done: boolean): void }) {
  const { t } = useI18n();
  const cats = useApiQuery('/api/opinions/categories', open ? {} : null);
  const of = (kind: 'category' | 'theme') =>
    (cats.data ?? []).filter((c) => c.kind === kind && c.active).map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormModal<{ categoryId?: number; themeId?: number }>
      open={open}
      title={t('opinionProcessing.correct')}
      initialValues={{ categoryId: p.category?.id, themeId: p.theme?.id }}
      onCancel={() => onClose(false)}
      onSubmit={async (v) => {
        await api.put('/api/opinions/{id}/classification', {
          path: { id: p.opinionId },
          body: { categoryId: v.categoryId ?? null, themeId: v.themeId ?? null },
        });
        onClose(true);
      }}
    >
      <Typography.Paragraph type="secondary">{t('opinionProcessing.correctHint')}</Typography.Paragraph>
      <Form.Item name="categoryId" label={t('opinionProcessing.category')}>
        <Select allowClear options={of('category')} data-testid="correct-category" />
      </Form.Item>
      <Form.Item name="themeId" label={t('opinionProcessing.theme')}>
        <Select allowClear options={of('theme')} data-testid="correct-theme" />
      </Form.Item>
    </FormModal>
  );
}

export function AnswerDialog({
  routeId,
  open,
  onClose,
}: {
  routeId: number;
  open: boolean;
  onClose(done: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <FormModal<{ answer: string }>
      open={open}
      title={t('opinionProcessing.answer')}
      okText={t('opinionProcessing.answerSubmit')}
      onCancel={() => onClose(false)}
      onSubmit={async (v) => {
        await api.post('/api/opinions/routes/{id}/answer', { path: { id: routeId }, body: { answer: v.answer } });
        onClose(true);
      }}
    >
      <Form.Item name="answer" label={t('opinionProcessing.answerText')} rules={[{ required: true, min: 10 }]}>
        <Input.TextArea
          rows={6}
          maxLength={5000}
          placeholder={t('opinionProcessing.answerPlaceholder')}
          data-testid="answer-text"
        />
      </Form.Item>
    </FormModal>
  );
}

export function RerouteDialog({
  routeId,
  open,
  onClose,
}: {
  routeId: number;
  open: boolean;
  onClose(done: boolean): void;
}) {
  const { t } = useI18n();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('opinionProcessing.requestReroute')}
      onCancel={() => onClose(false)}
      onSubmit={async (v) => {
        await api.post('/api/opinions/routes/{id}/reroute-request', {
          path: { id: routeId },
          body: { reason: v.reason },
        });
        onClose(true);
      }}
    >
      <Typography.Paragraph type="secondary">{t('opinionProcessing.rerouteHint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('opinionProcessing.closeReason')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} maxLength={500} data-testid="reroute-reason" />
      </Form.Item>
    </FormModal>
  );
}
