// The review decision form for one proposal or many: accept (with a category and public
// override for one), reject with a configured reason and a note, return with a note that
// tells the proposer what to revise, convert into a social-conditions opinion.
import { Alert, Form, Input, Select, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../i18n';
import type { ProposalSettings, ReviewAction } from '../../api/models';
import '../../i18n/areas/proposals';

export interface ReviewValues {
  category?: string;
  isPublic?: boolean;
  reason?: string;
  note?: string;
}

export function ReviewModal({
  action,
  count,
  overrides,
  settings,
  initial,
  onCancel,
  onSubmit,
}: {
  action: ReviewAction | null;
  /** How many proposals the decision is for. */
  count: number;
  /** Offer the category and public overrides on acceptance (one proposal, not a batch). */
  overrides: boolean;
  settings: ProposalSettings | null;
  initial?: ReviewValues;
  onCancel(): void;
  onSubmit(action: ReviewAction, values: ReviewValues): Promise<unknown>;
}) {
  const { t } = useI18n();
  return (
    <FormModal<ReviewValues>
      open={!!action}
      title={action ? t(`proposals.review.${action}Title`, { n: count }) : ''}
      okText={action ? t(`proposals.review.${action}`) : undefined}
      initialValues={initial}
      onCancel={onCancel}
      onSubmit={(v) => onSubmit(action!, clean(v))}
    >
      {!overrides && (
        <Alert
          type="info"
          showIcon
          title={t('proposals.review.batchHint', { n: count })}
          style={{ marginBottom: 16 }}
        />
      )}
      {action === 'accept' && overrides && (
        <>
          <Form.Item name="category" label={t('proposals.category')} extra={t('proposals.review.categoryHint')}>
            <Select
              options={(settings?.categories ?? []).map((c) => ({ value: c, label: c }))}
              data-testid="review-category"
            />
          </Form.Item>
          <Form.Item name="isPublic" label={t('proposals.isPublic')} valuePropName="checked">
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </>
      )}
      {action === 'reject' && (
        <Form.Item
          name="reason"
          label={t('proposals.review.reason')}
          rules={[{ required: true, message: t('proposals.review.reasonRequired') }]}
        >
          <Select
            options={(settings?.rejectReasons ?? []).map((c) => ({ value: c, label: c }))}
            data-testid="review-reason"
          />
        </Form.Item>
      )}
      {action && (
        <Form.Item
          name="note"
          label={t(action === 'return' ? 'proposals.review.returnNote' : 'proposals.review.note')}
          rules={
            action === 'return'
              ? [{ required: true, whitespace: true, message: t('proposals.review.returnNoteRequired') }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount data-testid="review-note" />
        </Form.Item>
      )}
    </FormModal>
  );
}

function clean(v: ReviewValues): ReviewValues {
  const note = v.note?.trim();
  return { ...v, note: note || undefined };
}
